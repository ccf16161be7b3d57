// The "bare Next" baseline: a minimal Next app (a layout and one page, served at / and
// under a dynamic route; optionally a page rendered per request), built with the same Next and React, whose page is the
// benchmarked story's visible markup, sized to the same response bytes,
// prerendered at build time with no data layer, no layout of ours, no middleware. What
// `next start` itself costs to send that many bytes: our cached article can at best match it. It is written under .data/ (ignored by
// git) so it resolves the project's node_modules without links.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The page's visible markup: the body without its scripts (header, main, footer). */
export function pageContent(html: string): string {
  const body = html.match(/<body[^>]*>([\s\S]*)<\/body>/);
  return (body ? body[1]! : html).replace(/<script[\s\S]*?<\/script>/g, '');
}

/**
 * The bare page's content for a response of about `targetBytes`: the visible markup, then
 * a hidden copy of its text cut to length. Next sends the content twice (as HTML and inside the
 * RSC payload), so each byte of content costs about two bytes of response; `overhead` is
 * what an empty page of the bare app weighs.
 */
export function sizedContent(html: string, targetBytes: number, overhead: number): string {
  const visible = pageContent(html);
  const wanted = Math.max(0, Math.round((targetBytes - overhead) / 2.05) - visible.length);
  const text = visible.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
  let padding = '';
  while (padding.length < wanted && text.trim()) padding += text;
  padding = padding.slice(0, wanted).replace(/&[a-z#0-9]*$/i, '');
  return padding ? `${visible}<div hidden>${padding}</div>` : visible;
}

/** The bare app's story under a dynamic route: /bai-viet/<this>. */
export const BARE_STORY_SLUG = 'bai-mau';

/** A search result for the bare app's page rendered per request. */
export interface BareResult {
  slug: string;
  title: string;
  sapo: string;
  publishedAt: string;
  category: string;
}

export type BareConfig = 'defaults' | 'cacheComponents' | 'app';

export interface BareOptions {
  /**
   * Which Next configuration to build with: Next's defaults; the app's cacheComponents
   * only; or the app's features that act on every request (cacheComponents, the security
   * headers and redirect rules), read from the repository's next.config.ts. Together they
   * tell what each costs per request, apart from our pages' code.
   */
  config?: BareConfig;
  /** Rows for /tim-kiem, a page rendered on every request without a data layer (Next defaults only). */
  results?: BareResult[];
}

export async function buildBareNext(root: string, content: string, env: NodeJS.ProcessEnv, options: BareOptions = {}): Promise<string> {
  const config = options.config ?? 'defaults';
  const dir = path.join(root, config === 'defaults' ? '.data/bench-bare-next' : `.data/bench-bare-next-${config}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'app'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ private: true, name: 'bare-next-baseline' }));
  // Its own config: Next would otherwise look up the folders and load the app's. Empty, or
  // the app's own settings, taken from the app's config so that they cannot drift.
  const settings = { defaults: [], cacheComponents: ['cacheComponents'], app: ['cacheComponents', 'poweredByHeader', 'headers', 'redirects'] }[config];
  writeFileSync(
    path.join(dir, 'next.config.ts'),
    settings.length ? `import app from '../../next.config';\n\nexport default {\n${settings.map((key) => `  ${key}: app.${key},\n`).join('')}};\n` : 'export default {};\n',
  );
  // Its own (empty) instrumentation hook: Turbopack's project root is the repository (it
  // resolves the node_modules there), and without a file here it compiles the app's own
  // instrumentation.ts into the bare app, which would start our job workers beside it.
  writeFileSync(path.join(dir, 'instrumentation.js'), 'export function register() {}\n');
  writeFileSync(path.join(dir, 'content.html'), content);
  writeFileSync(
    path.join(dir, 'app/layout.jsx'),
    `export default function Layout({ children }) {
  return (
    <html lang="vi">
      <body>{children}</body>
    </html>
  );
}
`,
  );
  writeFileSync(
    path.join(dir, 'app/page.jsx'),
    `import { readFileSync } from 'node:fs';
import path from 'node:path';

export default function Page() {
  const html = readFileSync(path.join(process.cwd(), 'content.html'), 'utf8');
  // The bench's own story, rendered by the app moments before: markup to send, not input.
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}
`,
  );
  // The same page under a route shaped like the stories' (a slug parameter, prerendered
  // from generateStaticParams): what Next's own matching of a dynamic route costs.
  mkdirSync(path.join(dir, 'app/bai-viet/[slug]'), { recursive: true });
  writeFileSync(
    path.join(dir, 'app/bai-viet/[slug]/page.jsx'),
    `import Page from '../../page.jsx';

export function generateStaticParams() {
  return [{ slug: '${BARE_STORY_SLUG}' }];
}

export default Page;
`,
  );
  if (options.results && config === 'defaults') {
    // A page rendered on every request, shaped like the search page (a form and 20 results,
    // each a React element tree, not one HTML string), with its data in memory: Next's own
    // cost of rendering a dynamic page, without a database.
    mkdirSync(path.join(dir, 'app/tim-kiem'), { recursive: true });
    writeFileSync(path.join(dir, 'results.json'), JSON.stringify(options.results));
    writeFileSync(
      path.join(dir, 'app/tim-kiem/page.jsx'),
      `import { readFileSync } from 'node:fs';
import path from 'node:path';

export const dynamic = 'force-dynamic';
const results = JSON.parse(readFileSync(path.join(process.cwd(), 'results.json'), 'utf8'));
const date = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'long', timeZone: 'Asia/Ho_Chi_Minh' });

export default async function Search({ searchParams }) {
  const { q = '' } = await searchParams;
  return (
    <main>
      <h1>Tìm kiếm</h1>
      <form action="/tim-kiem" role="search">
        <label htmlFor="q">Từ khóa</label>
        <input id="q" name="q" type="search" defaultValue={q} />
        <button type="submit">Tìm</button>
      </form>
      <p>Kết quả cho “{q}”: {results.length} bài viết</p>
      <ol>
        {results.map((r) => (
          <li key={r.slug}>
            <article>
              <h2><a href={'/bai-viet/' + r.slug}>{r.title}</a></h2>
              <p>{r.sapo}</p>
              <p><span>{r.category}</span> · <time dateTime={r.publishedAt}>{date.format(new Date(r.publishedAt))}</time></p>
            </article>
          </li>
        ))}
      </ol>
    </main>
  );
}
`,
    );
  }
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], { cwd: dir, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`bare Next build exited with ${code}`))));
  });
  return dir;
}

export function startBareNext(root: string, dir: string, port: number, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port)], { cwd: dir, env, stdio: 'ignore' });
}
