import { describe, expect, it, vi } from 'vitest';
import world from '../../test/fixtures/world.json';
import { useZendesk } from '../../test/mocks/node-testing';
import type { World } from '../../test/mocks/world';
import { createNodePort } from '../../test/support/node-port';
import { ApiError } from '../adapters/zendesk-api/api-error';
import type { RetryNotice } from '../adapters/zendesk-api/send';
import { createLazyZendeskApi } from './lazy-zendesk-api';

const zd = useZendesk();

describe('the REST client loaded on its first call', () => {
  it('answers as the client it loads, typed errors included, with one request per call', async () => {
    const store = zd.start(world as unknown as World);
    const api = createLazyZendeskApi(createNodePort());
    expect(store.requests()).toEqual([]);
    await expect(api.getTicket(1002)).resolves.toMatchObject({ id: 1002 });
    const [ticket, comments] = await Promise.all([api.getTicket(1008), api.getComments(1008)]);
    expect(ticket.id).toBe(1008);
    expect(comments.comments).toHaveLength(44);
    expect(
      store
        .requests()
        .map((r) => new URL(r.url).pathname)
        .sort(),
    ).toEqual(['/api/v2/tickets/1002.json', '/api/v2/tickets/1008.json', '/api/v2/tickets/1008/comments.json']);
    const missing = await api.getTicket(999_999).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(ApiError);
    expect((missing as ApiError).kind).toBe('not-found');
  });

  it('tells a retry listener added before the client loaded, until it unsubscribes', { timeout: 10_000 }, async () => {
    const store = zd.start(world as unknown as World);
    const api = createLazyZendeskApi(createNodePort());
    const heard: RetryNotice[] = [];
    const off = api.onRetry!((retry) => heard.push(retry));
    store.fault({ method: 'GET', path: '/api/v2/tickets/1002', status: 500, times: 1 });
    await expect(api.getTicket(1002)).resolves.toMatchObject({ id: 1002 });
    expect(heard).toHaveLength(1);
    off();
    store.fault({ method: 'GET', path: '/api/v2/tickets/1002', status: 500, times: 1 });
    await expect(api.getTicket(1002)).resolves.toMatchObject({ id: 1002 });
    expect(heard).toHaveLength(1);
  });

  it('a client whose code cannot be loaded (the agent went offline) fails the call as offline, and the next call loads it', async () => {
    const store = zd.start(world as unknown as World);
    const api = createLazyZendeskApi(createNodePort());
    vi.doMock('../adapters/zendesk-api/zendesk-api', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const failed = await api.getTicket(1002).catch((error: unknown) => error);
    // Offline, like a request that could not be sent: a queued tag waits and is sent later (errorCode: retry).
    expect(failed).toBeInstanceOf(ApiError);
    expect((failed as ApiError).kind).toBe('offline');
    vi.doUnmock('../adapters/zendesk-api/zendesk-api');
    await expect(api.getTicket(1002)).resolves.toMatchObject({ id: 1002 });
    expect(store.requests()).toHaveLength(1);
  });
});
