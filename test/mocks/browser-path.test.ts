import { getResponse } from 'msw';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { WorkspaceStore } from '../workspace/host/workspace-store';
import worldJson from '../fixtures/world.json';
import { createZendeskStore, type ZendeskStore } from './store';
import type { World } from './world';

/** The workspace page answers `client.request` with getResponse, without any server running. */
describe('handlers through getResponse (the workspace path)', () => {
  it('serves a page-origin request, with and without .json', async () => {
    const store = createZendeskStore(worldJson as World);
    const request = new Request('http://localhost:5173/api/v2/tickets/1001.json');
    const response = await getResponse(store.handlers(), request);
    expect(response?.status).toBe(200);
    expect(((await response?.json()) as { ticket: { id: number } }).ticket.id).toBe(1001);
    const plain = await getResponse(store.handlers(), new Request('http://127.0.0.1:4000/api/v2/users/me'));
    expect(plain?.status).toBe(200);
  });

  it('performs writes and reports the offline fault as a network error response', async () => {
    const store = createZendeskStore(worldJson as World);
    const put = new Request('http://localhost:5173/api/v2/tickets/1002.json', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ticket: { custom_fields: [{ id: 360010001, value: ['vc_own_the_outcome'] }] } }),
    });
    expect((await getResponse(store.handlers(), put))?.status).toBe(200);
    expect(store.ticket(1002).tags).toContain('vc_own_the_outcome');
    store.fault({ offline: true });
    const offline = await getResponse(store.handlers(), new Request('http://localhost:5173/api/v2/groups.json'));
    expect(offline?.type).toBe('error');
  });

  it('returns undefined for endpoints it does not serve, so the bridge can say so', async () => {
    const store = createZendeskStore(worldJson as World);
    expect(await getResponse(store.handlers(), new Request('http://localhost:5173/api/v2/macros.json'))).toBeUndefined();
  });

  it('satisfies the workspace page contract', () => {
    expectTypeOf<ZendeskStore>().toExtend<WorkspaceStore>();
  });
});
