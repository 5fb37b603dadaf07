/** Zendesk accepts `/api/v2/tickets/1` and `/api/v2/tickets/1.json` alike; compare without the suffix. */
export function normalizePath(pathname: string): string {
  return pathname.replace(/\.json$/, '').replace(/\/+$/, '');
}

/**
 * True when `pattern` is a segment-wise prefix of `pathname`, with `*` standing for one segment, so
 * `/api/v2/tickets` covers `/api/v2/tickets/7/comments` but `/api/v2/tickets/1` does not cover
 * `/api/v2/tickets/10`.
 */
export function pathMatches(pattern: string, pathname: string): boolean {
  const want = normalizePath(pattern).split('/');
  const have = normalizePath(pathname).split('/');
  if (want.length > have.length) return false;
  return want.every((segment, i) => segment === '*' || segment === have[i]);
}
