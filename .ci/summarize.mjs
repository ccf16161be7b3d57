// Prints the time of each CI step, then one closing line over both test runners:
// "N passed, N failed, N skipped".
import { existsSync, readFileSync } from 'node:fs';

const [vitestFile, playwrightFile, stepsFile, totalSeconds] = process.argv.slice(2);
const vitest = JSON.parse(readFileSync(vitestFile, 'utf8'));
const playwright = JSON.parse(readFileSync(playwrightFile, 'utf8'));

const passed = vitest.numPassedTests + (playwright.stats?.expected ?? 0);
const failed = vitest.numFailedTests + (playwright.stats?.unexpected ?? 0) + (playwright.stats?.flaky ?? 0);
const skipped = vitest.numPendingTests + vitest.numTodoTests + (playwright.stats?.skipped ?? 0);

if (stepsFile && existsSync(stepsFile)) {
  const steps = readFileSync(stepsFile, 'utf8').trim().split('\n').filter(Boolean).map((line) => line.split('\t'));
  const format = (s) => (Number(s) >= 60 ? `${Math.floor(Number(s) / 60)} min ${Number(s) % 60} s` : `${s} s`);
  console.log(`step times: ${steps.map(([name, s]) => `${name} ${format(s)}`).join('; ')}; total ${format(totalSeconds ?? steps.reduce((t, [, s]) => t + Number(s), 0))}`);
}
console.log(`vitest: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed; playwright: ${playwright.stats?.expected ?? 0} passed, ${playwright.stats?.unexpected ?? 0} failed`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
