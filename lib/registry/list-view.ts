// Registry lists page through path segments, not the query string, so every page of a
// list is one cacheable URL (as the reader site's sections do):
//   /vinh-danh/don-vi/x              all awards of the unit and its sub-units, page 1
//   /vinh-danh/don-vi/x/trang/3      … page 3
//   /vinh-danh/don-vi/x/rieng        the unit's own awards only (its collectives and people)
//   /vinh-danh/don-vi/x/rieng/trang/2
export interface ListView {
  own: boolean;
  page: number;
}

const PAGE = /^[1-9]\d{0,4}$/;

/** The view a path names, or null for a path that is not a list view (→ 404). */
export function parseListView(segments: readonly string[] | undefined, { allowOwn }: { allowOwn: boolean }): ListView | null {
  const rest = [...(segments ?? [])];
  let own = false;
  if (allowOwn && rest[0] === 'rieng') {
    own = true;
    rest.shift();
  }
  if (rest.length === 0) return { own, page: 1 };
  // Page 1 has one address: the list itself.
  if (rest.length === 2 && rest[0] === 'trang' && PAGE.test(rest[1]!) && rest[1] !== '1') return { own, page: Number(rest[1]) };
  return null;
}

export function listViewPath(base: string, view: ListView): string {
  return `${base}${view.own ? '/rieng' : ''}${view.page > 1 ? `/trang/${view.page}` : ''}`;
}
