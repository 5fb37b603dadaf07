import { setupServer } from 'msw/node';
import { createCustomObjectRecordsApi } from '../../src/adapters/zendesk-api/custom-object-records';
import { createModelUsageCounter } from '../../src/adapters/zendesk-api/model-usage-counter';
import { createFakeProviderState, llmProviderHandlers } from '../mocks/handlers/llm-providers';
import { makeWorld } from '../mocks/factories';
import { createZendeskStore, type ZendeskStore } from '../mocks/store';
import { createNodePort } from './node-port';

/**
 * The fake model providers and an in-memory Zendesk behind one MSW server, for component tests of the model paths: the
 * account's shared count of model requests (ADR 0080) lives in that Zendesk. `start` gives a fresh Zendesk (with the
 * count's object, unless told otherwise) and signs in user 1; `zendesk()` is the current one.
 */
export function modelProviderWorld() {
  const state = createFakeProviderState();
  const server = setupServer(...llmProviderHandlers(state));
  let zendesk: ZendeskStore | undefined;
  async function start(withUsageObject = true): Promise<void> {
    zendesk = createZendeskStore(makeWorld({ currentUserId: 2 }));
    server.resetHandlers(...llmProviderHandlers(state), ...zendesk.handlers());
    if (withUsageObject) await createModelUsageCounter(createCustomObjectRecordsApi(createNodePort())).ready(true);
    zendesk.setCurrentUserId(1);
  }
  function current(): ZendeskStore {
    if (!zendesk) throw new Error('modelProviderWorld: start() first');
    return zendesk;
  }
  return { state, server, start, zendesk: current };
}
