// Which database errors send a replica's read to the primary (lib/db/index.ts): a server that
// cannot be reached or dropped the connection, never an error of the query itself.
import { describe, expect, it } from 'vitest';
import { isUnreachable } from '@/lib/db/client';

const adapterError = (cause: Record<string, string>, message = 'Raw query failed') => Object.assign(new Error(message), { code: 'P2010', meta: { driverAdapterError: { name: 'DriverAdapterError', cause } } });

describe('isUnreachable', () => {
  it('is true for refused, reset, timed-out and dropped connections', () => {
    expect(isUnreachable(adapterError({ kind: 'DatabaseNotReachable', host: '127.0.0.1', port: '5432' }))).toBe(true);
    expect(isUnreachable(adapterError({ kind: 'ConnectionClosed' }))).toBe(true);
    expect(isUnreachable(adapterError({ kind: 'SocketTimeout' }))).toBe(true);
    expect(isUnreachable(adapterError({ kind: 'TooManyConnections' }))).toBe(true);
    expect(isUnreachable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isUnreachable(new Error('timeout exceeded when trying to connect'))).toBe(true);
  });

  it('is true for a server shutting down, crashed or still starting (08…, 57P01–57P04)', () => {
    for (const code of ['57P01', '57P02', '57P03', '08006', '08001']) expect(isUnreachable(adapterError({ kind: 'postgres', code }))).toBe(true);
  });

  it('is false for errors of the query itself', () => {
    // Cancelled by the statement timeout: the primary would cancel it too.
    expect(isUnreachable(adapterError({ kind: 'postgres', code: '57014' }))).toBe(false);
    expect(isUnreachable(adapterError({ kind: 'postgres', code: '42601' }))).toBe(false);
    expect(isUnreachable(adapterError({ kind: 'UniqueConstraintViolation' }))).toBe(false);
    expect(isUnreachable(adapterError({ kind: 'TableDoesNotExist' }))).toBe(false);
    expect(isUnreachable(new Error('Argument `where` is missing.'))).toBe(false);
    expect(isUnreachable(null)).toBe(false);
    expect(isUnreachable('ECONNREFUSED')).toBe(false);
  });
});
