import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from '../../domain/catalogue/default-catalogue';
import { KEY_PLACEHOLDER } from '../../domain/suggest-llm/provider-request';
import { suggestWithModel } from '../../domain/suggest-llm/suggest-with-model';
import { llmTicket } from '../../domain/suggest-llm/test-ticket';
import type { ProviderConfig } from '../../domain/suggest-llm/types';
import {
  createFakeProviderState,
  FAKE_PROVIDER_KEY,
  llmProviderHandlers,
  type FakeProviderMode,
} from '../../../test/mocks/handlers/llm-providers';
import { createNodePort } from '../../../test/support/node-port';
import manifest from '../../../manifest.json';
import { createModelSender } from './model-sender';

const state = createFakeProviderState();
const server = setupServer(...llmProviderHandlers(state));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  state.mode = 'answer';
  state.calls.length = 0;
});
afterAll(() => server.close());

const AZURE_HOST = 'vc-test.openai.azure.com';
const configs: ProviderConfig[] = [
  { provider: 'openai', model: 'gpt-4o-mini', baseUrl: 'https://api.openai.com/v1', masking: true },
  { provider: 'anthropic', model: 'claude-sonnet-4-5', baseUrl: 'https://api.anthropic.com', masking: true },
  { provider: 'azure', model: 'vc-deployment', baseUrl: `https://${AZURE_HOST}`, masking: true },
];
// The admin added their Azure resource to the whitelist, as the settings help says.
const portFor = (key = FAKE_PROVIDER_KEY) =>
  createNodePort({
    secureSettings: { llm_api_key: key },
    manifest: { ...manifest, domainWhitelist: [...manifest.domainWhitelist, AZURE_HOST] },
  });

describe.each(configs)('the $provider shape through the simulated Zendesk proxy', (config) => {
  it('puts the key in only behind the proxy; the app sends the placeholder', async () => {
    const port = portFor();
    const run = await suggestWithModel(config, DEFAULT_CATALOGUE, llmTicket(), KEY_PLACEHOLDER, createModelSender(port));
    expect(run.outcome).toMatchObject({ kind: 'suggested', ranked: { valueId: DEFAULT_CATALOGUE.values[1]!.id, band: 'strong' } });
    expect(JSON.stringify(port.sent)).not.toContain(FAKE_PROVIDER_KEY);
    expect(JSON.stringify(port.sent)).toContain(KEY_PLACEHOLDER);
    expect(port.sent[0]).toMatchObject({ secure: true, method: 'POST' });
    expect(JSON.stringify(state.calls[0]!.headers)).toContain(FAKE_PROVIDER_KEY);
    expect(port.settings).not.toHaveProperty('llm_api_key');
  });

  it.each<[FakeProviderMode, string]>([
    ['unauthorized', 'auth'],
    ['rate-limited', 'rate-limited'],
    ['server-error', 'server-error'],
    ['malformed', 'malformed'],
    ['unknown-value', 'unknown-value'],
    ['refusal', 'refusal'],
  ])('falls back when the provider answers %s', async (mode, reason) => {
    state.mode = mode;
    const run = await suggestWithModel(config, DEFAULT_CATALOGUE, llmTicket(), KEY_PLACEHOLDER, createModelSender(portFor()));
    expect(run.outcome).toMatchObject({ kind: 'fallback', reason });
  });

  it('shows no invented quote, and calls the suggestion weak', async () => {
    state.mode = 'invented-quote';
    const run = await suggestWithModel(config, DEFAULT_CATALOGUE, llmTicket(), KEY_PLACEHOLDER, createModelSender(portFor()));
    expect(run.outcome).toMatchObject({ kind: 'suggested', droppedReasons: 1, ranked: { band: 'weak', reasons: [] } });
  });

  it('gives up after the timeout', async () => {
    state.mode = 'slow';
    state.slowMs = 2_000;
    const run = await suggestWithModel(config, DEFAULT_CATALOGUE, llmTicket(), KEY_PLACEHOLDER, createModelSender(portFor(), 50));
    expect(run.outcome).toEqual({ kind: 'fallback', reason: 'timeout' });
  });
});

describe('the proxy simulation', () => {
  it('refuses a secure request to a domain outside the whitelist (the app sees no answer)', async () => {
    const port = createNodePort({ secureSettings: { llm_api_key: FAKE_PROVIDER_KEY } });
    const config = configs[2]!;
    const run = await suggestWithModel(config, DEFAULT_CATALOGUE, llmTicket(), KEY_PLACEHOLDER, createModelSender(port));
    expect(run.outcome).toEqual({ kind: 'fallback', reason: 'network' });
    expect(state.calls).toHaveLength(0);
  });

  it('reports 429 Retry-After', async () => {
    state.mode = 'rate-limited';
    const run = await suggestWithModel(configs[0]!, DEFAULT_CATALOGUE, llmTicket(), KEY_PLACEHOLDER, createModelSender(portFor()));
    expect(run.outcome).toEqual({ kind: 'fallback', reason: 'rate-limited', retryAfterSeconds: 30 });
  });

  it('a wrong key stored in the secure setting is a 401', async () => {
    const run = await suggestWithModel(
      configs[0]!,
      DEFAULT_CATALOGUE,
      llmTicket(),
      KEY_PLACEHOLDER,
      createModelSender(portFor('sk-wrong')),
    );
    expect(run.outcome).toMatchObject({ kind: 'fallback', reason: 'auth' });
  });
});
