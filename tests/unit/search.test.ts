import { describe, expect, it } from 'vitest';
import { containsTerm, foldVietnamese, highlight, matchExcerpt, parseSearchParams, SEARCH_MAX_PAGE, SEARCH_MAX_QUERY, searchTerms } from '@/lib/newsroom/schemas/search';

describe('search parameters', () => {
  it('reads the query, section, dates and page from the URL', () => {
    expect(parseSearchParams({ q: '  thi   đua ', 'chuyen-muc': 'kinh-te', tu: '2024-01-01', den: '2024-12-31', trang: '2' })).toEqual({
      q: 'thi đua',
      category: 'kinh-te',
      from: '2024-01-01',
      to: '2024-12-31',
      page: 2,
    });
  });

  it('drops malformed values instead of failing', () => {
    expect(parseSearchParams({ q: ['a', 'b'], 'chuyen-muc': '../x', tu: '2024-13-45', den: 'hôm qua', trang: '-3' })).toEqual({
      q: 'a',
      category: undefined,
      from: undefined,
      to: undefined,
      page: 1,
    });
    // A page far past the end is not page 1 (it was, silently: a reported defect): it stays past the end.
    expect(parseSearchParams({ trang: '9999' }).page).toBe(SEARCH_MAX_PAGE + 1);
    expect(parseSearchParams({ q: 'x'.repeat(10_000) }).q).toHaveLength(SEARCH_MAX_QUERY);
  });
});

describe('search terms', () => {
  it('folds diacritics the way the index does, đ included', () => {
    expect(foldVietnamese('Thi đua, KHEN THƯỞNG')).toBe('thi dua, khen thuong');
    expect(searchTerms('Thi đua, khen thưởng thi đua')).toEqual(['thi', 'dua', 'khen', 'thuong']);
  });

  it('keeps nothing of operators and punctuation', () => {
    expect(searchTerms(`" ' ) ( & | ! : * <-> \\`)).toEqual([]);
    expect(searchTerms('khen & (thưởng | !đua)')).toEqual(['khen', 'thuong', 'dua']);
  });
});

describe('highlight', () => {
  it('marks the words of the original text that match, whatever their accents', () => {
    expect(highlight('Luật Thi đua, khen thưởng 2022', ['thi', 'dua', '2022'])).toEqual([
      { text: 'Luật ', match: false },
      { text: 'Thi', match: true },
      { text: ' ', match: false },
      { text: 'đua', match: true },
      { text: ', khen thưởng ', match: false },
      { text: '2022', match: true },
    ]);
  });

  it('does not mark parts of longer words', () => {
    expect(highlight('Thiết kế', ['thi']).some((s) => s.match)).toBe(false);
  });
});

describe('matchExcerpt', () => {
  const text = 'Mở đầu bài viết. Năm 2024, anh Nguyễn Văn An cải tiến máy bơm để chạy non tải ít hơn, tiết kiệm điện. Đoạn cuối có nhiều chữ khác nữa.';
  it('gives the passage around the first matched word, from its sentence, marked where it was cut', () => {
    // The sentence began within the window: the passage starts there.
    expect(matchExcerpt(text, ['chay', 'non'], 12)).toBe('Năm 2024, anh Nguyễn Văn An cải tiến máy bơm để chạy non tải ít hơn, tiết kiệm điện. Đoạn cuối có nhiều chữ…');
    // It began further back: cut, and marked so.
    expect(matchExcerpt(text, ['chay', 'non'], 6)).toBe('…An cải tiến máy bơm để chạy non tải ít hơn, tiết kiệm…');
    expect(matchExcerpt(text, ['mo'], 3)).toBe('Mở đầu bài viết…');
  });
  it('is null when no word matches, and finds words whatever their accents', () => {
    expect(matchExcerpt(text, ['khong', 'xyz'])).toBeNull();
    expect(containsTerm('Tiết kiệm ĐIỆN', ['dien'])).toBe(true);
    expect(containsTerm('Tiết kiệm điện', ['die'])).toBe(false);
  });
});
