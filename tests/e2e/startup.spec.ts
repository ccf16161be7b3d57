// A production server that lacks a setting production needs does not start: `next start`
// exits at once with one Vietnamese message naming the variable, and never answers a
// request — instead of coming up, then pointing every link at localhost (no SITE_URL) or
// failing every dynamic page (no NEXTAUTH_SECRET). Runs the build the e2e web server made.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { expect, test } from '@playwright/test';

const PORT = 3231;
// Starting a server on a loaded machine: more than the default 30 s per test.
test.describe.configure({ timeout: 120_000 });
const complete = {
  NODE_ENV: 'production',
  // A database that does not exist: nothing here is written anywhere (the job queue's
  // start fails and is logged; the site itself still serves).
  DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/bv_startup_no_such_database',
  SITE_URL: 'https://bangvang.example.vn',
  NEXTAUTH_URL: 'https://bangvang.example.vn',
  NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
  NEXT_TELEMETRY_DISABLED: '1',
};

/** Starts `next start` with `env` only; resolves with its exit code and output once it exits. */
function start(env: Record<string, string>) {
  // Only these variables: nothing of the test runner's own environment leaks in.
  const only = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env, NODE_ENV: 'production' as const };
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(PORT)], { env: only, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

const answers = () =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(PORT, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

for (const missing of ['SITE_URL', 'NEXTAUTH_SECRET'] as const) {
  test(`without ${missing}, a production server refuses to start and says why`, async () => {
    const env: Record<string, string> = { ...complete };
    delete env[missing];
    const server = start(env);
    try {
      // No request is sent: the check runs when the server starts, not on a first visit.
      const code = await server.exited;
      expect(code, server.output()).toBe(1);
      expect(server.output()).toContain('Không khởi động: Biến môi trường không hợp lệ');
      expect(server.output()).toContain(`${missing}: bắt buộc khi chạy production`);
      expect(await answers()).toBe(false);
    } finally {
      server.child.kill('SIGKILL');
    }
  });
}

test('with every setting it needs, the same server starts and answers', async () => {
  const server = start(complete);
  try {
    await expect.poll(answers, { timeout: 60_000 }).toBe(true);
    expect(server.child.exitCode).toBeNull();
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
});
