// Sign-in limits, through next-auth's credentials provider as the sign-in route calls it:
// per account (even with the right password once locked) and per address, kept in
// PostgreSQL so every app instance shares them, identical for unknown addresses.
import { afterAll, describe, expect, it } from 'vitest';
import { testPg } from '../support/db';

const { authOptions } = await import('@/lib/auth/options');
const { ACCOUNT_LIMIT, ADDRESS_LIMIT } = await import('@/lib/auth/data/sign-in-limit');
type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
const provider = authOptions.providers[0] as unknown as { options: { authorize: Authorize } };
const authorize = provider.options.authorize;
const LOCKED = /^Đăng nhập sai quá nhiều lần\. Hãy thử lại sau \d+ phút\.$/;

afterAll(async () => {
  const client = await testPg();
  await client.query(`DELETE FROM rate_limits`);
  await client.end();
});

async function outcomes(email: string, password: string, address: string, times: number) {
  const results: string[] = [];
  for (let i = 0; i < times; i++) {
    try {
      results.push((await authorize({ email, password }, { headers: { 'x-real-ip': address } })) ? 'ok' : 'refused');
    } catch (error) {
      results.push(LOCKED.test((error as Error).message) ? 'locked' : `error: ${(error as Error).message}`);
    }
  }
  return results;
}

describe('sign-in limits', () => {
  it('locks an account after repeated failures, even for the right password, and an unknown address alike', async () => {
    const wrong = await outcomes('phongvien2@bangvang.local', 'sai', '198.51.100.1', ACCOUNT_LIMIT.points);
    expect(wrong).toEqual(Array(ACCOUNT_LIMIT.points).fill('refused'));
    expect(await outcomes('phongvien2@bangvang.local', 'bangvang-demo-2024', '198.51.100.2', 1)).toEqual(['locked']);

    // The same sequence for an address with no account: nothing tells them apart.
    const unknown = await outcomes('khong-ton-tai@bangvang.local', 'sai', '198.51.100.3', ACCOUNT_LIMIT.points + 1);
    expect(unknown).toEqual([...Array(ACCOUNT_LIMIT.points).fill('refused'), 'locked']);

    // Another account is not affected.
    expect(await outcomes('bientap@bangvang.local', 'bangvang-demo-2024', '198.51.100.4', 1)).toEqual(['ok']);
  });

  it('locks an address that tries many accounts', async () => {
    const address = '198.51.100.50';
    const results: string[] = [];
    for (let i = 0; i <= ADDRESS_LIMIT.points; i++) results.push(...(await outcomes(`thu-${i}@bangvang.local`, 'sai', address, 1)));
    expect(results.slice(0, ADDRESS_LIMIT.points).every((r) => r === 'refused')).toBe(true);
    expect(results.at(-1)).toBe('locked');
    // The right password of a real account from that address is refused while it lasts.
    expect(await outcomes('bientap@bangvang.local', 'bangvang-demo-2024', address, 1)).toEqual(['locked']);
  });
});
