// `node app/fonts/make-fonts.mjs`: cuts the site's web fonts in app/fonts/ from the full
// Google Fonts files (npm @expo-google-fonts/*, OFL): one WOFF2 per face holding what
// Vietnamese pages set — ASCII, Latin-1, the Vietnamese letters, their combining marks (text
// typed decomposed renders in the same face), and a newspaper's punctuation — instead of
// Fontsource's Latin and Vietnamese files per weight, which a Vietnamese page needed both
// of. Hinting is dropped (browsers on phones and macOS ignore it; Windows renders these
// sizes well without) and only the layout features the text uses are kept: kerning, the
// mark positioning diacritics need, and the Vietnamese local forms (no ligatures: fi and
// fl are set as two letters). Other characters fall back, one by one, to the system font. The outputs are
// committed, so a build needs nothing of this; run it again after changing the set.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';
import { CHARACTERS } from './characters.mjs';

const require = createRequire(import.meta.url);
const out = import.meta.dirname;

const faces = [
  { pkg: '@expo-google-fonts/be-vietnam-pro', file: '400Regular/BeVietnamPro_400Regular.ttf', name: 'be-vietnam-pro-400.woff2' },
  { pkg: '@expo-google-fonts/be-vietnam-pro', file: '600SemiBold/BeVietnamPro_600SemiBold.ttf', name: 'be-vietnam-pro-600.woff2' },
  { pkg: '@expo-google-fonts/noto-serif', file: '400Regular/NotoSerif_400Regular.ttf', name: 'noto-serif-400.woff2' },
  { pkg: '@expo-google-fonts/noto-serif', file: '400Regular_Italic/NotoSerif_400Regular_Italic.ttf', name: 'noto-serif-400-italic.woff2' },
  { pkg: '@expo-google-fonts/noto-serif', file: '700Bold/NotoSerif_700Bold.ttf', name: 'noto-serif-700.woff2' },
];

for (const face of faces) {
  const source = readFileSync(path.join(path.dirname(require.resolve(`${face.pkg}/package.json`)), face.file));
  const woff2 = await subsetFont(source, CHARACTERS, {
    targetFormat: 'woff2',
    noHinting: true,
    keepFeatures: ['kern', 'ccmp', 'locl', 'mark', 'mkmk'],
  });
  writeFileSync(path.join(out, face.name), woff2);
  console.log(`${face.name}: ${source.length} → ${woff2.length} bytes`);
}
