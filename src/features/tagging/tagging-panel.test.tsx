// @vitest-environment jsdom
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import world from '../../../test/fixtures/world.json';
import { useZendesk } from '../../../test/mocks/node-testing';
import type { World } from '../../../test/mocks/world';
import { createZendeskApi } from '../../adapters/zendesk-api/zendesk-api';
import { DEFAULT_CATALOGUE } from '../../domain/catalogue/default-catalogue';
import { parseSettings } from '../../domain/settings/parse-settings';
import { TaggingPanel } from './tagging-panel';
import { SuggestionPanel } from '../suggestions/suggestion-panel';
import { toTicketSnapshot } from '../../adapters/zendesk-api/mappers';
import { createNodePort, recordingPolicy } from '../../../test/support/node-port';
import { renderWithServices } from '../../../test/support/render-app';

const zd = useZendesk();
const settings = parseSettings((world as unknown as World).settings).settings;

async function loadTicket(id: number) {
  const api = createZendeskApi(createNodePort(), recordingPolicy().policy);
  const [ticket, { comments }] = await Promise.all([api.getTicket(id), api.getComments(id)]);
  const users = new Map((await api.getUsers(comments.map((c) => c.author_id))).map((u) => [u.id, u]));
  return { ticket: toTicketSnapshot(ticket, comments, users), users };
}

describe('TaggingPanel', { timeout: 30_000 }, () => {
  it('lets a reviewer tag a reply, and nothing is pre-selected', async () => {
    const store = zd.start(world as unknown as World);
    const data = await loadTicket(1002);
    const user = userEvent.setup();
    let updated = 0;
    renderWithServices(
      <TaggingPanel
        catalogue={DEFAULT_CATALOGUE}
        settings={settings}
        ticket={data.ticket}
        onTicketUpdated={() => void updated++}
        onReplyChange={() => undefined}
      />,
    );
    const values = screen.getAllByRole('button', { pressed: false });
    expect(values).toHaveLength(DEFAULT_CATALOGUE.values.length);
    expect(screen.queryAllByRole('button', { pressed: true })).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Make it effortless' }));
    await user.type(screen.getByRole('textbox', { name: /Note/ }), 'Saved the customer a second contact.');
    await user.click(screen.getByRole('button', { name: 'Tag 1 value' }));
    await screen.findByText('Tagged Make it effortless on Jordan Lee’s reply.');
    expect(updated).toBe(1);
    const field = store.ticket(1002).custom_fields.find((f) => f.id === 360010001)!.value;
    expect(field).toEqual(['vc_make_it_effortless']);
  });

  it('shows no controls to someone outside the tagger roles and groups', async () => {
    zd.start(world as unknown as World);
    const data = await loadTicket(1002);
    const { container } = renderWithServices(
      <TaggingPanel
        catalogue={DEFAULT_CATALOGUE}
        settings={settings}
        ticket={data.ticket}
        onTicketUpdated={() => undefined}
        onReplyChange={() => undefined}
      />,
      { user: { id: 361003, name: 'Jordan Lee', groups: [{ id: 360001, name: 'Support' }] } },
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('keeps the input and says so when Zendesk cannot be reached', async () => {
    const store = zd.start(world as unknown as World);
    const data = await loadTicket(1006);
    store.fault({ path: '/api/v2/tickets/1006', offline: true, times: 100 });
    const user = userEvent.setup();
    renderWithServices(
      <TaggingPanel
        catalogue={DEFAULT_CATALOGUE}
        settings={settings}
        ticket={data.ticket}
        onTicketUpdated={() => undefined}
        onReplyChange={() => undefined}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Lead with empathy' }));
    await user.click(screen.getByRole('button', { name: 'Tag 1 value' }));
    expect(await screen.findByText(/Saved in this browser/)).toBeVisible();
    expect(screen.getByTestId('pending-changes')).toHaveTextContent('Add Lead with empathy.');
    expect(screen.getAllByText(/Saved in this browser/)).toHaveLength(1);
  });

  it('explains a closed ticket instead of offering the form', async () => {
    zd.start(world as unknown as World);
    const data = await loadTicket(1016);
    renderWithServices(
      <TaggingPanel
        catalogue={DEFAULT_CATALOGUE}
        settings={settings}
        ticket={data.ticket}
        onTicketUpdated={() => undefined}
        onReplyChange={() => undefined}
      />,
    );
    expect(screen.getByText(/This ticket is closed/)).toBeVisible();
    expect(screen.queryByRole('form')).toBeNull();
  });
});

describe('SuggestionPanel', () => {
  it('shows the top value with its quoted reasons and prompts, and remembers "not this one"', async () => {
    zd.start(world as unknown as World);
    // #1008: an open ticket whose last reply shows clear reasons. (Until ADR 0166 this was #1004, which awaits a reply; its
    // customer's last message now leads to no clear value.)
    const data = await loadTicket(1008);
    const snapshot = data.ticket;
    const user = userEvent.setup();
    const { services } = renderWithServices(
      <SuggestionPanel catalogue={DEFAULT_CATALOGUE} ticket={snapshot} authorName={(id) => data.users.get(id ?? 0)?.name ?? '?'} />,
      { ticketId: 1008 },
    );
    const top = screen.getByTestId('top-suggestion');
    const first = top.getAttribute('data-value-id');
    expect(top.querySelector('ul[aria-label^="Reasons for"]')).not.toBeNull();
    expect(top.querySelector('mark')).not.toBeNull();
    await user.click(screen.getAllByRole('button', { name: 'Hide this here' })[0]!);
    // The next value is shown only if it clearly leads; otherwise the panel says there is no clear value.
    await waitFor(() => expect(screen.queryByTestId('top-suggestion')?.getAttribute('data-value-id') ?? 'none').not.toBe(first));
    expect(services.storage.read('dismissed:1008')).toContain(first!);
    await act(async () => user.click(screen.getByRole('button', { name: 'Show the dismissed value again' })));
    expect(screen.getByTestId('top-suggestion').getAttribute('data-value-id')).toBe(first);
  });
});
