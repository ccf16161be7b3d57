// What the site's web fonts hold (app/fonts/make-fonts.mjs cuts them to it; the tests check
// the files and the pages against it).
const ranges = [
  [0x20, 0x7e], // ASCII
  [0xc0, 0xff], // Latin-1 letters: à á â ã è é ê ì í ò ó ô õ ù ú ý, and ç ñ ö ü … of foreign names
  [0x102, 0x103], // Ă ă
  [0x110, 0x111], // Đ đ
  [0x128, 0x129], // Ĩ ĩ
  [0x168, 0x169], // Ũ ũ
  [0x1a0, 0x1a1], // Ơ ơ
  [0x1af, 0x1b0], // Ư ư
  [0x300, 0x301], // combining grave, acute
  [0x303, 0x303], // combining tilde
  [0x309, 0x309], // combining hook above
  [0x323, 0x323], // combining dot below
  [0x1ea0, 0x1ef9], // Ạ … ỹ
];
/** Signs a newspaper sets beside them: no-break space, « » ° × · © ®, dashes, quotes, … • ‹ › ₫ € ™ −
    (not № or →: Be Vietnam Pro has neither). */
const signs = '\u00a0«»°×·©®–—‘’“”…•‹›₫€™−';

/** Every character the fonts carry. */
export const CHARACTERS = ranges.map(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('')).join('') + signs;

