// Counts the SQL statements the app sends, by watching pg's Client.query (every pool and
// transaction query goes through it). Used to prove pages issue a fixed number of queries.
import pg from 'pg';
import { vi } from 'vitest';

export async function countQueries<T>(run: () => Promise<T>): Promise<{ result: T; queries: string[] }> {
  const queries: string[] = [];
  const original = pg.Client.prototype.query;
  const spy = vi.spyOn(pg.Client.prototype, 'query').mockImplementation(function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string };
    queries.push(typeof first === 'string' ? first : (first?.text ?? ''));
    return (original as (...a: unknown[]) => unknown).apply(this, args) as never;
  });
  try {
    const result = await run();
    return { result, queries };
  } finally {
    spy.mockRestore();
  }
}
