// @vitest-environment jsdom
import { act, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../adapters/storage/local-store';
import { DEFAULT_CATALOGUE } from '../../domain/catalogue/default-catalogue';
import { llmTicket } from '../../domain/suggest-llm/test-ticket';
import { USAGE_OBJECT } from '../../domain/suggest-llm/usage-records';
import type { TicketSnapshot } from '../../domain/ticket';
import { FAKE_PROVIDER_KEY, type FakeProviderMode } from '../../../test/mocks/handlers/llm-providers';
import { modelProviderWorld } from '../../../test/support/model-provider-world';
import { renderWithServices } from '../../../test/support/render-app';
import type { createNodePort } from '../../../test/support/node-port';
import { SuggestionPanel } from './suggestion-panel';

// The fake provider answers through MSW and a simulated proxy: give it time on a busy machine.
configure({ asyncUtilTimeout: 5000 });

const world = modelProviderWorld();
const { state, server } = world;
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
const startZendesk = world.start;
beforeEach(() => startZendesk());
afterEach(() => {
  state.mode = 'answer';
  state.calls.length = 0;
  delete state.value;
});
afterAll(() => server.close());

const ON = { llm_enabled: true, llm_provider: 'openai', llm_model: 'gpt-4o-mini', values_field_id: '1' };
const authorName = () => 'Jo';
const modelValue = DEFAULT_CATALOGUE.values[1]!;
type NodePort = ReturnType<typeof createNodePort>;

function renderPanel(ticket: TicketSnapshot = llmTicket(), settings: Record<string, unknown> = ON) {
  const result = renderWithServices(<SuggestionPanel catalogue={DEFAULT_CATALOGUE} ticket={ticket} authorName={authorName} />, {
    settings,
    secureSettings: { llm_api_key: FAKE_PROVIDER_KEY },
  });
  return { ...result, port: result.services.port as NodePort };
}

// The first render loads Garden and MSW: slow on a busy machine.
describe('SuggestionPanel with a language model', { timeout: 20_000 }, () => {
  it('shows the model’s value with its verified quotes, marked as suggested by the model, and says what was sent', async () => {
    state.value = 'say-it-plainly';
    renderPanel();
    const note = await screen.findByText('Suggested by gpt-4o-mini');
    expect(note).toBeVisible();
    const card = screen.getByTestId('top-suggestion');
    expect(card).toHaveAttribute('data-value-id', 'say-it-plainly');
    const reasons = within(card).getByRole('list', { name: /Reasons for/ });
    expect(within(reasons).getAllByRole('listitem')).toHaveLength(2);
    expect(reasons).toHaveTextContent('I was charged twice for my plan.');
    expect(screen.getByTestId('model-note')).toHaveTextContent(
      "Sent to api.openai.com: your catalogue and this ticket's public messages (never internal notes), with e-mail addresses, phone numbers and card-like numbers masked.",
    );
    const sent = JSON.stringify(state.calls[0]!.body);
    expect(sent).not.toContain('jo@example.com');
    expect(sent).not.toContain('refund approved by finance');
  });

  it('never shows a quote that is not in the ticket, and calls the suggestion possible only', async () => {
    state.mode = 'invented-quote';
    renderPanel();
    expect(
      await screen.findByText("None of the model's quotes could be found in the ticket, so this is only a possibility."),
    ).toBeVisible();
    expect(screen.getByText('1 quote the model gave is not in the ticket and is not shown.')).toBeVisible();
    expect(screen.queryByText(/I will cancel my subscription/)).toBeNull();
    const card = screen.getByTestId('top-suggestion');
    expect(card).toHaveAttribute('data-value-id', modelValue.id);
    expect(within(card).getByText('Possible')).toBeVisible();
  });

  it.each<[FakeProviderMode, string]>([
    ['unauthorized', 'The provider refused the API key (an admin should check it), so this is the built-in suggestion.'],
    ['rate-limited', 'The provider asked us to slow down, so this is the built-in suggestion.'],
    ['server-error', 'The provider had an error, so this is the built-in suggestion.'],
    ['malformed', "gpt-4o-mini's answer could not be read, so this is the built-in suggestion."],
    ['unknown-value', 'gpt-4o-mini named a value that is not in your catalogue, so this is the built-in suggestion.'],
    ['refusal', 'gpt-4o-mini declined to answer, so this is the built-in suggestion.'],
  ])('falls back to the built-in engine, saying so, when the provider answers %s', async (mode, message) => {
    state.mode = mode;
    renderPanel();
    expect(await screen.findByText(message)).toBeVisible();
    expect(screen.queryByText(/Suggested by/)).toBeNull();
    expect(screen.getByTestId('top-suggestion')).toBeVisible();
  });

  it('calls once per ticket and message: a second view of the same ticket uses the remembered answer', async () => {
    const first = renderPanel();
    await screen.findByText('Suggested by gpt-4o-mini');
    first.unmount();
    // A new app instance in the same browser, as when the agent comes back to the ticket.
    renderWithServices(<SuggestionPanel catalogue={DEFAULT_CATALOGUE} ticket={llmTicket()} authorName={authorName} />, {
      settings: ON,
      secureSettings: { llm_api_key: FAKE_PROVIDER_KEY },
      storage: first.services.storage,
    });
    expect(await screen.findByText('Suggested by gpt-4o-mini')).toBeVisible();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(state.calls).toHaveLength(1);
    const counted = world
      .zendesk()
      .records(USAGE_OBJECT)
      .map((r) => r.custom_object_fields);
    expect(counted).toEqual([{ day: new Date().toISOString().slice(0, 10), user_id: '361001', calls: 1 }]);
  });

  it('asks again only for a new public message, not for an internal note', async () => {
    const ticket = llmTicket();
    const view = renderPanel(ticket);
    await screen.findByText('Suggested by gpt-4o-mini');
    const withNote = {
      ...ticket,
      comments: [...ticket.comments, { id: 9, authorRole: 'agent' as const, public: false, body: 'note to self' }],
    };
    view.rerender(<SuggestionPanel catalogue={DEFAULT_CATALOGUE} ticket={withNote} authorName={authorName} />);
    await screen.findByText('Suggested by gpt-4o-mini');
    expect(state.calls).toHaveLength(1);
    const withReply = {
      ...withNote,
      comments: [...withNote.comments, { id: 10, authorRole: 'end-user' as const, public: true, body: 'Any news on my refund?' }],
    };
    view.rerender(<SuggestionPanel catalogue={DEFAULT_CATALOGUE} ticket={withReply} authorName={authorName} />);
    await waitFor(() => expect(state.calls).toHaveLength(2));
  });

  it('makes no call while the app is hidden, and calls when it is shown again', async () => {
    const ticket = llmTicket();
    const view = renderPanel({ ...ticket, comments: [] });
    act(() => view.port.setVisible(false));
    view.rerender(<SuggestionPanel catalogue={DEFAULT_CATALOGUE} ticket={ticket} authorName={authorName} />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(state.calls).toHaveLength(0);
    expect(screen.queryByTestId('model-note')).toBeNull();
    act(() => view.port.setVisible(true));
    await screen.findByText('Suggested by gpt-4o-mini');
    expect(state.calls).toHaveLength(1);
  });

  it('stops at the daily cap and says so', async () => {
    const view = renderPanel(llmTicket(), { ...ON, llm_daily_cap: '1' });
    await screen.findByText('Suggested by gpt-4o-mini');
    view.rerender(<SuggestionPanel catalogue={DEFAULT_CATALOGUE} ticket={{ ...llmTicket(), id: 77 }} authorName={authorName} />);
    expect(await screen.findByText("Today's cap of 1 model requests is reached, so this is the built-in suggestion.")).toBeVisible();
    expect(state.calls).toHaveLength(1);
  });

  it('counts per account, not per browser: an agent in another browser is refused once the account reached the cap', async () => {
    const first = renderPanel(llmTicket(), { ...ON, llm_daily_cap: '1' });
    await screen.findByText('Suggested by gpt-4o-mini');
    first.unmount();
    // A colleague, in their own browser (empty storage), on another ticket.
    renderWithServices(<SuggestionPanel catalogue={DEFAULT_CATALOGUE} ticket={{ ...llmTicket(), id: 78 }} authorName={authorName} />, {
      user: { id: 361002, name: 'Marco Bianchi' },
      settings: { ...ON, llm_daily_cap: '1' },
      secureSettings: { llm_api_key: FAKE_PROVIDER_KEY },
      storage: createMemoryStore(),
    });
    expect(await screen.findByText("Today's cap of 1 model requests is reached, so this is the built-in suggestion.")).toBeVisible();
    expect(state.calls).toHaveLength(1);
  });

  it('makes no model request when the shared count cannot be read (fails closed), and says so', async () => {
    world.zendesk().fault({ method: 'POST', path: `/api/v2/custom_objects/${USAGE_OBJECT}/records/search`, status: 403, times: 5 });
    renderPanel();
    expect(
      await screen.findByText("Today's count of model requests could not be read from Zendesk, so this is the built-in suggestion."),
    ).toBeVisible();
    expect(state.calls).toHaveLength(0);
    expect(screen.getByTestId('top-suggestion')).toBeVisible();
  });

  it('says an admin has to set up the shared count when its object does not exist yet', async () => {
    await startZendesk(false);
    renderPanel();
    expect(
      await screen.findByText(
        'The shared count of model requests is not set up yet (an admin creates it on the leads page), so this is the built-in suggestion.',
      ),
    ).toBeVisible();
    expect(state.calls).toHaveLength(0);
  });

  it('says when masking is off', async () => {
    renderPanel(llmTicket(), { ...ON, llm_masking: false });
    await screen.findByText('Suggested by gpt-4o-mini');
    expect(await screen.findByText(/Masking is off: personal data is sent as written\./)).toBeVisible();
    expect(JSON.stringify(state.calls[0]!.body)).toContain('jo@example.com');
  });

  it('shows nothing of the model when it is off (the default), and calls nobody', async () => {
    renderPanel(llmTicket(), { values_field_id: '1' });
    expect(screen.getByTestId('top-suggestion')).toBeVisible();
    expect(screen.queryByTestId('model-note')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(state.calls).toHaveLength(0);
  });

  it('lets the agent dismiss the model’s value', async () => {
    const user = userEvent.setup();
    renderPanel();
    await screen.findByText('Suggested by gpt-4o-mini');
    await user.click(within(screen.getByTestId('top-suggestion')).getByRole('button', { name: 'Hide this here' }));
    expect(screen.getByTestId('top-suggestion')).not.toHaveAttribute('data-value-id', modelValue.id);
  });
});
