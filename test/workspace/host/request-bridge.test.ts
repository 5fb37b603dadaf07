import { afterEach, describe, expect, it, vi } from 'vitest';
import { createZendeskStore } from '../../mocks/store';
import { makeWorld } from '../../mocks/factories';
import { createRequestBridge } from './request-bridge';

const ORIGIN = 'https://example.zendesk.com';

describe('the host performs app requests against the store', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('logs which app instance asked, so one page can be told from another still in flight', async () => {
    vi.stubGlobal('window', { location: { origin: ORIGIN } });
    const world = makeWorld();
    const store = createZendeskStore(world);
    const ticket = store.tickets()[0]!;
    const perform = createRequestBridge(
      () => store.handlers(),
      (what) => {
        throw new Error(`unhandled ${what}`);
      },
    );
    const lead = await perform({ url: `/api/v2/tickets/${ticket.id}/comments.json` }, 'values-coach-nav-1');
    const reviewer = await perform({ url: `/api/v2/tickets/${ticket.id}.json` }, 'values-coach-nav-2');
    const workspace = await perform({ url: `/api/v2/tickets/${ticket.id}.json` });
    expect([lead.status, reviewer.status, workspace.status]).toEqual([200, 200, 200]);
    expect(store.requests().map((r) => r.from)).toEqual(['values-coach-nav-1', 'values-coach-nav-2', undefined]);
    // The header that carries it is the workspace's own: the app never sees it in the answer.
    expect(JSON.stringify(lead.headers)).not.toContain('values-coach-nav-1');
  });
});
