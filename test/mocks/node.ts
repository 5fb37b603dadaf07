import { setupServer } from 'msw/node';
import { createZendeskStore, type StoreOptions } from './store';
import type { World } from './world';
import defaultWorld from '../fixtures/world.json';

/**
 * Node-only entry (the rest of test/mocks also runs in the browser). `server.listen()` defaults to
 * `onUnhandledRequest: 'error'` so a request the double does not serve fails the test loudly.
 */
export function createTestServer(world: World = defaultWorld as World, options: StoreOptions = {}) {
  const store = createZendeskStore(world, options);
  const server = setupServer(...store.handlers());
  const listen = server.listen.bind(server);
  server.listen = (listenOptions = {}) => listen({ onUnhandledRequest: 'error', ...listenOptions });
  return { server, store };
}
