import { serializeJsonLd } from '@/lib/newsroom/seo';

// The one place structured data is written into a page; serializeJsonLd escapes `<`, so
// stored text cannot end the script element.
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
