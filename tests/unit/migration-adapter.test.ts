import { describe, expect, it } from 'vitest';
import { connectionFields, relabelInternalTypes } from '@/lib/db/migration-adapter';

describe('connectionFields', () => {
  it('splits a URL so the database can be replaced without the URL winning', () => {
    expect(connectionFields('postgresql://app:p%40ss@db.local:6543/news?sslmode=require')).toEqual({
      host: 'db.local',
      port: 6543,
      user: 'app',
      password: 'p@ss',
      database: 'news',
      ssl: true,
    });
    expect(connectionFields('postgres://127.0.0.1/x')).toMatchObject({ port: 5432, user: 'postgres', database: 'x', password: undefined });
  });

  it('refuses other databases', () => {
    expect(() => connectionFields('mysql://x@y/z')).toThrow(/PostgreSQL/);
  });
});

describe('relabelInternalTypes', () => {
  it('labels name and "char" columns as text and leaves ordinary types alone', () => {
    const result = { fields: [{ dataTypeID: 19 }, { dataTypeID: 18 }, { dataTypeID: 23 }, { dataTypeID: 1003 }], rows: [] };
    relabelInternalTypes(result);
    expect(result.fields.map((f) => f.dataTypeID)).toEqual([25, 25, 23, 1009]);
  });
});
