import { describe, expect, it } from 'vitest';
import { useZendesk } from '../../../test/mocks/node-testing';
import { makeWorld } from '../../../test/mocks/factories';
import { createNodePort, recordingPolicy } from '../../../test/support/node-port';
import { ApiError } from './api-error';
import { createCustomObjectRecordsApi, type CustomObjectRecordsApi } from './custom-object-records';

const zd = useZendesk();
const KEY = 'team_note';

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

/** An account with one object (`team_note`: text `topic`, textarea `body`, checkbox `hidden`), as an admin would set it up. */
async function setUp() {
  const store = zd.start(makeWorld({ currentUserId: 2 }));
  const { waits, policy } = recordingPolicy();
  const api = createCustomObjectRecordsApi(createNodePort(), policy);
  await api.createObject({ key: KEY, title: 'Team note', title_pluralized: 'Team notes' });
  await api.createField(KEY, { key: 'topic', type: 'text', title: 'Topic' });
  await api.createField(KEY, { key: 'body', type: 'textarea', title: 'Body' });
  await api.createField(KEY, { key: 'hidden', type: 'checkbox', title: 'Hidden' });
  store.setCurrentUserId(1);
  return { store, api, waits };
}

async function allPages(api: CustomObjectRecordsApi, load: (cursor: string | null) => ReturnType<CustomObjectRecordsApi['list']>) {
  const ids: string[] = [];
  let cursor: string | null = null;
  let requests = 0;
  do {
    const page = await load(cursor);
    requests++;
    ids.push(...page.records.map((r) => r.id));
    cursor = page.next;
  } while (cursor);
  return { ids, requests };
}

describe('custom object records adapter against the test double', () => {
  it('creates, reads, updates and deletes a record in Zendesk shapes, as an agent', async () => {
    const { api, store } = await setUp();
    const created = await api.create(KEY, { name: 'First', externalId: 'n-1', fields: { topic: 'Trust', body: 'Line one\nline two' } });
    expect(created).toMatchObject({ name: 'First', external_id: 'n-1', custom_object_key: KEY, created_by_user_id: '1' });
    expect(created.id).toMatch(/^[0-9A-Z]{26}$/);
    expect(await api.get(KEY, created.id)).toEqual(created);
    const updated = await api.update(KEY, created.id, { fields: { hidden: true } });
    expect(updated.custom_object_fields).toEqual({ topic: 'Trust', body: 'Line one\nline two', hidden: true });
    expect(updated.updated_at > created.updated_at).toBe(true);
    await api.delete(KEY, created.id);
    expect(store.records(KEY)).toEqual([]);
    expect((await failure(api.get(KEY, created.id))).kind).toBe('not-found');
  });

  it('upserts by external id: a retried create updates the one record instead of adding a second', async () => {
    const { api, store } = await setUp();
    const first = await api.upsertByExternalId(KEY, 'note-42', { name: 'Note', fields: { body: 'v1' } });
    const again = await api.upsertByExternalId(KEY, 'note-42', { name: 'Note', fields: { body: 'v2' } });
    expect(again.id).toBe(first.id);
    expect(store.records(KEY)).toHaveLength(1);
    expect(store.records(KEY)[0]?.custom_object_fields.body).toBe('v2');
    expect(await api.deleteByExternalId(KEY, 'note-42')).toBe(true);
    expect(await api.deleteByExternalId(KEY, 'note-42')).toBe(false);
  });

  it('pages 250 records in cursor pages of 100 with no record twice, even when records are added meanwhile', async () => {
    const { api, store } = await setUp();
    for (let i = 0; i < 250; i++)
      store.customObjects.createRecord(KEY, { name: `n${i}`, custom_object_fields: { topic: i % 2 ? 'odd' : 'even' } });
    let added = false;
    const { ids, requests } = await allPages(api, async (cursor) => {
      const page = await api.list(KEY, { sort: '-id', cursor });
      if (!added) {
        added = true;
        await api.create(KEY, { name: 'late', fields: {} });
      }
      return page;
    });
    expect(requests).toBe(3);
    expect(new Set(ids).size).toBe(250);
    expect(ids).toEqual([...ids].sort().reverse());
  });

  it('searches with $and / $or filters and sorts, paged', async () => {
    const { api } = await setUp();
    for (let i = 0; i < 30; i++)
      await api.create(KEY, { name: `n${i}`, fields: { topic: i % 3 === 0 ? 'trust' : 'care', hidden: i === 3 } });
    const filter = { $and: [{ 'custom_object_fields.topic': { $eq: 'trust' } }, { 'custom_object_fields.hidden': { $noteq: true } }] };
    const { ids } = await allPages(api, (cursor) => api.search(KEY, { filter, sort: '-created_at', pageSize: 4, cursor }));
    expect(ids).toHaveLength(9);
    const either = await api.search(KEY, { filter: { $or: [{ name: { $eq: 'n1' } }, { name: { $eq: 'n2' } }] } });
    expect(either.records.map((r) => r.name).sort()).toEqual(['n1', 'n2']);
    const bad = await failure(api.search(KEY, { filter: { 'custom_object_fields.topic': { $like: 'x' } } }));
    expect(bad.status).toBe(400);
  });

  it('answers Zendesk errors: 404 object, 403 for agents creating objects, 422 for unknown or wrong fields and oversize records', async () => {
    const { api } = await setUp();
    expect(await api.getObject('nope')).toBeNull();
    expect((await failure(api.create('nope', { name: 'x' }))).kind).toBe('not-found');
    expect((await failure(api.createObject({ key: 'other', title: 'O', title_pluralized: 'Os' }))).kind).toBe('forbidden');
    expect((await failure(api.create(KEY, { name: 'x', fields: { colour: 'red' } }))).status).toBe(422);
    expect((await failure(api.create(KEY, { name: 'x', fields: { hidden: 'yes' } }))).status).toBe(422);
    expect((await failure(api.create(KEY, { name: 'x', fields: { topic: 'a\nb' } }))).status).toBe(422);
    expect((await failure(api.create(KEY, { name: 'x', fields: { body: 'x'.repeat(40_000) } }))).status).toBe(422);
    expect((await failure(api.create(KEY, { name: '' }))).status).toBe(422);
    await api.create(KEY, { name: 'x', externalId: 'dup' });
    expect((await failure(api.create(KEY, { name: 'y', externalId: 'dup' }))).status).toBe(422);
  });

  it('waits out 429 and 5xx like the tickets API, and reports offline at once', async () => {
    const { api, store, waits } = await setUp();
    store.fault({ path: '/api/v2/custom_objects', status: 429, retryAfter: 7 });
    store.fault({ path: '/api/v2/custom_objects', status: 500 });
    const record = await api.create(KEY, { name: 'x' });
    expect(waits).toEqual([7000, 1000]);
    expect(store.records(KEY).map((r) => r.id)).toEqual([record.id]);
    store.fault({ path: '/api/v2/custom_objects', offline: true });
    expect((await failure(api.count(KEY))).kind).toBe('offline');
    expect(await api.count(KEY)).toBe(1);
  });

  it('lists fields and filters the list by external ids', async () => {
    const { api } = await setUp();
    expect((await api.listFields(KEY)).map((f) => f.key)).toEqual(['topic', 'body', 'hidden']);
    await api.create(KEY, { name: 'a', externalId: 'a' });
    await api.create(KEY, { name: 'b', externalId: 'b' });
    expect((await api.list(KEY, { externalIds: ['b'] })).records.map((r) => r.name)).toEqual(['b']);
  });
});
