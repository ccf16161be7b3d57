import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { rssDocument } from '@/lib/newsroom/feed-documents';
import { serializeJsonLd } from '@/lib/newsroom/seo';
import { escapeXml } from '@/lib/common/xml';

describe('escapeXml', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(escapeXml(`<a href="x">Tôm & cá</a>'\u0001\u0008`)).toBe('&lt;a href=&quot;x&quot;&gt;Tôm &amp; cá&lt;/a&gt;&apos;');
  });
});

describe('rssDocument', () => {
  it('produces valid RSS 2.0 even from hostile titles', () => {
    const xml = rssDocument({
      title: 'Bảng Vàng',
      description: 'Tin mới',
      path: '/',
      selfPath: '/rss.xml',
      items: [
        {
          slug: 'bai-1',
          title: 'Tiêu đề <script>alert(1)</script> & "trích dẫn" \u0000',
          sapo: 'Sapo ]]> kết thúc',
          publishedAt: new Date('2024-05-10T01:30:00Z'),
          updatedAt: new Date('2024-05-10T01:30:00Z'),
          category: 'Thi đua – Khen thưởng',
          byline: 'Phóng viên',
          cover: { key: 'demo/cover-00.jpg', mime: 'image/jpeg', size: 1234 },
        },
      ],
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    const item = parsed.rss.channel.item;
    expect(parsed.rss['@_version']).toBe('2.0');
    // (the parser trims the space left where the NUL was)
    expect(item.title).toBe('Tiêu đề <script>alert(1)</script> & "trích dẫn"');
    expect(item.pubDate).toBe('Fri, 10 May 2024 01:30:00 GMT');
    expect(item.enclosure['@_type']).toBe('image/jpeg');
  });
});

describe('serializeJsonLd', () => {
  it('cannot be closed from inside by a value', () => {
    const out = serializeJsonLd({ headline: '</script><script>alert(1)</script>' });
    expect(out).not.toContain('</script>');
    expect(JSON.parse(out)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });
});
