import { describe, expect, it } from 'vitest';
import { useZendesk } from '../../../test/mocks/node-testing';
import { makeWorld } from '../../../test/mocks/factories';
import { createNodePort, recordingPolicy } from '../../../test/support/node-port';
import { USAGE_OBJECT } from '../../domain/suggest-llm/usage-records';
import { createCustomObjectRecordsApi } from './custom-object-records';
import { createModelUsageCounter, UsageCountError } from './model-usage-counter';

const zd = useZendesk();
const now = new Date('2026-12-01T10:00:00Z');

async function setUp(withObject = true) {
  // The admin (user 2) creates the object; agents (user 1 and 3) count their requests.
  const store = zd.start(makeWorld({ currentUserId: 2 }));
  const counter = createModelUsageCounter(createCustomObjectRecordsApi(createNodePort(), recordingPolicy().policy));
  if (withObject) expect(await counter.ready(true)).toBe(true);
  store.setCurrentUserId(1);
  return { store, counter };
}

describe('the account-wide count of model requests', () => {
  it('counts every agent’s requests against one daily cap, each agent writing only their own slot', async () => {
    const { store, counter } = await setUp();
    expect(await counter.claim(1, now, 3)).toBe('counted');
    expect(await counter.claim(1, now, 3)).toBe('counted');
    // Another agent, in another browser: the count is the account's, not the browser's.
    store.setCurrentUserId(2);
    expect(await counter.claim(2, now, 3)).toBe('counted');
    expect(await counter.claim(2, now, 3)).toBe('cap-reached');
    store.setCurrentUserId(1);
    expect(await counter.claim(1, now, 3)).toBe('cap-reached');
    expect(await counter.claim(1, now, 0)).toBe('counted');
    expect(await counter.ledger()).toEqual({ '2026-12-01': 4 });
    const records = store.records(USAGE_OBJECT);
    expect(records).toHaveLength(2);
    expect(records.map((r) => r.updated_by_user_id).sort()).toEqual(['1', '2']);
  });

  it('starts each day at zero, and reuses a weekday’s slot a week later', async () => {
    const { store, counter } = await setUp();
    await counter.claim(1, now, 0);
    await counter.claim(1, new Date('2026-12-02T10:00:00Z'), 0);
    expect(await counter.claim(1, new Date('2026-12-08T10:00:00Z'), 1)).toBe('counted');
    expect(await counter.ledger()).toEqual({ '2026-12-02': 1, '2026-12-08': 1 });
    expect(store.records(USAGE_OBJECT)).toHaveLength(2);
  });

  it('says "missing" when the object does not exist, and "unavailable" when Zendesk cannot be asked', async () => {
    const { store, counter } = await setUp(false);
    expect(await counter.ready(false)).toBe(false);
    await expect(counter.claim(1, now, 5)).rejects.toMatchObject({ reason: 'missing' });
    store.setCurrentUserId(2);
    await counter.ready(true);
    store.setCurrentUserId(1);
    store.fault({ method: 'POST', path: `/api/v2/custom_objects/${USAGE_OBJECT}/records/search`, status: 500, times: 10 });
    const error = await counter.claim(1, now, 5).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageCountError);
    expect(error).toMatchObject({ reason: 'unavailable' });
  });
});
