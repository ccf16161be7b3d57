// Helpers for the e2e suites that start their own instances of the built app
// (scale-out, faults) or call Server Actions directly (attacks, faults).
import { spawnSync, type ChildProcess } from 'node:child_process';
import type { Browser, Locator, Page } from '@playwright/test';

export { actionId } from '../support/next-build';

/** Migrates and seeds the (empty) database at `databaseUrl` with the demo content. */
export function prepareDatabase(databaseUrl: string, mediaDir: string) {
  for (const args of [
    ['prisma/scripts/prisma.mjs', 'migrate', 'deploy'],
    ['node_modules/tsx/dist/cli.mjs', 'prisma/seed.ts'],
  ]) {
    const result = spawnSync(process.execPath, args, { env: { ...process.env, DATABASE_URL: databaseUrl, MEDIA_DIR: mediaDir }, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${args.join(' ')}: ${result.stderr || result.stdout}`);
  }
}

/** Resolves once `check` passes (errors count as not yet), with the time it did. */
export async function until(check: () => Promise<boolean>, ms: number, onTimeout = () => ''): Promise<number> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return Date.now();
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out\n${onTimeout()}`);
}

/**
 * Stops the processes and resolves once every one has exited (SIGKILL for any still up
 * after `graceMs`), so what comes next (dropping their database, stopping a server under
 * them) never races their shutdown.
 */
export async function stopProcesses(children: (ChildProcess | undefined)[], graceMs = 15_000): Promise<void> {
  await Promise.all(
    children.map((child) => {
      if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const force = setTimeout(() => child.kill('SIGKILL'), graceMs);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      });
    }),
  );
}

/** How many lines the element's text is laid out on (distinct tops of its text's boxes). */
export function textLineCount(locator: Locator): Promise<number> {
  return locator.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
  });
}

/** A new browser context (in Vietnam's locale and time), signed in as a seeded account with the demo password. */
export async function signInDemo(browser: Browser, email: string, { next = '/admin', viewport }: { next?: string; viewport?: { width: number; height: number } | null } = {}): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', ...(viewport ? { viewport } : {}) })).newPage();
  await page.goto(`/dang-nhap?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill('bangvang-demo-2024');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  return page;
}
