// Counts the SQL statements the app sends, by watching pg's Client.query (every pool and
// transaction query goes through it). Used to prove pages issue a fixed number of queries,
// and to replay a statement as sent (text and bound values).
import pg from 'pg';
import { vi } from 'vitest';

export async function countQueries<T>(run: () => Promise<T>): Promise<{ result: T; queries: string[]; statements: { text: string; values: unknown[] }[] }> {
  const statements: { text: string; values: unknown[] }[] = [];
  const original = pg.Client.prototype.query;
  const spy = vi.spyOn(pg.Client.prototype, 'query').mockImplementation(function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string; values?: unknown[] };
    statements.push(typeof first === 'string' ? { text: first, values: (args[1] as unknown[] | undefined) ?? [] } : { text: first?.text ?? '', values: first?.values ?? [] });
    return (original as (...a: unknown[]) => unknown).apply(this, args) as never;
  });
  try {
    const result = await run();
    return { result, queries: statements.map((s) => s.text), statements };
  } finally {
    spy.mockRestore();
  }
}
