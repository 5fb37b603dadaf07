import { decodeCursor, encodeCursor } from '../cursor';
import { apiErrors } from '../api-errors';
import { errorResponse, json } from './route';

/**
 * Zendesk's cursor pagination for small per-ticket lists (comments, audits): `page[size]` up to
 * 100, `meta.has_more` / `after_cursor`, `links.next`. Without `page[...]` parameters Zendesk
 * answers with offset pagination, which here is the whole list with `next_page: null`.
 */
export function cursorPage<T>(key: string, items: readonly T[], url: URL, at: number): Response {
  const sizeParam = url.searchParams.get('page[size]');
  const after = url.searchParams.get('page[after]');
  if (sizeParam === null && after === null) {
    return json({ [key]: items, next_page: null, previous_page: null, count: items.length });
  }
  const size = Math.min(100, Math.max(1, Number(sizeParam ?? 100) || 100));
  let start = 0;
  if (after) {
    const state = decodeCursor(after);
    if (!state) return errorResponse(apiErrors.invalidParameter('page[after] is not a valid cursor'));
    start = (state.k[0] ?? -1) + 1;
  }
  const page = items.slice(start, start + size);
  const end = start + page.length - 1;
  const hasMore = start + size < items.length;
  const afterCursor = page.length > 0 ? encodeCursor({ t: at, k: [end] }) : null;
  const beforeCursor = page.length > 0 ? encodeCursor({ t: at, k: [start - size - 1] }) : null;
  const next = new URL(url);
  if (afterCursor) next.searchParams.set('page[after]', afterCursor);
  return json({
    [key]: page,
    meta: { has_more: hasMore, after_cursor: afterCursor, before_cursor: beforeCursor },
    links: { next: hasMore ? next.toString() : null, prev: null },
  });
}
