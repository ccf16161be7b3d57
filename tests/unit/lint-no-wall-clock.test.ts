// The lint rule that keeps stopwatches and fixed sleeps out of the test suites
// (tests/lint/no-wall-clock.mjs): what it refuses and what it lets through.
import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import rule from '@/tests/lint/no-wall-clock.mjs';

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });

tester.run('no-wall-clock', rule, {
  valid: [
    // Polling and pacing inside a loop wait for a condition, not for a clock.
    `while (!(await ready())) await new Promise((r) => setTimeout(r, 100));`,
    `for (let i = 0; running; i++) { await send(i); await new Promise((r) => setTimeout(r, 50)); }`,
    // Clock values used for names, future dates and logs are not assertions on time.
    `const stamp = Date.now().toString(36); expect(await count(stamp)).toBeGreaterThan(0);`,
    `const at = new Date(Date.now() + 3_600_000); expect(result.ok).toBe(true);`,
    `const started = performance.now(); await work(); console.log(performance.now() - started);`,
    `expect(list.every((a) => a.publishedAt.getTime() <= Date.now())).toBe(true);`,
    // A timer that guards (rejects) is not a sleep.
    `await Promise.race([work(), new Promise((_, reject) => setTimeout(() => reject(new Error('x')), 5000))]);`,
    // Same name, another scope: only the clock-derived one counts.
    `it('a', () => { const before = Date.now(); log(before); }); it('b', () => { const before = 3; expect(size()).toBeGreaterThan(before); });`,
    `await expect.poll(() => count()).toBeGreaterThan(0);`,
  ],
  invalid: [
    { code: `await page.waitForTimeout(500);`, errors: [{ messageId: 'waitForTimeout' }] },
    { code: `await new Promise((r) => setTimeout(r, 300));`, errors: [{ messageId: 'sleep' }] },
    { code: `await new Promise((resolve) => { setTimeout(() => resolve(), 1_000); });`, errors: [{ messageId: 'sleep' }] },
    { code: `import { setTimeout as delay } from 'node:timers/promises';`, errors: [{ messageId: 'timersPromises' }] },
    { code: `const started = Date.now(); await run(); expect(Date.now() - started).toBeLessThan(2_000);`, errors: [{ messageId: 'clockAssertion' }] },
    {
      code: `const savedAt = Date.now(); let visibleAfter = -1; visibleAfter = Date.now() - savedAt; expect(visibleAfter, 'log').toBeLessThan(1_000);`,
      errors: [{ messageId: 'clockAssertion' }],
    },
    { code: `const before = Date.now(); const waited = Date.now() - before; expect(waited).toBeGreaterThanOrEqual(1_900);`, errors: [{ messageId: 'clockAssertion' }] },
    { code: `const before = Date.now(); await update(); expect(record.expired).toBeGreaterThanOrEqual(before - 1);`, errors: [{ messageId: 'clockAssertion' }] },
    { code: `tally.lastError = Date.now(); const recoveredAt = await until(ok); expect(tally.lastError).not.toBeLessThan(recoveredAt);`, errors: [{ messageId: 'clockAssertion' }] },
    { code: `const t0 = performance.now(); await go(); const ms = performance.now() - t0; expect.soft(ms).toBeLessThan(100);`, errors: [{ messageId: 'clockAssertion' }] },
  ],
});
