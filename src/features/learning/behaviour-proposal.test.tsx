// @vitest-environment jsdom
import { configure, fireEvent, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCustomObjectRecordsApi } from '../../adapters/zendesk-api/custom-object-records';
import { createModelUsageCounter } from '../../adapters/zendesk-api/model-usage-counter';
import { createMemoryStore } from '../../adapters/storage/local-store';
import { parseCatalogue } from '../../domain/catalogue/parse-catalogue';
import { callsOn, dayOf } from '../../domain/suggest-llm/usage';
import type { ZafUser } from '../../adapters/zaf/zaf-port';
import { FAKE_PROVIDER_KEY } from '../../../test/mocks/handlers/llm-providers';
import { createNodePort } from '../../../test/support/node-port';
import { modelProviderWorld } from '../../../test/support/model-provider-world';
import { renderWithServices } from '../../../test/support/render-app';
import { testCatalogue, testValue } from '../../../test/support/catalogues';
import { ValueReadings } from './value-readings-panel';

// The fake provider answers through MSW and a simulated proxy: give it time on a busy machine.
configure({ asyncUtilTimeout: 5000 });

const world = modelProviderWorld();
const { state, server } = world;
const startZendesk = world.start;
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => startZendesk());
afterEach(() => {
  state.mode = 'answer';
  state.calls.length = 0;
});
afterAll(() => server.close());

const catalogue = testCatalogue([
  testValue('own', 'Own the outcome', 'We take ownership and keep the customer updated until it is solved.', { tag: 'vc_own_custom' }),
  testValue('care', 'Care', 'We calm worry and say what will happen next.'),
  testValue('plain', 'Plainly', 'Short and plain answers.'),
]);
const ON = { llm_enabled: true, llm_provider: 'openai', llm_model: 'gpt-4o-mini' };
const admin: Partial<ZafUser> = { role: 'admin' };

function renderReadings(
  options: { settings?: Record<string, unknown>; user?: Partial<ZafUser>; storage?: ReturnType<typeof createMemoryStore> } = {},
) {
  const result = renderWithServices(<ValueReadings catalogue={catalogue} />, {
    settings: options.settings ?? ON,
    secureSettings: { llm_api_key: FAKE_PROVIDER_KEY },
    user: options.user ?? admin,
    ...(options.storage ? { storage: options.storage } : {}),
  });
  fireEvent.click(screen.getByRole('button', { name: 'How the suggestions read each value' }));
  return result;
}

const askButton = () => screen.findByRole('button', { name: "Ask gpt-4o-mini to name each value's behaviours" });

describe('asking the model for each value’s behaviours (ADR 0159)', { timeout: 20_000 }, () => {
  it('proposes a Behaviours: line per value and the whole catalogue with them, having sent only the catalogue, counted once', async () => {
    renderReadings();
    fireEvent.click(await askButton());
    const proposal = await screen.findByTestId('behaviour-proposal');
    const lines = within(proposal)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Own the outcome: Behaviours: /);
    // What the admin copies reads back as the same catalogue, with the proposed behaviours and every tag kept.
    const text = screen.getByTestId<HTMLTextAreaElement>('proposed-catalogue').value;
    const read = parseCatalogue(text).catalogue;
    expect(read.values.map((v) => v.tag)).toEqual(['vc_own_custom', 'vc_care', 'vc_plain']);
    expect(read.values[0]!.behaviours).toEqual(lines[0]!.replace(/^.*Behaviours: /, '').split(', '));
    // One request, carrying the catalogue and the behaviours and nothing else.
    expect(state.calls).toHaveLength(1);
    const user = JSON.parse((state.calls[0]!.body.messages as { content: string }[])[1]!.content) as Record<string, unknown>;
    expect(Object.keys(user).sort()).toEqual(['behaviours', 'catalogue']);
    const ledger = await createModelUsageCounter(createCustomObjectRecordsApi(createNodePort())).ledger();
    expect(callsOn(ledger, dayOf(new Date()))).toBe(1);
  });

  it('shows the proposal again without asking again, until the catalogue changes', async () => {
    const storage = createMemoryStore();
    const first = renderReadings({ storage });
    fireEvent.click(await askButton());
    await screen.findByTestId('behaviour-proposal');
    first.unmount();
    renderReadings({ storage });
    expect(await screen.findByTestId('behaviour-proposal')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Ask gpt-4o-mini again' })).toBeEnabled();
    expect(state.calls).toHaveLength(1);
  });

  it('says why there is no proposal when the provider refuses the key, and keeps nothing', async () => {
    state.mode = 'unauthorized';
    renderReadings();
    fireEvent.click(await askButton());
    expect(await screen.findByTestId('behaviour-proposal-failed')).toHaveTextContent(
      "The provider refused the API key (check it in the app's settings).",
    );
    expect(screen.queryByTestId('behaviour-proposal')).toBeNull();
  });

  it('sends nothing while the shared count of model requests does not exist', async () => {
    await startZendesk(false);
    renderReadings();
    fireEvent.click(await askButton());
    expect(await screen.findByTestId('behaviour-proposal-failed')).toHaveAttribute('data-reason', 'usage-missing');
    expect(state.calls).toHaveLength(0);
  });

  it('is offered to admins only', async () => {
    renderReadings({ user: { role: 'agent' } });
    await screen.findByTestId('value-readings');
    expect(screen.queryByTestId('behaviour-proposal-panel')).toBeNull();
  });

  it('is not offered when the model is off', async () => {
    renderReadings({ settings: {} });
    await screen.findByTestId('value-readings');
    expect(screen.queryByTestId('behaviour-proposal-panel')).toBeNull();
  });

  it('is not offered for a catalogue without values: there is nothing to ask about', async () => {
    renderWithServices(<ValueReadings catalogue={testCatalogue([])} />, {
      settings: ON,
      secureSettings: { llm_api_key: FAKE_PROVIDER_KEY },
      user: admin,
    });
    fireEvent.click(screen.getByRole('button', { name: 'How the suggestions read each value' }));
    await screen.findByTestId('value-readings');
    expect(screen.queryByTestId('behaviour-proposal-panel')).toBeNull();
  });
});
