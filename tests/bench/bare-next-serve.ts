// `tsx tests/bench/bare-next-serve.ts --from URL --port N`: the bare Next baseline of
// bare-next.ts for `npm run lighthouse` — the page at URL's visible markup (no scripts of
// ours, no React tree to hydrate: one block of HTML), built with the same Next, React and
// the app's own next.config settings, then served with `next start` on port N until this
// process is stopped. What the framework alone costs a phone on this host, measured beside
// our pages in the same run.
import { parseArgs } from 'node:util';
import path from 'node:path';
import { buildBareNext, pageContent, startBareNext } from './bare-next';

const { values } = parseArgs({ options: { from: { type: 'string' }, port: { type: 'string' } } });
if (!values.from || !values.port) throw new Error('usage: bare-next-serve.ts --from URL --port N');
const { from, port } = values;
const root = path.resolve(__dirname, '../..');

async function main() {
  const html = await (await fetch(from!)).text();
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  const dir = await buildBareNext(root, pageContent(html), env, { config: 'app' });
  const child = startBareNext(root, dir, Number(port), env);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
