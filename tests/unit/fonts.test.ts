// The web fonts cut by app/fonts/make-fonts.mjs: each face holds every Vietnamese letter,
// precomposed (both cases, every tone) and as base letter plus combining mark, and the
// faces together stay within what a first visit may spend on fonts (issue 25: 70 KB).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { CHARACTERS } from '../../app/fonts/characters.mjs';

const dir = path.resolve(import.meta.dirname, '../../app/fonts');
const files = readdirSync(dir).filter((f) => f.endsWith('.woff2'));

// Every Vietnamese letter, built from its parts rather than copied from the script's list.
const vowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const letters = [...vowels.flatMap((v) => tones.map((t) => (v + t).normalize('NFC'))), 'đ', ...'bcdghklmnpqrstvx'];
const vietnamese = [...letters, ...letters.map((l) => l.toUpperCase())];

describe('web fonts', () => {
  it('are the five faces the root layout and the reading serif load', () => {
    const loaders = readFileSync(path.resolve(dir, '../layout.tsx'), 'utf8') + readFileSync(path.join(dir, 'reading.ts'), 'utf8');
    expect(files.sort()).toEqual(['be-vietnam-pro-400.woff2', 'be-vietnam-pro-600.woff2', 'noto-serif-400-italic.woff2', 'noto-serif-400.woff2', 'noto-serif-700.woff2']);
    for (const file of files) expect(loaders).toMatch(new RegExp(`'\\./(fonts/)?${file.replace(/\./g, '\\.')}'`));
  });

  it.each(files)('%s holds every Vietnamese letter, its combining marks and the listed signs', (file) => {
    const font = fontkit.openSync(path.join(dir, file)) as fontkit.Font;
    const missing = [...new Set([...vietnamese.join(''), ...CHARACTERS, ...'\u0300\u0301\u0303\u0309\u0323–—“”…₫'])].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!));
    expect(missing).toEqual([]);
    expect(vietnamese).toHaveLength(2 * (12 * 6 + 1 + 16));
    // Kerning and the marks' positioning survived the cut.
    expect(font.availableFeatures).toEqual(expect.arrayContaining(['kern', 'mark']));
  });

  it('weigh 70 KB or less all together', () => {
    const total = files.reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0);
    expect(total).toBeLessThanOrEqual(70 * 1024);
  });
});
