import { describe, expect, it } from 'vitest';
import { neutralizeFormula } from '@/lib/registry/export';
import { computeStreaks, formatStreak, streakIfAwarded } from '@/lib/registry/streaks';
import { termOf } from '@/lib/registry/terms';
import { awardFiltersQuery, parseAwardFilters } from '@/lib/registry/schemas/filters';

const award = (typeSlug: string, year: number, revoked = false) => ({ typeSlug, typeName: typeSlug.toUpperCase(), year, revoked });

describe('streaks', () => {
  it('finds runs of consecutive years per type, longest first', () => {
    const streaks = computeStreaks([award('cstd', 2020), award('cstd', 2021), award('cstd', 2022), award('cstd', 2024), award('cstd', 2025), award('ldtt', 2019)]);
    expect(streaks.map((s) => [s.typeSlug, s.length, s.fromYear, s.toYear])).toEqual([
      ['cstd', 3, 2020, 2022],
      ['cstd', 2, 2024, 2025],
    ]);
    expect(formatStreak(streaks[0]!)).toBe('3 năm liền (2020–2022)');
  });

  it('is broken by a revoked award and counts a year once', () => {
    expect(computeStreaks([award('a', 2020), award('a', 2021, true), award('a', 2022)])).toEqual([]);
    expect(computeStreaks([award('a', 2020), award('a', 2020), award('a', 2021)])[0]?.length).toBe(2);
  });

  it('tells what a new award would make', () => {
    const history = [2020, 2021, 2022, 2023].map((y) => award('cstd', y));
    expect(streakIfAwarded(history, 'cstd', 2024)).toBe(5);
    expect(streakIfAwarded(history, 'cstd', 2026)).toBe(1);
    expect(streakIfAwarded(history, 'other', 2024)).toBe(1);
  });
});

describe('terms', () => {
  it('puts a congress year in the outgoing term', () => {
    expect(termOf(2020)).toEqual({ label: '2015–2020', fromYear: 2015, toYear: 2020 });
    expect(termOf(2021)).toEqual({ label: '2020–2025', fromYear: 2020, toYear: 2025 });
    expect(termOf(2025).label).toBe('2020–2025');
    expect(termOf(2026).label).toBe('2025–2030');
  });
});

describe('registry filters from the URL', () => {
  it('reads every filter and writes the same URL back', () => {
    const raw = { q: ' Nguyễn  Văn ', 'tu-nam': '2020', 'den-nam': '2024', 'danh-hieu': 'bang-khen', cap: 'tinh', 'he-thong': 'dang', 'doi-tuong': 'ca-nhan', 'don-vi': 'so-y-te', 'cap-duoi': '1', 'phong-trao': 'p', 'quyet-dinh': 'd', 'sap-xep': 'ten', trang: '3' };
    const filters = parseAwardFilters(raw);
    expect(filters).toMatchObject({ q: 'Nguyễn Văn', yearFrom: 2020, yearTo: 2024, level: 'PROVINCIAL', system: 'PARTY', kind: 'INDIVIDUAL', subunits: true, sort: 'ten', page: 3 });
    expect(parseAwardFilters(Object.fromEntries(new URLSearchParams(awardFiltersQuery(filters))))).toEqual(filters);
  });

  it('drops what it cannot read and swaps a reversed year range', () => {
    const filters = parseAwardFilters({ 'tu-nam': '2024', 'den-nam': '2019', cap: 'vu-tru', 'danh-hieu': "x'; drop table", trang: '0', 'sap-xep': 'random', 'cap-duoi': '1' });
    expect(filters).toMatchObject({ yearFrom: 2019, yearTo: 2024, level: undefined, type: undefined, page: 1, sort: 'moi-nhat', subunits: false });
    expect(parseAwardFilters({ q: 'x'.repeat(5000) }).q).toHaveLength(120);
  });
});

describe('spreadsheet cells', () => {
  it('keeps text that looks like a formula as text', () => {
    expect(neutralizeFormula('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(neutralizeFormula('+84 912')).toBe("'+84 912");
    expect(neutralizeFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutralizeFormula('Nguyễn Văn A')).toBe('Nguyễn Văn A');
    expect(neutralizeFormula(2024)).toBe(2024);
  });
});

describe('list views in paths', async () => {
  const { parseListView, listViewPath } = await import('@/lib/registry/list-view');
  it('reads and writes every view, one address per page', () => {
    expect(parseListView(undefined, { allowOwn: true })).toEqual({ own: false, page: 1 });
    expect(parseListView(['rieng'], { allowOwn: true })).toEqual({ own: true, page: 1 });
    expect(parseListView(['rieng', 'trang', '4'], { allowOwn: true })).toEqual({ own: true, page: 4 });
    expect(parseListView(['trang', '2'], { allowOwn: false })).toEqual({ own: false, page: 2 });
    for (const bad of [['trang', '1'], ['trang', '0'], ['trang', 'x'], ['rieng'], ['khac'], ['trang', '2', 'x']]) {
      expect(parseListView(bad, { allowOwn: false })).toBeNull();
    }
    expect(listViewPath('/vinh-danh/don-vi/a', { own: true, page: 3 })).toBe('/vinh-danh/don-vi/a/rieng/trang/3');
    expect(listViewPath('/vinh-danh/don-vi/a', { own: false, page: 1 })).toBe('/vinh-danh/don-vi/a');
  });
});
