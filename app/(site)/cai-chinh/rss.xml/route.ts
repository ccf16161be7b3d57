import { listCorrections } from '@/lib/newsroom/data/corrections';
import { rssChannel } from '@/lib/newsroom/feed-documents';
import { absoluteUrl, articleUrl } from '@/lib/newsroom/seo';
import { site } from '@/lib/newsroom/site';
import { xmlResponse } from '@/lib/common/xml';
import { formatDate } from '@/lib/common/format';
import { CORRECTIONS_HEADING, CORRECTIONS_PATH, correctionTitle } from '@/lib/newsroom/schemas/correction';

// The newest corrections and withdrawals, as the list shows them (its first page).
export async function GET() {
  const { entries } = await listCorrections(1);
  return xmlResponse(
    rssChannel({
      title: `${CORRECTIONS_HEADING} – ${site.name}`,
      description: 'Lời cải chính, xin lỗi và thông báo gỡ bài của tòa soạn.',
      path: CORRECTIONS_PATH,
      selfPath: `${CORRECTIONS_PATH}/rss.xml`,
      items: entries.map((entry) => ({
        title: `${correctionTitle(entry.kind, entry.apology)}: ${entry.story.title}`,
        url: entry.story.linked ? articleUrl(entry.story.slug) : absoluteUrl(CORRECTIONS_PATH),
        guid: { value: `${absoluteUrl(CORRECTIONS_PATH)}#${entry.id}`, isPermaLink: false },
        pubDate: entry.publishedAt,
        category: entry.story.section,
        description:
          entry.kind === 'CORRECTION'
            ? `Bài “${entry.story.title}” (${entry.story.section}${entry.story.publishedAt ? `, ${formatDate(entry.story.publishedAt)}` : ''}). Thông tin đã đăng: ${entry.wrongText} Nay cải chính: ${entry.rightText}`
            : `Bài “${entry.story.title}” đã được gỡ: ${entry.rightText}`,
      })),
    }),
    'application/rss+xml',
  );
}
