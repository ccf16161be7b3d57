import { ImageResponse } from 'next/og';
import { getPublishedArticle, listRecentArticleSlugs } from '@/lib/newsroom/data/articles';
import { formatDate } from '@/lib/common/format';
import { loadOgFonts, OG_FONT_FAMILY } from '@/lib/newsroom/og-fonts';
import { site } from '@/lib/newsroom/site';

export const alt = 'Bảng Vàng';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';

export async function generateStaticParams() {
  return (await listRecentArticleSlugs(5)).map((slug) => ({ slug }));
}

export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const lookup = await getPublishedArticle(slug);
  const title = lookup.kind === 'found' ? lookup.article.title : site.name;
  const meta = lookup.kind === 'found' ? `${lookup.article.category.name} · ${formatDate(lookup.article.publishedAt)}` : site.tagline;
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: 64,
          background: 'linear-gradient(135deg, #8b0b20 0%, #a50d26 60%, #c9a227 100%)',
          color: 'white',
          fontFamily: OG_FONT_FAMILY,
          fontWeight: 700,
        }}
      >
        <div style={{ display: 'flex', alignItems: 'center', fontSize: 34, color: '#f9e7b8' }}>
          <div style={{ width: 18, height: 48, background: '#e2b33c', marginRight: 18 }} />
          {site.name}
        </div>
        <div style={{ display: 'flex', fontSize: title.length > 90 ? 52 : 64, lineHeight: 1.2 }}>{title}</div>
        <div style={{ display: 'flex', fontSize: 28, color: '#fdf6e3' }}>{meta}</div>
      </div>
    ),
    { ...size, fonts: await loadOgFonts() },
  );
}
