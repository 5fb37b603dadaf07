import { describe, expect, it } from 'vitest';
import world from '../../../test/fixtures/world.json';
import { useZendesk } from '../../../test/mocks/node-testing';
import type { World } from '../../../test/mocks/world';
import { createZendeskApi } from '../../adapters/zendesk-api/zendesk-api';
import { commitTagChange, TaggingError } from './commit-tag-change';
import { activeTags } from '../../domain/tagging/active-tags';
import { parseRecord } from '../../domain/tagging/tag-record';
import type { TagChange } from '../../domain/tagging/tag-change';
import { createNodePort, recordingPolicy } from '../../../test/support/node-port';

const zd = useZendesk();
const VALUES = 360010001;
const RECORD = 360010002;
const settings = { valuesFieldId: VALUES, recordFieldId: RECORD };
const taggingSettings = {
  taggerRoles: ['admin'],
  taggerGroupIds: [360003],
  agentsTagOwnReplies: false,
  tagging: { enabled: true as const },
};
/** World users: 361001 and 361002 are reviewers, 361003 is not, 361010 is an admin. */
const actorFor = (id: number) => ({
  user: { id, role: id === 361010 ? 'admin' : 'agent', groupIds: id === 361003 ? [360001] : [360003] },
  settings: taggingSettings,
});
type Request = Omit<Parameters<typeof commitTagChange>[1], 'actor'>;
const commit = (api: Parameters<typeof commitTagChange>[0], request: Request) =>
  commitTagChange(api, { ...request, actor: actorFor(request.change.by) });

function setUp() {
  const store = zd.start(world as unknown as World);
  const { policy } = recordingPolicy();
  return { store, api: createZendeskApi(createNodePort(), policy) };
}

let ids = 0;
const add = (tag: string, by = 361001, replyId: number | null = null): TagChange => ({
  op: 'add',
  adds: [{ tag, eventId: `t${++ids}` }],
  replyId,
  by,
  at: '2026-11-22T10:00:00.000Z',
});

const field = (ticket: { custom_fields: { id: number; value: unknown }[] }, id: number) =>
  ticket.custom_fields.find((f) => f.id === id)?.value;
const active = (ticket: { custom_fields: { id: number; value: unknown }[] }) =>
  activeTags(parseRecord(field(ticket, RECORD) as string | null).events).map((e) => e.tag);

describe('commitTagChange (the write path) against the test double', () => {
  it('costs one read and one write in the normal case, and writes the option tag and the record line', async () => {
    const { api, store } = setUp();
    const before = store.requests().length;
    await commit(api, { ticketId: 1002, change: add('vc_own_the_outcome'), settings });
    const calls = store
      .requests()
      .slice(before)
      .map((r) => `${r.method} ${r.status}`);
    expect(calls).toEqual(['GET 200', 'PUT 200']);
    const ticket = store.ticket(1002);
    expect(field(ticket, VALUES)).toContain('vc_own_the_outcome');
    expect(ticket.tags).toContain('vc_own_the_outcome');
    expect(active(ticket)).toEqual(['vc_own_the_outcome']);
  });

  it('keeps tags already on the ticket (another reviewer’s, and ones set by hand)', async () => {
    const { api, store } = setUp();
    const existing = field(store.ticket(1001), VALUES) as string[];
    expect(existing.length).toBeGreaterThan(0);
    await commit(api, { ticketId: 1001, change: add('vc_say_it_plainly'), settings });
    expect(field(store.ticket(1001), VALUES)).toEqual(expect.arrayContaining([...existing, 'vc_say_it_plainly']));
  });

  it('re-reads and merges after a 409: one extra read and write, nothing dropped', async () => {
    const { api, store } = setUp();
    store.fault({ method: 'PUT', path: '/api/v2/tickets/1002', status: 409, times: 1 });
    const before = store.requests().length;
    const result = await commit(api, { ticketId: 1002, change: add('vc_lead_with_empathy'), settings });
    expect(result.conflicts).toBe(1);
    expect(
      store
        .requests()
        .slice(before)
        .map((r) => `${r.method} ${r.status}`),
    ).toEqual(['GET 200', 'PUT 409', 'GET 200', 'PUT 200']);
    expect(active(store.ticket(1002))).toEqual(['vc_lead_with_empathy']);
  });

  it('two reviewers tagging at once both survive (a real stale stamp, not an injected fault)', async () => {
    const { api, store } = setUp();
    // Reviewer B saves between reviewer A's read and write: A's write is stale and gets a real 409.
    const apiB = createZendeskApi(createNodePort(), recordingPolicy().policy);
    const slowA = {
      ...api,
      getTicket: async (id: number) => {
        const ticket = await api.getTicket(id);
        if (!slowA.interleaved) {
          slowA.interleaved = true;
          store.setCurrentUserId(361002);
          await commit(apiB, { ticketId: 1002, change: add('vc_make_it_effortless', 361002), settings });
          store.setCurrentUserId(361001);
        }
        return ticket;
      },
      interleaved: false,
    };
    const result = await commit(slowA, { ticketId: 1002, change: add('vc_own_the_outcome'), settings });
    expect(result.conflicts).toBe(1);
    expect([...active(store.ticket(1002))].sort()).toEqual(['vc_make_it_effortless', 'vc_own_the_outcome']);
  });

  it('records a double save once', async () => {
    const { api, store } = setUp();
    const change = add('vc_own_the_outcome', 361001, 5000007);
    await commit(api, { ticketId: 1002, change, settings });
    const again = await commit(api, { ticketId: 1002, change, settings });
    expect(again.plan.noop).toBe(true);
    const second = await commit(api, { ticketId: 1002, change: add('vc_own_the_outcome', 361001, 5000007), settings });
    expect(second.plan.noop).toBe(true);
    expect(active(store.ticket(1002))).toEqual(['vc_own_the_outcome']);
  });

  it('refuses a closed ticket plainly, before writing', async () => {
    const { api, store } = setUp();
    const before = store.requests().length;
    await expect(commit(api, { ticketId: 1016, change: add('vc_own_the_outcome'), settings })).rejects.toEqual(
      new TaggingError('tagging.closed-ticket'),
    );
    expect(
      store
        .requests()
        .slice(before)
        .map((r) => r.method),
    ).toEqual(['GET']);
  });

  it('refuses someone outside the tagger roles and groups before writing anything', async () => {
    const { api, store } = setUp();
    const before = store.requests().length;
    await expect(commit(api, { ticketId: 1002, change: add('vc_own_the_outcome', 361003), settings })).rejects.toMatchObject({
      code: 'tagging.denied',
      reason: 'tagging.denied.not-a-tagger',
    });
    expect(
      store
        .requests()
        .slice(before)
        .map((r) => r.method),
    ).toEqual(['GET']);
  });

  it('refuses tagging one’s own reply even when replayed without the reply at hand', async () => {
    const { api } = setUp();
    const own = { ...(add('vc_own_the_outcome', 361003, 5000007) as Extract<TagChange, { op: 'add' }>), replyAuthorId: 361003 };
    const asReviewer = { user: { id: 361003, role: 'agent', groupIds: [360003] }, settings: taggingSettings };
    await expect(commitTagChange(api, { ticketId: 1002, change: own, settings, actor: asReviewer })).rejects.toMatchObject({
      reason: 'tagging.denied.own-reply',
    });
  });

  it('adds the private note in the same write', async () => {
    const { api, store } = setUp();
    const comments = store.comments(1002).length;
    await commit(api, { ticketId: 1002, change: add('vc_own_the_outcome'), settings, privateNote: 'Priya tagged: Own the outcome.' });
    const added = store.comments(1002).slice(comments);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ public: false, author_id: 361001 });
  });

  it('writes only the multi-select field when no record field is configured', async () => {
    const { api, store } = setUp();
    const record = field(store.ticket(1002), RECORD);
    await commit(api, { ticketId: 1002, change: add('vc_own_the_outcome'), settings: { valuesFieldId: VALUES, recordFieldId: null } });
    expect(field(store.ticket(1002), VALUES)).toContain('vc_own_the_outcome');
    expect(field(store.ticket(1002), RECORD)).toEqual(record);
  });

  it('removes a tag by its event, and the option leaves the field only when no other tag holds it', async () => {
    const { api, store } = setUp();
    await commit(api, { ticketId: 1002, change: add('vc_own_the_outcome', 361001, 5000007), settings });
    await commit(api, { ticketId: 1002, change: add('vc_own_the_outcome', 361002, 5000007), settings });
    const [first, second] = activeTags(parseRecord(field(store.ticket(1002), RECORD) as string).events);
    const remove = (ref: string, by: number): TagChange => ({
      op: 'remove',
      removes: [{ tag: 'vc_own_the_outcome', ref, eventId: `r${++ids}` }],
      by,
      at: '2026-11-22T11:00:00.000Z',
    });
    await commit(api, { ticketId: 1002, change: remove(first!.e, first!.by), settings });
    expect(field(store.ticket(1002), VALUES)).toContain('vc_own_the_outcome');
    // Priya may not remove Marco's tag; Marco (or an admin) may.
    await expect(commit(api, { ticketId: 1002, change: remove(second!.e, 361001), settings })).rejects.toMatchObject({
      code: 'tagging.denied',
    });
    await commit(api, { ticketId: 1002, change: remove(second!.e, second!.by), settings });
    expect(field(store.ticket(1002), VALUES)).not.toContain('vc_own_the_outcome');
    expect(store.ticket(1002).tags).not.toContain('vc_own_the_outcome');
  });
});

describe('commitTagChange refuses what the stored change cannot prove (issue 8, item 11)', () => {
  const asPriya = actorFor(361001);

  it('refuses a change signed as someone else, before writing', async () => {
    const { api, store } = setUp();
    const forged = add('vc_own_the_outcome', 361010);
    await expect(commitTagChange(api, { ticketId: 1002, change: forged, settings, actor: asPriya })).rejects.toMatchObject({
      code: 'tagging.forged',
      reason: 'tagging.forged.tagger',
    });
    expect(store.requests().filter((r) => r.method === 'PUT')).toEqual([]);
  });

  it('refuses a reply that is not on the ticket, and a credited author who did not write it', async () => {
    const { api } = setUp();
    await expect(
      commitTagChange(api, { ticketId: 1002, change: add('vc_own_the_outcome', 361001, 5000001), settings, actor: asPriya }),
    ).rejects.toMatchObject({ reason: 'tagging.forged.reply-missing' });
    const credited = { ...(add('vc_own_the_outcome', 361001, 5000007) as Extract<TagChange, { op: 'add' }>), replyAuthorId: 361002 };
    await expect(commitTagChange(api, { ticketId: 1002, change: credited, settings, actor: asPriya })).rejects.toMatchObject({
      reason: 'tagging.forged.reply-author',
    });
  });

  it('checks the own-reply rule with the real author, whatever the stored change says', async () => {
    const { api } = setUp();
    const jordan = { user: { id: 361003, role: 'agent', groupIds: [360003] }, settings: taggingSettings };
    // Jordan's own reply, with the stored author edited to someone else: refused as forged, not written.
    const disguised = { ...(add('vc_own_the_outcome', 361003, 5000007) as Extract<TagChange, { op: 'add' }>), replyAuthorId: 361004 };
    await expect(commitTagChange(api, { ticketId: 1002, change: disguised, settings, actor: jordan })).rejects.toMatchObject({
      code: 'tagging.forged',
    });
    // Without the stored author, the real one is read and the rule applies.
    const bare = add('vc_own_the_outcome', 361003, 5000007);
    await expect(commitTagChange(api, { ticketId: 1002, change: bare, settings, actor: jordan })).rejects.toMatchObject({
      reason: 'tagging.denied.own-reply',
    });
  });

  it('writes the real reply author and the send time, not what was stored', async () => {
    const { api, store } = setUp();
    const backdated = { ...add('vc_own_the_outcome', 361001, 5000007), at: '2020-01-01T00:00:00.000Z' };
    await commitTagChange(api, {
      ticketId: 1002,
      change: backdated,
      settings,
      actor: asPriya,
      now: () => new Date('2026-11-22T12:00:00Z'),
    });
    const line = JSON.parse(
      String(field(store.ticket(1002), RECORD))
        .split('\n')
        .at(-1)!,
    ) as Record<string, unknown>;
    expect(line).toMatchObject({ by: 361001, author: 361003, at: '2026-11-22T12:00:00.000Z' });
  });
});

describe('commitTagChange tells each failure for what it is (issue 8, items 5 and 6)', () => {
  it.each([
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [413, 'too-large'],
    [422, 'invalid-option'],
  ] as const)('a %i on the write is %s', async (status, kind) => {
    const { api, store } = setUp();
    store.fault({ method: 'PUT', status, times: 1 });
    await expect(commit(api, { ticketId: 1002, change: add('vc_own_the_outcome'), settings })).rejects.toMatchObject({ kind });
  });

  it('a deleted ticket is named as such', async () => {
    const { api, store } = setUp();
    store.deleteTicket(1002);
    await expect(commit(api, { ticketId: 1002, change: add('vc_own_the_outcome'), settings })).rejects.toEqual(
      new TaggingError('tagging.ticket-deleted'),
    );
  });

  it('does not say saved when Zendesk’s answer does not hold the change', async () => {
    const { api } = setUp();
    const ignoring = { ...api, updateTicketSafely: async (id: number) => api.getTicket(id) };
    await expect(commit(ignoring, { ticketId: 1002, change: add('vc_own_the_outcome'), settings })).rejects.toMatchObject({
      code: 'tagging.not-written',
    });
  });

  it('writes nothing to a values field id that points nowhere, or to a field of the wrong type', async () => {
    const { api, store } = setUp();
    for (const valuesFieldId of [999_999, 360010003]) {
      await expect(
        commit(api, { ticketId: 1001, change: add('vc_own_the_outcome'), settings: { valuesFieldId, recordFieldId: RECORD } }),
      ).rejects.toMatchObject({ code: 'tagging.values-field-unusable' });
    }
    expect(store.requests().filter((r) => r.method === 'PUT')).toEqual([]);
  });
});
