// Property-based fuzzing (fast-check) of what comes in from outside: every zod schema the
// app exports, the input cleaning in front of every Server Action, and the rich-text
// renderer. Each property runs on a few hundred generated inputs; a failure prints the
// smallest input that breaks it.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ArticleBody } from '@/components/site/article-body';
import { readBlocks } from '@/lib/newsroom/schemas/article-body';
import { neutralizeFormula } from '@/lib/registry/export';
import { cleanInput, cleanText } from '@/lib/common/clean-input';

const RUNS = 300;

/** Strings an attacker would send, mixed with arbitrary Unicode. */
const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\uD800',
    '\uDFFF x',
    "' OR 1=1 --",
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    '//evil.example/x',
    '\\\\evil.example\\x',
    'https://example.org/"onmouseover="alert(1)',
    '/vinh-danh?q="><svg onload=alert(1)>',
    '__proto__',
    'constructor',
    '=HYPERLINK("http://evil.example")',
    '9'.repeat(30),
    'x'.repeat(5000),
    'on',
    'true',
    '2024-02-30',
    '1945',
  ),
);
const hostileValue = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, null, undefined, true, false, 2 ** 53),
  fc.array(hostileString, { maxLength: 4 }),
  fc.dictionary(hostileString, hostileString, { maxKeys: 3 }),
);

/** Every zod schema exported from a lib/<domain>/schemas folder, found by walking lib/. */
const schemas: [string, z.ZodType][] = [];
const libDir = path.resolve(__dirname, '../../lib');
const schemaFiles = readdirSync(libDir, { recursive: true, encoding: 'utf8' }).filter((f) => /^[^/]+\/schemas\/[^/]+\.ts$/.test(f.split(path.sep).join('/')));
for (const file of schemaFiles) {
  const moduleName = file.replace(/\.ts$/, '').split(path.sep).join('/');
  const mod = (await import(`@/lib/${moduleName}`)) as Record<string, unknown>;
  for (const [name, value] of Object.entries(mod)) if (value instanceof z.ZodType) schemas.push([`${moduleName}:${name}`, value]);
}

/** Objects shaped like what a schema reads: its own keys, hostile values. */
function shapedInput(schema: z.ZodType): fc.Arbitrary<unknown> {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  if (!shape) return hostileValue;
  return fc.record(Object.fromEntries(Object.keys(shape).map((key) => [key, hostileValue])), { requiredKeys: [] });
}

/** Every string inside a value (keys included). */
function strings(value: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 80) return out;
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out, depth + 1));
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      strings(v, out, depth + 1);
    }
  }
  return out;
}

/** What PostgreSQL cannot store in text or JSON, and the invisible controls we drop. */
const UNSTORABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('input cleaning in front of every Server Action', () => {
  it('leaves no control byte or broken surrogate in any string, keys included', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true, stringUnit: 'binary' }), (value) => {
        const cleaned = cleanInput(value);
        for (const s of strings(cleaned)) expect(UNSTORABLE.test(s), JSON.stringify(s)).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it('is idempotent and keeps ordinary Vietnamese text as it is', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        expect(cleanText(cleanText(s))).toBe(cleanText(s));
      }),
      { numRuns: RUNS },
    );
    const text = 'Huân chương Lao động hạng Ba\tcho\nTập thể Phòng Giáo dục – Đào tạo\r\n';
    expect(cleanText(text)).toBe(text);
  });

  it('never lets a __proto__ key reach a prototype', () => {
    const polluted = cleanInput(JSON.parse('{"__proto__":{"isAdmin":true},"a":{"__proto__":{"role":"ADMIN"}}}')) as Record<string, unknown>;
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.getPrototypeOf(polluted)).toBe(Object.prototype);
    expect((polluted as { isAdmin?: unknown }).isAdmin).toBeUndefined();
    expect(Object.keys(polluted)).toContain('__proto__');
  });

  it('turns nesting deeper than any form into null, without a stack overflow', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(() => cleanInput(deep)).not.toThrow();
  });
});

describe('every zod schema', () => {
  it('finds the schemas', () => {
    expect(schemas.length).toBeGreaterThan(25);
  });

  it.each(schemas)('%s never throws, and what it accepts after cleaning is storable', (_name, schema) => {
    fc.assert(
      fc.property(fc.oneof(fc.anything({ stringUnit: 'binary' }), shapedInput(schema)), (raw) => {
        const result = schema.safeParse(cleanInput(raw));
        if (result.success) for (const s of strings(result.data)) expect(UNSTORABLE.test(s), JSON.stringify(s)).toBe(false);
        else expect(result.error.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });
});

// Rich-text documents built from the real node types with hostile text and attributes,
// plus arbitrary JSON: whatever is stored, the page never carries script.
const text = fc.record({ type: fc.constant('text'), text: hostileString, marks: fc.option(fc.array(fc.oneof(fc.constant({ type: 'bold' }), fc.constant({ type: 'italic' }), fc.record({ type: fc.constant('link'), attrs: fc.record({ href: hostileString }) }), fc.record({ type: hostileString })), { maxLength: 3 }), { nil: undefined }) });
const inline = fc.array(fc.oneof(text, fc.constant({ type: 'hardBreak' }), fc.record({ type: hostileString, text: hostileString })), { maxLength: 4 });
const paragraph = fc.record({ type: fc.constant('paragraph'), content: inline, attrs: fc.option(fc.dictionary(hostileString, hostileString, { maxKeys: 2 }), { nil: undefined }) });
const block = fc.oneof(
  paragraph,
  fc.record({ type: fc.constant('heading'), attrs: fc.record({ level: fc.constantFrom(1, 2, 3, '2', 7) }), content: inline }),
  fc.record({ type: fc.constant('blockquote'), attrs: fc.record({ cite: hostileString }), content: fc.array(paragraph, { minLength: 1, maxLength: 2 }) }),
  fc.record({ type: fc.constantFrom('bulletList', 'orderedList'), content: fc.array(fc.record({ type: fc.constant('listItem'), content: fc.array(paragraph, { minLength: 1, maxLength: 2 }) }), { minLength: 1, maxLength: 2 }) }),
  fc.record({ type: fc.constant('image'), attrs: fc.record({ mediaId: fc.constantFrom('m1', 'missing'), alt: hostileString, caption: hostileString, credit: hostileString, wide: fc.boolean() }) }),
  fc.record({ type: fc.constant('awardFacts'), attrs: fc.record({ decisionIds: fc.array(hostileString, { maxLength: 2 }) }) }),
  fc.record({ type: fc.constantFrom('horizontalRule', 'html', 'script', 'iframe'), content: hostileString, attrs: fc.dictionary(hostileString, hostileString, { maxKeys: 2 }) }),
);
const media = { m1: { src: '/media/m1.jpg', width: 1200, height: 800, alt: 'Ảnh', caption: '<b onclick=alert(1)>x</b>', credit: 'javascript:alert(1)' } };

const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>|<\/[a-zA-Z][\w:-]*\s*>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const DANGEROUS_ELEMENTS = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'style', 'link', 'meta', 'base', 'form', 'template']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'data']);

/**
 * Everything an HTML page could run: script-capable elements, handler attributes, script
 * URLs. The markup is read tag by tag, attribute by attribute (quoted values are values,
 * not markup); what is left between the tags must hold no "<" at all.
 */
function assertInert(html: string) {
  for (const [tag, name, attributes] of html.matchAll(TAG)) {
    if (!name) continue;
    expect(DANGEROUS_ELEMENTS.has(name.toLowerCase()), tag).toBe(false);
    for (const [, attr, q1, q2, bare] of (attributes ?? '').matchAll(ATTRIBUTE)) {
      const key = attr!.toLowerCase();
      expect(key.startsWith('on'), tag).toBe(false);
      if (!URL_ATTRIBUTES.has(key)) continue;
      const value = (q1 ?? q2 ?? bare ?? '').replace(/&amp;/g, '&').replace(/&#x?[0-9a-f]+;/gi, '').replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
      expect(value, tag).not.toMatch(/^(javascript|data|vbscript):/);
      if (key === 'href') expect(value.startsWith('//') || value.startsWith('\\\\'), tag).toBe(false);
    }
  }
  expect(html.replace(TAG, '')).not.toContain('<');
}

describe('rich-text renderer', () => {
  it('never renders a script, an event handler or a script URL from a generated document', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 6 }), fc.boolean(), (content, wide) => {
        assertInert(renderToStaticMarkup(createElement(ArticleBody, { blocks: readBlocks({ type: 'doc', content }), media, facts: [], wide })));
      }),
      { numRuns: RUNS },
    );
  });

  it('renders arbitrary JSON as a body without throwing or emitting markup', () => {
    fc.assert(
      fc.property(fc.anything({ stringUnit: 'binary' }), (body) => {
        assertInert(renderToStaticMarkup(createElement(ArticleBody, { blocks: readBlocks(body), media, facts: [] })));
      }),
      { numRuns: RUNS },
    );
  });

  it('renders what is allowed (so the properties above check real markup)', () => {
    const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Xem', marks: [{ type: 'link', attrs: { href: 'https://example.org/a' } }] }] }, { type: 'image', attrs: { mediaId: 'm1', alt: 'Lễ trao' } }] };
    const html = renderToStaticMarkup(createElement(ArticleBody, { blocks: readBlocks(body), media, facts: [] }));
    expect(html).toContain('<a href="https://example.org/a"');
    expect(html).toMatch(/<img[^>]+alt="Lễ trao"/);
    assertInert(html);
  });

  it('the checker itself catches what it is for', () => {
    for (const bad of ['<script>x</script>', '<a href="javascript:alert(1)">', '<a href=" JAVA&#x09;SCRIPT:x">', '<img src=x onerror="x">', '<img alt="a" onerror=x>', '<a href="//evil.example">', '<p>a <b</p>']) {
      expect(() => assertInert(bad), bad).toThrow();
    }
    expect(() => assertInert('<img alt="&quot;&gt;&lt;svg onload=alert(1)&gt;" src="/media/a.webp"/>')).not.toThrow();
  });
});

describe('spreadsheet exports', () => {
  it('no exported cell can start a formula, and ordinary text is untouched', () => {
    fc.assert(
      fc.property(fc.oneof(hostileString, fc.string({ unit: 'grapheme', maxLength: 30 }).map((t) => `${'=+-@\t\r'[t.length % 6]}${t}`)), (value) => {
        const out = String(neutralizeFormula(value));
        expect(out).not.toMatch(/^[=+\-@\t\r]/);
        if (!/^[=+\-@\t\r]/.test(value)) expect(out).toBe(value);
      }),
      { numRuns: RUNS },
    );
  });
});
