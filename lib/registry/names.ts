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
