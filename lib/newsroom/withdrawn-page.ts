// A withdrawn story's notice page (Press Law 2016, art. 42.1: the false information comes
// down at once): the story's address sends readers here (307) and this answers 410 Gone.
// A Next page cannot answer 410, so the Route Handler at /bai-viet/[slug]/da-go sends this
// small self-contained page (proxy.ts could answer at the story's own address, but running
// the proxy for every story request cut a cached story to 0.59–0.69× of its throughput,
// measured side by side with wrk on one build each).
import 'server-only';
import { escapeXml as escapeHtml } from '@/lib/common/xml';
import { formatDate, formatDateTime } from '@/lib/common/format';
import type { WithdrawnNoticeDto } from '@/lib/newsroom/data/corrections';
import { CORRECTIONS_HEADING, CORRECTIONS_PATH } from '@/lib/newsroom/schemas/correction';

/** A small self-contained page (a Route Handler has no layout). */
export function withdrawnPage(siteName: string, notice: WithdrawnNoticeDto): string {
  const e = escapeHtml;
  const published = notice.publishedAt ? ` · đăng ngày ${formatDate(notice.publishedAt)}` : '';
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>Bài viết đã bị gỡ – ${e(siteName)}</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:1.5rem 1rem;color:#1c1917;line-height:1.55">
<header><a href="/" style="color:#8b0b20;font-weight:700;font-size:1.25rem;text-decoration:none">${e(siteName)}</a></header>
<main>
<h1 style="color:#8b0b20;font-size:1.6rem;margin:1.5rem 0 .5rem">Bài viết đã bị gỡ</h1>
<p style="margin:0 0 1rem;color:#44403c">“${e(notice.title)}” · ${e(notice.section)}${published}</p>
<section aria-label="Thông báo của tòa soạn" style="border-left:4px solid #b45309;background:#fffbeb;padding:1rem">
<p style="margin:0 0 .5rem"><strong>Thông báo của tòa soạn</strong> · <time datetime="${notice.withdrawnAt.toISOString()}">${e(formatDateTime(notice.withdrawnAt))}</time></p>
<p style="margin:0">${e(notice.notice)}</p>${notice.apology ? '\n<p style="margin:.5rem 0 0">Tòa soạn thành thật xin lỗi bạn đọc và các cơ quan, tổ chức, cá nhân liên quan.</p>' : ''}
</section>
<p style="margin-top:1.5rem"><a href="${CORRECTIONS_PATH}" style="color:#8b0b20">${e(CORRECTIONS_HEADING)}</a> · <a href="/" style="color:#8b0b20">Về trang chủ</a></p>
</main></body></html>`;
}
