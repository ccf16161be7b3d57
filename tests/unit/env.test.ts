import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '@/lib/platform/env';

describe('parseEnv', () => {
  it('fills defaults for a fresh checkout (embedded database, local site)', () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.SITE_URL).toBe('http://localhost:3000');
    expect(env.EMBEDDED_DB_PORT).toBe(54329);
    expect(env.MEDIA_DIR).toBe('.data/media');
  });

  it('treats empty values as unset', () => {
    expect(parseEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('names every bad variable with a Vietnamese explanation', () => {
    let error: unknown;
    try {
      parseEnv({ DATABASE_URL: 'mysql://x', EMBEDDED_DB_PORT: '99999', REDIS_URL: 'http://x' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    const message = (error as Error).message;
    expect(message).toContain('DATABASE_URL: phải là một URL PostgreSQL');
    expect(message).toContain('EMBEDDED_DB_PORT');
    expect(message).toContain('REDIS_URL: phải là một URL Redis');
  });

  it('requires a session secret in production', () => {
    const site = { SITE_URL: 'https://bangvang.example.vn' };
    expect(() => parseEnv({ NODE_ENV: 'production', ...site })).toThrow(/NEXTAUTH_SECRET: bắt buộc/);
    expect(() => parseEnv({ NODE_ENV: 'production', ...site, NEXTAUTH_SECRET: 'short' })).toThrow(/32 ký tự/);
    expect(parseEnv({ NODE_ENV: 'production', ...site, NEXTAUTH_SECRET: 'x'.repeat(32) }).NODE_ENV).toBe('production');
  });

  it('requires the public address in production, instead of falling back to localhost', () => {
    const secret = { NEXTAUTH_SECRET: 'x'.repeat(32) };
    expect(() => parseEnv({ NODE_ENV: 'production', ...secret })).toThrow(/SITE_URL: bắt buộc khi chạy production/);
    expect(() => parseEnv({ NODE_ENV: 'production', ...secret, SITE_URL: '' })).toThrow(/SITE_URL/);
    expect(parseEnv({ NODE_ENV: 'production', ...secret, SITE_URL: 'https://bangvang.example.vn' }).SITE_URL).toBe('https://bangvang.example.vn');
    // Both missing: one message naming both.
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/SITE_URL[\s\S]*NEXTAUTH_SECRET/);
    // Development and tests keep this machine's address.
    expect(parseEnv({ NODE_ENV: 'development' }).SITE_URL).toBe('http://localhost:3000');
  });
});
