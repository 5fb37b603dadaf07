import { describe, expect, it } from 'vitest';
import { connectZaf } from './connect-zaf';
import type { ZafClient, ZafClientFactory, ZafContext, ZafMetadata } from './zaf-client';

/**
 * A client that behaves like the SDK before and after `app.registered`: calls made before the host
 * registers the app wait in a queue and go out, in order, the moment it does.
 */
function sdkLikeClient() {
  const sent: string[] = [];
  let register!: () => void;
  const registered = new Promise<void>((resolve) => (register = resolve));
  let users = 0;
  const whenRegistered = <T>(label: string, answer: () => T) =>
    registered.then(() => {
      sent.push(label);
      return answer();
    });
  const client = {
    get: (path: string | string[]) =>
      whenRegistered(`get ${String(path)}`, () => ({
        currentUser: { id: 361003, name: `Jordan Lee (${++users})`, role: 'agent', locale: 'en-US' },
      })),
    context: () => whenRegistered('context', (): ZafContext => ({ product: 'support', location: 'ticket_sidebar', ticketId: 1002 })),
    metadata: () => whenRegistered('metadata', (): ZafMetadata => ({ appId: 1, installationId: 2, settings: {} })),
  } as unknown as ZafClient;
  const factory: ZafClientFactory = { init: () => client };
  return { factory, sent, register: () => register() };
}

describe('connectZaf', () => {
  it('asks who the user is before the host registers the app, so the answer comes with the registration', async () => {
    const sdk = sdkLikeClient();
    const connecting = connectZaf(sdk.factory);
    sdk.register();
    const connection = await connecting;
    expect(sdk.sent.slice(0, 3)).toEqual(['get currentUser', 'context', 'metadata']);
    if (connection.kind !== 'connected') throw new Error('not connected');
    expect((await connection.port.currentUser()).name).toBe('Jordan Lee (1)');
    expect(sdk.sent.filter((call) => call === 'get currentUser')).toHaveLength(1);
    // Later calls ask the host again: the early answer is used once.
    expect((await connection.port.currentUser()).name).toBe('Jordan Lee (2)');
  });

  it('outside Zendesk (no client) asks nothing', async () => {
    expect(await connectZaf({ init: () => false })).toEqual({ kind: 'outside-zendesk' });
  });
});
