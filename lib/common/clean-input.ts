// Characters no field may hold: the C0 controls other than tab, line feed and carriage
// return, and DEL. PostgreSQL refuses NUL in text and JSON (the save would fail instead of
// working), and the others are invisible on every page: pasted into a name, one only hides
// the difference between two records that look the same. Half of a UTF-16 surrogate pair
// is no character at all (the database driver cannot encode it): it becomes U+FFFD.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const MAX_DEPTH = 64;

export function cleanText(text: string): string {
  return text.replace(CONTROL, '').replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * What a form or client sent, with every string cleaned, before a schema reads it. Plain
 * objects are rebuilt with own properties only (a `__proto__` key stays a plain key and
 * cannot reach a prototype); files, dates and numbers pass as they are. Anything nested
 * deeper than any form goes becomes null, for the schema to refuse.
 */
export function cleanInput(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return null;
  if (Array.isArray(value)) return value.map((item) => cleanInput(item, depth + 1));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [cleanText(key), cleanInput(item, depth + 1)]));
}
