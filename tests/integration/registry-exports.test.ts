// Downloads and the JSON API carry exactly the rows of the page with the same filters,
// with Vietnamese intact; words match the start of words only.
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { GET as apiAwards } from '@/app/api/v1/awards/route';
import { GET as apiUnknown, POST as apiUnknownPost } from '@/app/api/v1/[...path]/route';
import { getAwardPage } from '@/lib/registry/data/awards';
import { exportColumns } from '@/lib/registry/export';
import { exportAwards } from '@/lib/registry/export-response';
import { parseAwardFilters } from '@/lib/registry/schemas/filters';
import { foldVietnamese } from '@/lib/newsroom/schemas/search';

const CAMPAIGN = 'dot-thi-dua-chao-mung-65-nam-dang-bo-khoi';
const query = `phong-trao=${CAMPAIGN}&sap-xep=ten`;

async function pageRows() {
  const page = await getAwardPage(parseAwardFilters(Object.fromEntries(new URLSearchParams(query))), 1000);
  return page.rows;
}

describe('exports', () => {
  it('CSV has a BOM, the office layout and the same rows as the page', async () => {
    const response = await exportAwards(new Request(`http://localhost/vinh-danh/khen-thuong.csv?${query}`), 'csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="bang-vang-khen-thuong-\d{8}\.csv"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(Buffer.from(bytes).toString('utf8'), { bom: true }) as string[][];
    expect(records[0]).toEqual(exportColumns.map((c) => c.header));
    const rows = await pageRows();
    expect(rows).toHaveLength(129);
    expect(records.slice(1).map((r) => [r[1], r[5], r[11]])).toEqual(rows.map((r) => [r.recipient.name, r.type.name, r.decision.number]));
    expect(records[1]![0]).toBe('1');
  });

  it('XLSX opens with the same rows, Vietnamese intact', async () => {
    const response = await exportAwards(new Request(`http://localhost/vinh-danh/khen-thuong.xlsx?${query}`), 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('Khen thưởng')!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(exportColumns.map((c) => c.header));
    const rows = await pageRows();
    expect(sheet.rowCount).toBe(rows.length + 1);
    const names = rows.map((_, i) => values(i + 2)[1]);
    expect(names).toEqual(rows.map((r) => r.recipient.name));
    expect(values(2)[8]).toBe(rows[0]!.year);
  });
});

describe('JSON API', () => {
  it('pages the same filtered list with links', async () => {
    const response = await apiAwards(new NextRequest(`http://localhost/api/v1/awards?${query}&so-dong=50&trang=2`));
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const body = (await response.json()) as { data: { recipient: { name: string } }[]; meta: Record<string, number>; links: Record<string, string | null> };
    expect(body.meta).toEqual({ page: 2, pageSize: 50, total: 129, pageCount: 3 });
    const rows = await pageRows();
    expect(body.data.map((d) => d.recipient.name)).toEqual(rows.slice(50, 100).map((r) => r.recipient.name));
    expect(body.links.next).toContain('trang=3');
    expect(body.links.prev).toContain('trang=1');
  });

  it('drops malformed parameters instead of failing', async () => {
    const response = await apiAwards(new NextRequest(`http://localhost/api/v1/awards?tu-nam=abc&cap=%27;drop&trang=-4&so-dong=100000`));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { meta: { page: number; pageSize: number; total: number } };
    expect(body.meta.page).toBe(1);
    expect(body.meta.pageSize).toBe(200);
    expect(body.meta.total).toBeGreaterThan(500);
  });
});

describe('a page past the end', () => {
  it('is a 404 in the API, whether just past the last page or far past it, and never page 1 again', async () => {
    const first = (await (await apiAwards(new NextRequest('http://localhost/api/v1/awards?so-dong=50'))).json()) as { meta: { pageCount: number } };
    for (const trang of [String(first.meta.pageCount + 1), '999999']) {
      const response = await apiAwards(new NextRequest(`http://localhost/api/v1/awards?so-dong=50&trang=${trang}`));
      expect(response.status, trang).toBe(404);
      const body = (await response.json()) as { error: { code: string; message: string; last: string } };
      expect(body.error.code).toBe('page_not_found');
      expect(body.error.last).toContain(`trang=${first.meta.pageCount}`);
    }
    // The last page itself is served.
    expect((await apiAwards(new NextRequest(`http://localhost/api/v1/awards?so-dong=50&trang=${first.meta.pageCount}`))).status).toBe(200);
    // The registry's own list says "past the end", reading no rows that deep.
    const deep = await getAwardPage(parseAwardFilters({ trang: '999999' }));
    expect(deep.rows).toEqual([]);
    expect(deep.page).toBeGreaterThan(deep.pageCount);
  });
});

describe('search words', () => {
  it('match the start of a word of the name or decision number, not its middle', async () => {
    const page = await getAwardPage(parseAwardFilters({ q: 'anh' }), 1000);
    expect(page.total).toBeGreaterThan(0);
    for (const row of page.rows) {
      const words = `${foldVietnamese(row.recipient.name)} ${foldVietnamese(row.recipient.position ?? '')} ${foldVietnamese(row.decision.number)}`.split(/[^a-z0-9]+/);
      expect(words.some((w) => w.startsWith('anh'))).toBe(true);
    }
  });
});

describe('unknown API addresses', () => {
  it('answer 404 in JSON, naming the address and pointing at the index', async () => {
    for (const answer of [apiUnknown(new Request('http://localhost/api/v1/khong-co')), apiUnknownPost(new Request('http://localhost/api/v1/awards/x/y', { method: 'POST' }))]) {
      expect(answer.status).toBe(404);
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
      const body = (await answer.json()) as { error: { code: string; message: string; endpoints: string } };
      expect(body.error.code).toBe('not_found');
      expect(body.error.message).toMatch(/^Không có điểm truy cập \/api\/v1\/(khong-co|awards\/x\/y) trong API/);
      expect(body.error.endpoints).toMatch(/\/api\/v1$/);
    }
  });
});
