// Accent-insensitive Vietnamese search, kept by triggers in the migration.
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPg } from '../support/db';

let client: pg.Client;
beforeAll(async () => {
  client = await testPg();
});
afterAll(async () => {
  await client.end();
});

describe('article full-text search', () => {
  it('finds "thi đua, khen thưởng" when typed without diacritics, title matches ranked first', async () => {
    const { rows } = await client.query<{ title: string }>(
      `SELECT title FROM articles, plainto_tsquery('simple', bv_unaccent($1)) q
       WHERE search_vector @@ q ORDER BY ts_rank(search_vector, q) DESC, id LIMIT 5`,
      ['thi dua khen thuong'],
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]!.title.toLowerCase()).toContain('thi đua');
  });

  it('searches the body text of the structured document', async () => {
    const { rows } = await client.query<{ id: string }>(
      `SELECT id FROM articles WHERE search_vector @@ plainto_tsquery('simple', bv_unaccent('may bom chay non tai'))`,
    );
    expect(rows.map((r) => r.id)).toContain('art-24');
  });

  it('updates the search vector when the title changes', async () => {
    await client.query('BEGIN');
    try {
      await client.query(`UPDATE articles SET title = 'Đổi tên thử nghiệm Quỳnh Lưu' WHERE id = 'art-00'`);
      const { rows } = await client.query(`SELECT id FROM articles WHERE search_vector @@ plainto_tsquery('simple', bv_unaccent('quynh luu'))`);
      expect(rows).toEqual([{ id: 'art-00' }]);
    } finally {
      await client.query('ROLLBACK');
    }
  });
});

describe('registry name search', () => {
  it('matches people by unaccented name with the trigram index', async () => {
    const { rows: [person] } = await client.query<{ full_name: string }>(`SELECT full_name FROM individuals WHERE id = 'ind-0001'`);
    const plain = person!.full_name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM individuals WHERE search_text LIKE '%' || $1 || '%'`, [plain]);
    expect(rows.map((r) => r.id)).toContain('ind-0001');
  });

  it('matches decisions by number and authority', async () => {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM decisions WHERE search_text LIKE '%1250-qd/duk%'`);
    expect(rows.map((r) => r.id)).toEqual(['dec-gk-65-nam']);
  });
});
