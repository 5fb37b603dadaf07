import fc from 'fast-check';
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createClock, makeTicket, makeWorld } from './factories';
import { createZendeskStore } from './store';
import type { Ticket } from './world';

type Page = { results: Ticket[]; meta: { has_more: boolean; after_cursor: string | null } };

/** Property: however the export is paged, the pages concatenate to every match exactly once, in order. */
describe('search export paging (property)', () => {
  it('returns each matching ticket once, ordered by created_at then id', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ minute: fc.integer({ min: 0, max: 50 }), tagged: fc.boolean() }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 12 }),
        async (specs, size) => {
          const tickets = specs.map((s, i) =>
            makeTicket({
              id: i + 1,
              created_at: new Date(Date.UTC(2026, 10, 1, 0, s.minute)).toISOString(),
              tags: s.tagged ? ['hot'] : [],
            }),
          );
          const store = createZendeskStore(makeWorld({ tickets, comments: {} }), { now: createClock().now });
          const seen: number[] = [];
          let after: string | null = null;
          for (let guard = 0; guard < 100; guard++) {
            const params = new URLSearchParams({ query: 'tags:hot', 'filter[type]': 'ticket', 'page[size]': String(size) });
            if (after) params.set('page[after]', after);
            const response = await getResponse(store.handlers(), new Request(`https://x.zendesk.com/api/v2/search/export?${params}`));
            const page = (await response?.json()) as Page;
            expect(page.results.length).toBeLessThanOrEqual(size);
            seen.push(...page.results.map((t) => t.id));
            if (!page.meta.has_more) break;
            after = page.meta.after_cursor;
          }
          const expected = tickets
            .filter((t) => t.tags.includes('hot'))
            .sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id)
            .map((t) => t.id);
          expect(seen).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });
});
