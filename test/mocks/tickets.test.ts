import { describe, expect, it } from 'vitest';
import { useZendesk } from './node-testing';
import { makeTicket, makeWorld } from './factories';
import type { Audit, Comment, Ticket } from './world';

const zd = useZendesk();
type TicketReply = { ticket: Ticket; audit: Audit };

describe('tickets', () => {
  it('serves a ticket with and without .json, and 404s an unknown one in Zendesk shape', async () => {
    zd.start();
    const plain = await zd.call<{ ticket: Ticket }>('/api/v2/tickets/1');
    const suffixed = await zd.call<{ ticket: Ticket }>('/api/v2/tickets/1.json');
    expect(plain.json.ticket.id).toBe(1);
    expect(suffixed.json).toEqual(plain.json);
    const missing = await zd.call('/api/v2/tickets/999.json');
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({ error: 'RecordNotFound', description: 'Not found' });
  });

  it('shows many tickets, skipping unknown ids', async () => {
    zd.start(makeWorld({ tickets: [makeTicket({ id: 1 }), makeTicket({ id: 2 })] }));
    const { json } = await zd.call<{ tickets: Ticket[]; count: number }>('/api/v2/tickets/show_many.json?ids=2,1,77');
    expect(json.tickets.map((t) => t.id)).toEqual([2, 1]);
  });

  it('rejects a stale stamp with 409 and accepts the fresh one', async () => {
    const store = zd.start();
    const stale = await zd.call('/api/v2/tickets/1.json', {
      method: 'PUT',
      body: {
        ticket: { safe_update: true, updated_stamp: '2020-01-01T00:00:00Z', custom_fields: [{ id: 9001, value: ['vc_say_it_plainly'] }] },
      },
    });
    expect(stale.status).toBe(409);
    expect(stale.json).toEqual({
      error: 'UpdateConflict',
      description: 'Safe Update prevented the update due to outdated ticket data. Please fetch the latest ticket data and try again.',
    });
    const before = store.ticket(1).updated_at;
    const fresh = await zd.call<TicketReply>('/api/v2/tickets/1.json', {
      method: 'PUT',
      body: { ticket: { safe_update: true, updated_stamp: before, custom_fields: [{ id: 9001, value: ['vc_say_it_plainly'] }] } },
    });
    expect(fresh.status).toBe(200);
    expect(Date.parse(fresh.json.ticket.updated_at)).toBeGreaterThan(Date.parse(before));
    // The old stamp is now stale.
    const again = await zd.call('/api/v2/tickets/1', { method: 'PUT', body: { ticket: { safe_update: 'true', updated_stamp: before } } });
    expect(again.status).toBe(409);
  });

  it('refuses to update a closed ticket with 422', async () => {
    zd.start(makeWorld({ tickets: [makeTicket({ id: 1, status: 'closed' })] }));
    const { status, json } = await zd.call('/api/v2/tickets/1', { method: 'PUT', body: { ticket: { tags: ['x'] } } });
    expect(status).toBe(422);
    expect(json).toEqual({
      error: 'RecordInvalid',
      description: 'Record validation errors',
      details: { status: [{ description: 'Status: closed prevents ticket update' }] },
    });
  });

  it('keeps multi-select options and tags in sync both ways', async () => {
    const store = zd.start(makeWorld({ tickets: [makeTicket({ id: 1, tags: ['billing'] })] }));
    await zd.call('/api/v2/tickets/1', {
      method: 'PUT',
      body: { ticket: { custom_fields: [{ id: 9001, value: ['vc_own_the_outcome', 'vc_make_it_effortless'] }] } },
    });
    expect(store.ticket(1).tags).toEqual(['billing', 'vc_own_the_outcome', 'vc_make_it_effortless']);
    await zd.call('/api/v2/tickets/1', {
      method: 'PUT',
      body: { ticket: { custom_fields: [{ id: 9001, value: ['vc_make_it_effortless'] }] } },
    });
    expect(store.ticket(1).tags).toEqual(['billing', 'vc_make_it_effortless']);
    await zd.call('/api/v2/tickets/1', { method: 'PUT', body: { ticket: { tags: ['billing', 'vc_say_it_plainly'] } } });
    expect(store.ticket(1).custom_fields.find((f) => f.id === 9001)?.value).toEqual(['vc_say_it_plainly']);
  });

  it('rejects unknown option tags with 422 details and changes nothing', async () => {
    const store = zd.start();
    const before = structuredClone(store.ticket(1));
    const { status, json } = await zd.call<{ error: string; details: Record<string, unknown[]> }>('/api/v2/tickets/1', {
      method: 'PUT',
      body: { ticket: { custom_fields: [{ id: 9001, value: ['vc_be_honest'] }] } },
    });
    expect(status).toBe(422);
    expect(json.error).toBe('RecordInvalid');
    expect(json.details['9001']).toEqual([
      { description: 'Values exemplified: vc_be_honest is not a valid option', error: 'InvalidValue' },
    ]);
    expect(store.ticket(1)).toEqual(before);
  });

  it('adds a comment authored by the current user and records an audit with Change events', async () => {
    const store = zd.start();
    store.setCurrentUserId(2);
    const { json } = await zd.call<TicketReply>('/api/v2/tickets/1', {
      method: 'PUT',
      body: { ticket: { comment: { body: 'Tagged: Own the outcome', public: false }, custom_fields: [{ id: 9002, value: '{"v":1}' }] } },
    });
    const comments = store.comments(1);
    const added = comments[comments.length - 1] as Comment;
    expect(added).toMatchObject({
      author_id: 2,
      public: false,
      body: 'Tagged: Own the outcome',
      plain_body: 'Tagged: Own the outcome',
      type: 'Comment',
    });
    expect(json.audit.author_id).toBe(2);
    expect(json.audit.events).toEqual([
      expect.objectContaining({ type: 'Comment', body: 'Tagged: Own the outcome', public: false }),
      expect.objectContaining({ type: 'Change', field_name: '9002', value: '{"v":1}', previous_value: null }),
    ]);
    expect(store.audits(1)).toEqual([json.audit]);
  });

  it('derives plain text from an html_body comment', async () => {
    const store = zd.start();
    await zd.call('/api/v2/tickets/1', {
      method: 'PUT',
      body: { ticket: { comment: { html_body: '<p>Hi <b>there</b></p>', public: false } } },
    });
    expect(store.comments(1).at(-1)).toMatchObject({ html_body: '<p>Hi <b>there</b></p>', plain_body: 'Hi there' });
  });

  it('bumps updated_at strictly even within one millisecond', async () => {
    const frozen = new Date('2026-11-22T12:00:00.000Z');
    const store = zd.start(makeWorld(), { now: () => frozen });
    const stamps: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { json } = await zd.call<TicketReply>('/api/v2/tickets/1', { method: 'PUT', body: { ticket: { tags: [`t${i}`] } } });
      stamps.push(json.ticket.updated_at);
    }
    const ms = stamps.map(Date.parse);
    expect(ms[1]).toBeGreaterThan(ms[0] ?? Infinity);
    expect(ms[2]).toBeGreaterThan(ms[1] ?? Infinity);
    expect(store.ticket(1).updated_at).toBe(stamps[2]);
  });

  it('pages comments with cursors', async () => {
    const store = zd.start();
    for (let i = 0; i < 5; i++) store.addComment(1, 3, `message ${i}`, true);
    type Page = { comments: Comment[]; meta: { has_more: boolean; after_cursor: string | null }; links: { next: string | null } };
    const first = await zd.call<Page>('/api/v2/tickets/1/comments.json?page[size]=4');
    expect(first.json.comments).toHaveLength(4);
    expect(first.json.meta.has_more).toBe(true);
    expect(first.json.links.next).toContain('page%5Bafter%5D=');
    const second = await zd.call<Page>(
      `/api/v2/tickets/1/comments.json?page[size]=4&page[after]=${encodeURIComponent(first.json.meta.after_cursor ?? '')}`,
    );
    expect(second.json.comments.map((c) => c.body)).toEqual(['message 2', 'message 3', 'message 4']);
    expect(second.json.meta.has_more).toBe(false);
    expect(second.json.links.next).toBeNull();
  });

  it('pages audits 100 at a time by default', async () => {
    const store = zd.start();
    for (let i = 0; i < 120; i++) store.addComment(1, 3, `m${i}`, true);
    type Page = { audits: Audit[]; meta: { has_more: boolean; after_cursor: string } };
    const first = await zd.call<Page>('/api/v2/tickets/1/audits.json?page[size]=100');
    expect(first.json.audits).toHaveLength(100);
    expect(first.json.meta.has_more).toBe(true);
    const rest = await zd.call<Page>(`/api/v2/tickets/1/audits.json?page[after]=${encodeURIComponent(first.json.meta.after_cursor)}`);
    expect(rest.json.audits).toHaveLength(20);
    expect(rest.json.meta.has_more).toBe(false);
  });

  it('answers 400 to a malformed update body', async () => {
    zd.start();
    for (const body of [{}, { ticket: 'x' }, { ticket: { tags: 'a b' } }, { ticket: { custom_fields: [1] } }]) {
      const { status, json } = await zd.call('/api/v2/tickets/1', { method: 'PUT', body });
      expect(status).toBe(400);
      expect(json).toMatchObject({ error: 'InvalidParameter' });
    }
  });

  it('derives the history of seeded record lines, and audits a direct write under its real author (issue 8 item 12)', async () => {
    const line = (e: string, by: number, at: string) =>
      JSON.stringify({ v: 1, e, op: 'add', tag: 'vc_say_it_plainly', by, at, reply: null });
    const record = [line('s1', 1, '2026-11-10T10:00:00Z'), line('s2', 2, '2026-11-11T10:00:00Z')].join('\n');
    const world = makeWorld({
      tickets: [makeTicket({ id: 1, custom_fields: [{ id: 9002, value: record }] })],
      comments: {},
    });
    const store = zd.start(world);
    const derived = store.audits(1).filter((a) => a.events.some((e) => e.field_name === '9002'));
    expect(derived.map((a) => [a.author_id, a.created_at, a.events[0]!.previous_value, a.events[0]!.value])).toEqual([
      [1, '2026-11-10T10:00:00Z', null, line('s1', 1, '2026-11-10T10:00:00Z')],
      [2, '2026-11-11T10:00:00Z', line('s1', 1, '2026-11-10T10:00:00Z'), record],
    ]);
    const forged = `${record}\n${line('f1', 2, '2026-11-01T10:00:00Z')}`;
    const result = store.writeAs(4, 1, { custom_fields: [{ id: 9002, value: forged }] });
    expect(result.ok).toBe(true);
    const { json } = await zd.call<{ audits: Audit[] }>('/api/v2/tickets/1/audits.json');
    const last = json.audits.at(-1)!;
    expect(last.author_id).toBe(4);
    expect(Math.abs(Date.parse(last.created_at) - store.now().getTime())).toBeLessThan(1000); // the store clock
    expect(last.events).toContainEqual(
      expect.objectContaining({ type: 'Change', field_name: '9002', previous_value: record, value: forged }),
    );
    expect(store.currentUserId()).toBe(world.currentUserId);
  });
});
