// The key two spellings of one name share, so the same person, collective or unit is found
// whatever the accents, case or spacing (its SQL twin: nameKeySql in
// lib/registry/data/recipient-matching.ts).
/** "  Nguyễn  Thị ÁNH " → "nguyen thi anh": the key two spellings of one name share. */
export function nameKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** How offices prefix a unit's name: "Chi bộ Sở Tư pháp" is written "Sở Tư pháp". */
const UNIT_PREFIXES = ['chi bo', 'dang bo', 'dang uy', 'cong doan', 'doan thanh nien', 'chi doan', 'to chuc co so dang'];

/** A unit name's key without its Party or union prefix ("chi bo so tu phap" → "so tu phap"). */
export function unitCoreKey(text: string): string {
  const key = nameKey(text);
  for (const prefix of UNIT_PREFIXES) if (key.startsWith(`${prefix} `)) return key.slice(prefix.length + 1);
  return key;
}
