import type { HttpHandler } from 'msw';
import { apiErrors } from '../api-errors';
import { decodeCursor, encodeCursor } from '../cursor';
import { compileQuery } from '../search-query';
import type { ZendeskStore } from '../store';
import type { Ticket } from '../world';
import { errorResponse, json, route } from './route';

const CURSOR_TTL_MS = 60 * 60 * 1000;
const MAX_EXPORT_PAGE = 1000;
const SEARCH_PAGE = 100;
const SEARCH_CAP = 1000;

function key(ticket: Ticket): [number, number] {
  return [Date.parse(ticket.created_at), ticket.id];
}

/** First index whose (created, id) key is after `after`: the export resumes without rescanning. */
function firstAfter(order: readonly Ticket[], after: number[]): number {
  const [createdMs = 0, id = 0] = after;
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const [c, i] = key(order[mid] as Ticket);
    if (c < createdMs || (c === createdMs && i <= id)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function asResult(ticket: Ticket) {
  return { ...ticket, result_type: 'ticket' };
}

export function searchHandlers(store: ZendeskStore): HttpHandler[] {
  return [
    /**
     * Export: ordered by `created_at`, cursor-paged. An expired or unreadable `page[after]` gets a
     * 400 in the search error format (`error` + `description`); Zendesk documents the one-hour
     * expiry but not the exact body, so clients should only rely on the 400.
     */
    ...route(store, 'get', '/api/v2/search/export', ({ url }) => {
      const query = url.searchParams.get('query');
      if (!query) return errorResponse(apiErrors.invalidSearch('The query parameter is required'));
      if (url.searchParams.get('filter[type]') !== 'ticket') {
        return errorResponse(apiErrors.invalidSearch('filter[type] is required and must be one of: ticket, organization, user, group'));
      }
      const size = Math.min(MAX_EXPORT_PAGE, Math.max(1, Number(url.searchParams.get('page[size]') ?? 100) || 100));
      const at = store.now().getTime();
      const order = store.ticketsByCreation();
      let start = 0;
      const after = url.searchParams.get('page[after]');
      if (after) {
        const state = decodeCursor(after);
        if (!state) return errorResponse(apiErrors.invalidSearch('The cursor (page[after]) is invalid'));
        if (at - state.t > CURSOR_TTL_MS) {
          return errorResponse(
            apiErrors.invalidSearch('The cursor (page[after]) has expired. Cursors are valid for one hour; start the export again.'),
          );
        }
        start = firstAfter(order, state.k);
      }
      const matches = compileQuery(query);
      const page: Ticket[] = [];
      let hasMore = false;
      for (let i = start; i < order.length; i++) {
        const ticket = order[i] as Ticket;
        if (!matches(ticket)) continue;
        if (page.length === size) {
          hasMore = true;
          break;
        }
        page.push(ticket);
      }
      const last = page[page.length - 1];
      const afterCursor = last ? encodeCursor({ t: at, k: key(last) }) : null;
      const next = new URL(url);
      if (afterCursor) next.searchParams.set('page[after]', afterCursor);
      return json({
        results: page.map(asResult),
        facets: null,
        meta: { has_more: hasMore, after_cursor: hasMore ? afterCursor : null, before_cursor: null },
        links: { next: hasMore ? next.toString() : null, prev: null },
      });
    }),
    /** `GET /api/v2/search/count`: how many tickets match, without the tickets. */
    ...route(store, 'get', '/api/v2/search/count', ({ url }) => {
      const query = url.searchParams.get('query');
      if (!query) return errorResponse(apiErrors.invalidSearch('The query parameter is required'));
      const matches = compileQuery(query);
      let count = 0;
      for (const ticket of store.tickets()) if (matches(ticket)) count++;
      return json({ count });
    }),
    /** Offset search, 100 a page, at most 1000 results reachable, newest update first. */
    ...route(store, 'get', '/api/v2/search', ({ url }) => {
      const query = url.searchParams.get('query');
      if (!query) return errorResponse(apiErrors.invalidSearch('The query parameter is required'));
      const perPage = Math.min(SEARCH_PAGE, Math.max(1, Number(url.searchParams.get('per_page') ?? SEARCH_PAGE) || SEARCH_PAGE));
      const pageNumber = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
      if (pageNumber * perPage > SEARCH_CAP) {
        return errorResponse({
          status: 422,
          body: { error: 'invalid', description: 'Requested response size was greater than Search Response Limits' },
        });
      }
      const matches = compileQuery(query);
      const all = store
        .tickets()
        .filter(matches)
        .sort((a, b) => Date.parse(b.updated_at) - Date.parse(a.updated_at) || b.id - a.id);
      const results = all.slice((pageNumber - 1) * perPage, pageNumber * perPage).map(asResult);
      const hasNext = pageNumber * perPage < Math.min(all.length, SEARCH_CAP);
      const link = (n: number) => {
        const target = new URL(url);
        target.searchParams.set('page', String(n));
        return target.toString();
      };
      return json({
        results,
        facets: null,
        count: all.length,
        next_page: hasNext ? link(pageNumber + 1) : null,
        previous_page: pageNumber > 1 ? link(pageNumber - 1) : null,
      });
    }),
  ];
}
