import { afterAll, afterEach, beforeAll } from 'vitest';
import { setupServer } from 'msw/node';
import { createZendeskStore, type StoreOptions, type ZendeskStore } from './store';
import type { World } from './world';
import { makeWorld } from './factories';

export const ORIGIN = 'https://example.zendesk.com';

/**
 * Node-only test kit: one strict MSW server per test file, a fresh store per test (swapped in with
 * `resetHandlers`), and a `call` helper that speaks JSON to the double with plain `fetch`.
 */
export function useZendesk() {
  const server = setupServer();
  let current: ZendeskStore | null = null;
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    current = null;
  });
  afterAll(() => server.close());

  return {
    start(world: World = makeWorld(), options: StoreOptions = {}): ZendeskStore {
      current = createZendeskStore(world, options);
      server.resetHandlers(...current.handlers());
      return current;
    },
    async call<T = Record<string, unknown>>(path: string, init: { method?: string; body?: unknown } = {}) {
      const response = await fetch(`${ORIGIN}${path}`, {
        method: init.method ?? 'GET',
        headers: { 'content-type': 'application/json' },
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      });
      const text = await response.text();
      const json = (text ? JSON.parse(text) : null) as T;
      return { status: response.status, headers: response.headers, json };
    },
  };
}
