import { describe, expect, it } from 'vitest';
import world from '../../../test/fixtures/world.json';
import { useZendesk } from '../../../test/mocks/node-testing';
import type { World } from '../../../test/mocks/world';
import { createZendeskApi } from './zendesk-api';
import { ApiError } from './api-error';
import { createNodePort, recordingPolicy } from '../../../test/support/node-port';
import { forgeRecordLine } from '../../../test/mocks/forge';

const zd = useZendesk();
const seed = world as unknown as World;

function setUp() {
  const store = zd.start(seed);
  const { waits, policy } = recordingPolicy();
  const api = createZendeskApi(createNodePort(), policy);
  return { store, api, waits };
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('Zendesk REST adapter against the test double', () => {
  it('reads a ticket, its comments and their authors in Zendesk shapes', async () => {
    const { api } = setUp();
    const ticket = await api.getTicket(1008);
    expect(ticket.custom_fields.length).toBeGreaterThan(0);
    const { comments, truncated } = await api.getComments(1008);
    expect(comments).toHaveLength(44);
    expect(truncated).toBe(false);
    const users = await api.getUsers(comments.map((c) => c.author_id));
    expect(new Set(users.map((u) => u.id))).toEqual(new Set(comments.map((c) => c.author_id)));
  });

  it('answers a stale updated_stamp with a conflict, and a fresh one with the saved ticket', async () => {
    const { api } = setUp();
    const ticket = await api.getTicket(1002);
    const field = { id: 360010001, value: ['vc_own_the_outcome'] };
    const saved = await api.updateTicketSafely(1002, { custom_fields: [field] }, ticket.updated_at);
    expect(saved.tags).toContain('vc_own_the_outcome');
    const stale = await failure(api.updateTicketSafely(1002, { custom_fields: [field] }, ticket.updated_at));
    expect(stale.kind).toBe('conflict');
  });

  it('waits exactly Retry-After on a 429, then succeeds', async () => {
    const { api, store, waits } = setUp();
    store.fault({ method: 'GET', path: '/api/v2/tickets/1002', status: 429, retryAfter: 7, times: 2 });
    await expect(api.getTicket(1002)).resolves.toMatchObject({ id: 1002 });
    expect(waits).toEqual([7000, 7000]);
  });

  it('backs off on 5xx and gives up with a typed error after the retries', async () => {
    const { api, store, waits } = setUp();
    store.fault({ method: 'GET', path: '/api/v2/tickets/1002', status: 500, times: 2 });
    await expect(api.getTicket(1002)).resolves.toMatchObject({ id: 1002 });
    expect(waits).toEqual([500, 1000]);
    store.fault({ method: 'GET', path: '/api/v2/tickets/1002', status: 500, times: 10 });
    expect((await failure(api.getTicket(1002))).kind).toBe('server');
  });

  it('reports offline at once, without retrying', async () => {
    const { api, store, waits } = setUp();
    store.fault({ path: '/api/v2/tickets/1002', offline: true, times: 1 });
    expect((await failure(api.getTicket(1002))).kind).toBe('offline');
    expect(waits).toEqual([]);
  });

  it('recognises the closed-ticket refusal', async () => {
    const { api } = setUp();
    const ticket = await api.getTicket(1016);
    const error = await failure(api.updateTicketSafely(1016, { custom_fields: [{ id: 360010001, value: [] }] }, ticket.updated_at));
    expect(error.kind).toBe('closed-ticket');
  });

  it('creates a field option only for admins', async () => {
    const { api, store } = setUp();
    expect((await failure(api.createFieldOption(360010001, { name: 'Be honest', value: 'vc_be_honest' }))).kind).toBe('forbidden');
    store.setCurrentUserId(361010);
    await expect(api.createFieldOption(360010001, { name: 'Be honest', value: 'vc_be_honest' })).resolves.toMatchObject({
      value: 'vc_be_honest',
    });
  });

  it('pages through search export with cursors', async () => {
    const { api } = setUp();
    const first = await api.searchExportPage('custom_field_360010001:vc_lead_with_empathy', null, 1);
    expect(first.results).toHaveLength(1);
    expect(first.meta?.has_more).toBe(true);
    const second = await api.searchExportPage('custom_field_360010001:vc_lead_with_empathy', first.meta!.after_cursor!, 1);
    expect(second.results[0]!.id).not.toBe(first.results[0]!.id);
  });

  it("reads a ticket's audits: who wrote which field and when, waiting out a 429", async () => {
    const { api, store, waits } = setUp();
    const before = (await api.getAudits(1002)).length;
    forgeRecordLine(
      store,
      1002,
      361010,
      { e: 'forged1', tag: 'vc_own_the_outcome', by: 361002, at: '2026-01-01T00:00:00Z', reply: null },
      {
        valuesFieldId: 360010001,
        recordFieldId: 360010002,
      },
    );
    store.fault({ method: 'GET', path: '/api/v2/tickets/1002/audits', status: 429, retryAfter: 3, times: 1 });
    const audits = await api.getAudits(1002);
    expect(waits).toEqual([3000]);
    expect(audits).toHaveLength(before + 1);
    const last = audits.at(-1)!;
    expect(last.author_id).toBe(361010);
    expect(Date.parse(last.created_at)).toBeGreaterThan(Date.parse('2026-01-02T00:00:00Z'));
    const change = last.events.find((e) => e.field_name === '360010002');
    expect(String(change?.value)).toContain('"forged1"');
  });

  it('refuses an audits body of another shape with an error that names it', async () => {
    const answer = (body: unknown) => createZendeskApi({ request: async () => ({ status: 200, body, headers: {} }) });
    const event = { id: 2, type: 'Change', field_name: 360010002, value: 'x' };
    const wrongField = await failure(
      answer({ audits: [{ id: 1, author_id: 5, created_at: '2026-11-20T10:00:00Z', events: [event] }] }).getAudits(1),
    );
    expect(wrongField.message).toMatch(/field_name/);
    const error = await failure(answer({ audits: [{ id: 1, author_id: 'x' }] }).getAudits(1002));
    expect(error.kind).toBe('unexpected');
    expect(error.message).toMatch(/audits.*unexpected shape/);
  });
});
