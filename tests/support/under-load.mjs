// `npm run test:loaded -- [--times N] [--burners B] [--only test|e2e]`: the suites on a busy
// machine. Starts B processes (default 2, one per core here) that keep a core busy, runs
// `npm test` and `npm run test:e2e` beside them N times in a row (default 3), and prints
// each run's result and time. CI runs on a 2-core machine that may be busy; a test that
// passes only on an idle machine fails here first.
//
// The burners are bounded: each stops when this script ends (the IPC channel closes) and on
// its own after two hours at the latest.
import { fork, spawn } from 'node:child_process';
import os from 'node:os';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: { times: { type: 'string', default: '3' }, burners: { type: 'string', default: '2' }, only: { type: 'string' }, burn: { type: 'boolean', default: false } },
});
const times = Number(args.times);
const burnerCount = Number(args.burners);
const suites = [
  ['npm test', 'npm', ['test']],
  ['npm run test:e2e', 'npm', ['run', 'test:e2e']],
].filter(([name]) => !args.only || (args.only === 'e2e' ? name.includes('e2e') : !name.includes('e2e')));

if (args.burn) {
  // A burner: spin until the parent goes away or the time limit passes.
  const stopAt = Date.now() + 2 * 3600_000;
  process.on('disconnect', () => process.exit(0));
  process.send?.('burning');
  const spin = () => {
    const until = Date.now() + 50;
    let x = 0;
    while (Date.now() < until) x += Math.sqrt(x + 1);
    if (Date.now() > stopAt) process.exit(0);
    setImmediate(spin); // lets the disconnect event through
  };
  spin();
} else {
  const burners = Array.from({ length: burnerCount }, () => fork(import.meta.filename, ['--burn'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] }));
  const stopBurners = () => burners.forEach((b) => b.connected && b.disconnect());
  process.on('exit', stopBurners);
  process.on('SIGINT', () => process.exit(130));
  // A run "under load" only counts if the load was there: every burner must still be
  // spinning when a suite starts and when it ends.
  const assertBurning = (when) => {
    const dead = burners.filter((b) => b.exitCode !== null || b.signalCode !== null);
    if (dead.length > 0) {
      console.error(`${dead.length} of ${burnerCount} CPU burners stopped (${when}): this run would not be under load.`);
      process.exit(1);
    }
  };
  // Each burner says when it is spinning.
  await Promise.all(burners.map((b) => new Promise((resolve, reject) => b.once('message', resolve).once('exit', () => reject(new Error('a CPU burner did not start'))))));
  assertBurning('at start');
  const cpuTimes = () => os.cpus().reduce((t, c) => ({ idle: t.idle + c.times.idle, total: t.total + Object.values(c.times).reduce((a, b) => a + b, 0) }), { idle: 0, total: 0 });

  const results = [];
  for (let round = 1; round <= times; round++) {
    for (const [name, command, argv] of suites) {
      const started = performance.now();
      const cpuBefore = cpuTimes();
      console.log(`\n=== round ${round}/${times}: ${name} (beside ${burnerCount} CPU burners) ===`);
      const code = await new Promise((resolve) => spawn(command, argv, { stdio: 'inherit' }).on('exit', (c) => resolve(c ?? 1)));
      const seconds = (performance.now() - started) / 1000;
      assertBurning(`after round ${round}: ${name}`);
      const cpuAfter = cpuTimes();
      // Share of the machine's CPU time that was busy during the suite (burners included).
      const busy = 1 - (cpuAfter.idle - cpuBefore.idle) / (cpuAfter.total - cpuBefore.total);
      results.push({ round, name, code, seconds, busy });
      console.log(`=== round ${round}: ${name} ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds.toFixed(0)} s, CPU ${(busy * 100).toFixed(0)} % busy ===`);
    }
  }
  stopBurners();
  console.log(`\nUnder load (${burnerCount} burners, ${times} rounds):`);
  for (const r of results) console.log(`  round ${r.round}  ${r.name.padEnd(18)} ${r.code === 0 ? 'passed' : 'FAILED'}  ${r.seconds.toFixed(0)} s  CPU ${(r.busy * 100).toFixed(0)} % busy`);
  process.exit(results.every((r) => r.code === 0) ? 0 : 1);
}
