import { describe, expect, it } from 'vitest';
import { slugify } from '@/lib/common/slug';

describe('slugify', () => {
  it('drops Vietnamese diacritics, including đ and stacked tones', () => {
    expect(slugify('Đảng bộ Khối tổng kết đợt thi đua')).toBe('dang-bo-khoi-tong-ket-dot-thi-dua');
    expect(slugify('Chiến sĩ thi đua – Bằng khen, Giấy khen!')).toBe('chien-si-thi-dua-bang-khen-giay-khen');
    expect(slugify('Quyết định số 1250-QĐ/ĐUK')).toBe('quyet-dinh-so-1250-qd-duk');
    expect(slugify('ặ ầ ữ ợ')).toBe('a-a-u-o');
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('một '.repeat(60), 40);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.split('-').every((w) => w === 'mot')).toBe(true);
  });

  it('gives an empty slug for text with no letters or digits', () => {
    expect(slugify('— !!! —')).toBe('');
  });
});
