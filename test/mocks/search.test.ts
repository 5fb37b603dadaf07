import { describe, expect, it } from 'vitest';
import { useZendesk } from './node-testing';
import { createClock, generateTaggedTickets, makeTicket, makeWorld } from './factories';
import type { Ticket, World } from './world';
import seedWorld from '../fixtures/world.json';

const zd = useZendesk();
type ExportPage = {
  results: (Ticket & { result_type: string })[];
  meta: { has_more: boolean; after_cursor: string | null };
  links: { next: string | null; prev: null };
};

function exportUrl(query: string, size?: number, after?: string | null): string {
  const params = new URLSearchParams({ query, 'filter[type]': 'ticket' });
  if (size !== undefined) params.set('page[size]', String(size));
  if (after) params.set('page[after]', after);
  return `/api/v2/search/export.json?${params}`;
}

function bigWorld(n: number) {
  const tickets = generateTaggedTickets(n, {
    valuesFieldId: 9001,
    recordFieldId: 9002,
    tags: ['vc_own_the_outcome', 'vc_say_it_plainly'],
    userIds: [1, 2],
    groupIds: [10],
    seed: 7,
    firstId: 1000,
  });
  return makeWorld({ tickets, comments: {} });
}

describe('search export', () => {
  it('pages through every match in created_at order and ends with has_more false', async () => {
    zd.start(bigWorld(2500));
    const seen: number[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { json }: { json: ExportPage } = await zd.call<ExportPage>(exportUrl('type:ticket', 1000, after));
      pages++;
      seen.push(...json.results.map((t) => t.id));
      expect(json.links.prev).toBeNull();
      if (json.meta.has_more) expect(json.links.next).toContain('page%5Bafter%5D');
      else expect(json.links.next).toBeNull();
      after = json.meta.has_more ? json.meta.after_cursor : null;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(2500);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('caps page size at 1000', async () => {
    zd.start(bigWorld(1200));
    const { json } = await zd.call<ExportPage>(exportUrl('', 5000).replace('query=', 'query=type%3Aticket'));
    expect(json.results).toHaveLength(1000);
    expect(json.results[0]?.result_type).toBe('ticket');
  });

  it('requires filter[type] and a query', async () => {
    zd.start();
    const noType = await zd.call('/api/v2/search/export.json?query=tags:x');
    expect(noType.status).toBe(400);
    expect(noType.json).toMatchObject({ error: 'invalid' });
    expect((await zd.call('/api/v2/search/export.json?filter[type]=ticket')).status).toBe(400);
  });

  it('rejects a cursor older than one hour on the store clock', async () => {
    const clock = createClock();
    zd.start(bigWorld(30), { now: clock.now });
    const first = await zd.call<ExportPage>(exportUrl('type:ticket', 10));
    clock.advance(59 * 60 * 1000);
    const ok = await zd.call<ExportPage>(exportUrl('type:ticket', 10, first.json.meta.after_cursor));
    expect(ok.status).toBe(200);
    clock.advance(61 * 60 * 1000);
    const expired = await zd.call(exportUrl('type:ticket', 10, ok.json.meta.after_cursor));
    expect(expired.status).toBe(400);
    expect(expired.json).toMatchObject({ error: 'invalid' });
    expect(String(expired.json.description)).toMatch(/expired/);
    expect((await zd.call(exportUrl('type:ticket', 10, 'garbage!'))).status).toBe(400);
  });

  it('supports the query subset', async () => {
    const t = (id: number, extra: Partial<Ticket>) =>
      makeTicket({
        id,
        created_at: `2026-11-${String(id).padStart(2, '0')}T10:00:00Z`,
        updated_at: `2026-11-${String(id).padStart(2, '0')}T12:00:00Z`,
        ...extra,
      });
    zd.start(
      makeWorld({
        tickets: [
          t(1, {
            tags: ['vc_own_the_outcome'],
            custom_fields: [{ id: 9001, value: ['vc_own_the_outcome'] }],
            status: 'solved',
            group_id: 10,
          }),
          t(2, {
            tags: ['vc_say_it_plainly'],
            custom_fields: [{ id: 9001, value: ['vc_say_it_plainly'] }],
            status: 'open',
            group_id: 11,
            assignee_id: 4,
          }),
          t(3, { subject: 'Refund please', tags: ['billing'], status: 'closed', group_id: 10 }),
          t(4, { description: 'The app crashes on login', status: 'pending', group_id: 11 }),
        ],
      }),
    );
    const ids = async (query: string) => (await zd.call<ExportPage>(exportUrl(query))).json.results.map((r) => r.id);
    expect(await ids('custom_field_9001:vc_own_the_outcome')).toEqual([1]);
    expect(await ids('custom_field_9001:vc_own_the_outcome custom_field_9001:vc_say_it_plainly')).toEqual([1, 2]);
    expect(await ids('tags:billing')).toEqual([3]);
    expect(await ids('status:open status:pending')).toEqual([2, 4]);
    expect(await ids('group_id:11')).toEqual([2, 4]);
    expect(await ids('group:10 status:solved')).toEqual([1]);
    expect(await ids('assignee_id:4')).toEqual([2]);
    expect(await ids('updated>=2026-11-02 updated<=2026-11-03')).toEqual([2, 3]);
    expect(await ids('created>2026-11-02')).toEqual([3, 4]);
    expect(await ids('created<2026-11-02')).toEqual([1]);
    expect(await ids('type:ticket refund')).toEqual([3]);
    expect(await ids('crashes')).toEqual([4]);
    expect(await ids('"on login"')).toEqual([4]);
    expect(await ids('-tags:billing group:10')).toEqual([1]);
  });

  it('serves large pages from a 100k-ticket store without copying it', async () => {
    const store = zd.start(bigWorld(100_000), { copy: false });
    const started = performance.now();
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const page: { json: ExportPage } = await zd.call<ExportPage>(exportUrl('custom_field_9001:vc_say_it_plainly', 1000, after));
      expect(page.json.results).toHaveLength(1000);
      after = page.json.meta.after_cursor;
    }
    expect(store.tickets()).toHaveLength(100_000);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('offset search', () => {
  it('pages by 100 and refuses beyond 1000 results', async () => {
    zd.start(bigWorld(1500));
    type Page = { results: Ticket[]; count: number; next_page: string | null };
    const first = await zd.call<Page>('/api/v2/search.json?query=type:ticket');
    expect(first.json.results).toHaveLength(100);
    expect(first.json.count).toBe(1500);
    expect(first.json.next_page).toContain('page=2');
    const last = await zd.call<Page>('/api/v2/search.json?query=type:ticket&page=10');
    expect(last.json.next_page).toBeNull();
    expect((await zd.call('/api/v2/search.json?query=type:ticket&page=11')).status).toBe(422);
  });
});

describe('search count', () => {
  it('counts tickets by satisfaction within a date range', async () => {
    const store = zd.start(seedWorld as unknown as World);
    const expected = store.tickets().filter((t) => t.satisfaction_rating?.score === 'good').length;
    expect(expected).toBeGreaterThan(0);
    const { status, json } = await zd.call<{ count: number }>('/api/v2/search/count?query=type%3Aticket%20satisfaction%3Agood');
    expect(status).toBe(200);
    expect(json.count).toBe(expected);
  });
});
