// @vitest-environment jsdom
import { useState } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import world from '../../../test/fixtures/world.json';
import { useZendesk } from '../../../test/mocks/node-testing';
import type { World } from '../../../test/mocks/world';
import { createNodePort, recordingPolicy } from '../../../test/support/node-port';
import { renderWithServices } from '../../../test/support/render-app';
import { createZendeskApi } from '../../adapters/zendesk-api/zendesk-api';
import { toTicketSnapshot } from '../../adapters/zendesk-api/mappers';
import type { ZdComment, ZdUser } from '../../adapters/zendesk-api/zendesk-types';
import { DEFAULT_CATALOGUE } from '../../domain/catalogue/default-catalogue';
import { parseSettings } from '../../domain/settings/parse-settings';
import type { TicketSnapshot } from '../../domain/ticket';
import { TaggingPanel } from './tagging-panel';
import { forgetFieldChecks } from './use-field-check';

const zd = useZendesk();
const settings = parseSettings((world as unknown as World).settings).settings;
const RECORD = 360010002;

beforeEach(() => forgetFieldChecks());

async function loadTicket(id: number) {
  const api = createZendeskApi(createNodePort(), recordingPolicy().policy);
  const [ticket, { comments }] = await Promise.all([api.getTicket(id), api.getComments(id)]);
  const users = new Map((await api.getUsers(comments.map((c) => c.author_id))).map((u) => [u.id, u]));
  return { ticket: toTicketSnapshot(ticket, comments, users), comments, users };
}

/** The panel as the sidebar holds it: a landed write replaces the ticket it shows. */
function Live({ initial, comments, users }: { initial: TicketSnapshot; comments: ZdComment[]; users: Map<number, ZdUser> }) {
  const [ticket, setTicket] = useState(initial);
  return (
    <TaggingPanel
      catalogue={DEFAULT_CATALOGUE}
      settings={settings}
      ticket={ticket}
      onTicketUpdated={(landed) => setTicket(toTicketSnapshot(landed, comments, users))}
      onReplyChange={() => undefined}
    />
  );
}

const live = (data: Awaited<ReturnType<typeof loadTicket>>) => <Live initial={data.ticket} comments={data.comments} users={data.users} />;
const bodyOf = (data: Awaited<ReturnType<typeof loadTicket>>, id: number) => data.ticket.comments.find((c) => c.id === id)!.body;

describe('the reviewer’s tag form (issue 13)', { timeout: 60_000 }, () => {
  it('keyboard only: pick a reply card, toggle a value, type a note, save; Zendesk notifies and focus lands on the new tag', async () => {
    const store = zd.start(world as unknown as World);
    const data = await loadTicket(1008);
    const user = userEvent.setup();
    const { port } = renderWithServices(live(data), { ticketId: 1008 });
    // The last three replies as cards, not a select of 18 near-identical options.
    expect(screen.queryByRole('combobox')).toBeNull();
    const group = screen.getByRole('radiogroup', { name: 'Which reply' });
    expect(within(group).getAllByRole('radio')).toHaveLength(3);
    expect(within(group).getAllByRole('radio')[0]).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Show all 18 replies' }));
    expect(within(group).getAllByRole('radio')).toHaveLength(18);
    expect(within(group).getAllByRole('radio')[0]).toHaveAccessibleName(/Marco Bianchi.*The warehouse confirms receipt/);

    within(group).getAllByRole('radio')[0]!.focus();
    await user.keyboard('{ArrowDown}');
    const picked = within(group).getAllByRole('radio')[1]!;
    expect(picked).toBeChecked();
    expect(picked).toHaveFocus();

    const value = screen.getByRole('button', { name: 'Own the outcome', pressed: false });
    for (let i = 0; i < 30 && document.activeElement !== value; i++) await user.tab();
    expect(value).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Own the outcome', pressed: true })).toBeVisible();
    await user.tab();
    const note = screen.getByRole('textbox', { name: /Note/ });
    for (let i = 0; i < 10 && document.activeElement !== note; i++) await user.tab();
    await user.keyboard('Kept chasing the warehouse.');
    const save = screen.getByRole('button', { name: 'Tag 1 value' });
    for (let i = 0; i < 5 && document.activeElement !== save; i++) await user.tab();
    expect(save).toHaveFocus();
    await user.keyboard('{Enter}');

    await waitFor(() => expect(port.notified).toEqual([{ message: 'Tagged Own the outcome on Marco Bianchi’s reply.', kind: 'notice' }]));
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-tag', 'vc_own_the_outcome'));
    expect(document.activeElement).toHaveAttribute('data-testid', 'existing-tag');
    expect(screen.getByRole('status')).toHaveTextContent('Tagged Own the outcome on Marco Bianchi’s reply.');
    const record = String(store.ticket(1008).custom_fields.find((f) => f.id === RECORD)?.value);
    expect(JSON.parse(record.split('\n').at(-1)!)).toMatchObject({ reply: 5000071, note: 'Kept chasing the warehouse.' });
  });

  it('names two values in the button with the locale’s plural', async () => {
    zd.start(world as unknown as World);
    const data = await loadTicket(1002);
    const user = userEvent.setup();
    renderWithServices(live(data));
    expect(screen.getByRole('button', { name: 'Pick a value to tag' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Own the outcome' }));
    await user.click(screen.getByRole('button', { name: 'Say it plainly' }));
    expect(screen.getByRole('button', { name: 'Tag 2 values' })).toBeEnabled();
  });

  it('writes the private note the way people talk, with no comment id', async () => {
    const store = zd.start(world as unknown as World);
    const data = await loadTicket(1002);
    const user = userEvent.setup();
    renderWithServices(live(data));
    await user.click(screen.getByRole('button', { name: 'Own the outcome' }));
    await user.click(screen.getByRole('button', { name: 'Tag 1 value' }));
    await screen.findByText('Tagged Own the outcome on Jordan Lee’s reply.');
    const note = store.comments(1002).at(-1)!;
    expect(note.public).toBe(false);
    const when = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }).format(
      new Date(data.ticket.comments.find((c) => c.id === 5000007)!.createdAt!),
    );
    expect(note.body).toContain(`Priya Raman tagged Jordan Lee’s reply of ${when} as Own the outcome.`);
    expect(note.body).not.toMatch(/#\d|5000007/);
  });

  it('names the tagger, never "user N": from the conversation, else "a reviewer"', async () => {
    const store = zd.start(world as unknown as World);
    // Hana (361004) wrote nothing on #1002, so the ticket does not tell us her name.
    store.ticket(1002).custom_fields.find((f) => f.id === RECORD)!.value =
      '{"v":1,"e":"h1","op":"add","tag":"vc_say_it_plainly","by":361004,"at":"2026-11-20T10:00:00.000Z","reply":5000007}';
    const data = await loadTicket(1002);
    renderWithServices(live(data));
    const [tag] = screen.getAllByTestId('existing-tag');
    expect(tag).not.toHaveTextContent(/user \d+/);
    expect(tag).toHaveTextContent('Tagged by a reviewer');
  });

  it('names a tagger who wrote in the conversation', async () => {
    zd.start(world as unknown as World);
    const data = await loadTicket(1018);
    renderWithServices(live(data), { ticketId: 1018 });
    for (const tag of screen.getAllByTestId('existing-tag')) expect(tag).toHaveTextContent('Tagged by Sam Okafor');
  });

  it('says which reply a tag is on once: by the tag list and on the cards only when there are several replies (issue 13, 600 px)', async () => {
    const store = zd.start(world as unknown as World);
    // #1003: one reply (Marco's), tagged twice: the list need not name it, the card need not repeat the tags.
    const single = await loadTicket(1003);
    const { unmount } = renderWithServices(live(single), { ticketId: 1003 });
    const list = screen.getByRole('list', { name: 'Tags on this ticket' });
    expect(within(list).getAllByTestId('existing-tag')).toHaveLength(2);
    expect(list).not.toHaveTextContent('Reply by');
    expect(screen.getByRole('radiogroup', { name: 'Which reply' })).not.toHaveTextContent('Tagged:');
    unmount();
    // #1008: many replies, one of them tagged: the list names the reply, its card lists the tag.
    store.ticket(1008).custom_fields.find((f) => f.id === RECORD)!.value =
      '{"v":1,"e":"m1","op":"add","tag":"vc_own_the_outcome","by":361001,"at":"2026-11-20T10:00:00.000Z","reply":5000073}';
    const several = await loadTicket(1008);
    renderWithServices(live(several), { ticketId: 1008 });
    expect(screen.getByTestId('existing-tag')).toHaveTextContent('Reply by Marco Bianchi');
    expect(screen.getByRole('radiogroup', { name: 'Which reply' })).toHaveTextContent('Tagged: Own the outcome');
  });

  it('with no public agent reply says so in one sentence, without a form', async () => {
    zd.start(world as unknown as World);
    const data = await loadTicket(1010);
    renderWithServices(live(data), { ticketId: 1010 });
    expect(screen.getByTestId('nothing-to-tag')).toHaveTextContent('Nothing to tag yet: no agent has replied publicly on this ticket.');
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
  });

  it('when the only reply is the reviewer’s own, says why in one sentence, without a form', async () => {
    zd.start(world as unknown as World);
    const data = await loadTicket(1001);
    renderWithServices(live(data), { ticketId: 1001 });
    expect(screen.getByTestId('nothing-to-tag')).toHaveTextContent('The only reply here is your own');
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
  });

  it('shows own replies as disabled cards with the reason', async () => {
    zd.start(world as unknown as World);
    const data = await loadTicket(1008);
    renderWithServices(live(data), { ticketId: 1008, user: { id: 361002, name: 'Marco Bianchi' } });
    // Every reply on #1008 is Marco's: nothing to tag.
    expect(screen.getByTestId('nothing-to-tag')).toHaveTextContent('The only replies here are your own');
  });

  it('outlines what the picked reply seems to show, quoting that reply only', async () => {
    zd.start(world as unknown as World);
    const data = await loadTicket(1008);
    const user = userEvent.setup();
    renderWithServices(live(data), { ticketId: 1008 });
    const radios = screen.getAllByRole('radio');
    const seen = new Set<string>();
    for (const [index, id] of [5000073, 5000071, 5000067].entries()) {
      await user.click(radios[index]!);
      const evidence = screen.queryAllByTestId('reply-evidence');
      for (const item of evidence) {
        const quote = item.querySelector('q')!.textContent;
        expect(bodyOf(data, id)).toContain(quote);
        const valueName = item.getAttribute('data-value-name')!;
        expect(screen.getByRole('button', { name: valueName })).toHaveAttribute('data-suggested', 'true');
      }
      seen.add(evidence.map((e) => e.textContent).join('|'));
    }
    // A different reply, a different story (the old card was the same for all 18 replies).
    expect(seen.size).toBeGreaterThan(1);
  });

  it('offline: one warning that says the tag is kept in this browser, gone once the retry lands', async () => {
    const store = zd.start(world as unknown as World);
    const data = await loadTicket(1006);
    store.fault({ path: '/api/v2/tickets/1006', offline: true, times: 100 });
    const user = userEvent.setup();
    renderWithServices(live(data), { ticketId: 1006 });
    await user.click(screen.getByRole('button', { name: 'Lead with empathy' }));
    await user.click(screen.getByRole('button', { name: 'Tag 1 value' }));
    const pending = await screen.findByTestId('pending-changes');
    expect(pending).toHaveTextContent('Saved in this browser');
    expect(screen.getAllByText(/Saved in this browser/)).toHaveLength(1);
    expect(screen.getAllByText(/cannot be reached/)).toHaveLength(1);
    store.clearFaults();
    await user.click(within(pending).getByRole('button', { name: 'Retry now' }));
    await waitFor(() => expect(screen.queryByTestId('pending-changes')).toBeNull());
    expect(screen.queryByText(/Saved in this browser/)).toBeNull();
    expect(screen.queryByText(/cannot be reached/)).toBeNull();
    expect(store.ticket(1006).custom_fields.find((f) => f.id === 360010001)?.value).toEqual(['vc_lead_with_empathy']);
  });

  it('during 5xx retries says Zendesk is not answering rather than a bare "Saving…"', async () => {
    const store = zd.start(world as unknown as World);
    const data = await loadTicket(1002);
    store.fault({ method: 'PUT', path: '/api/v2/tickets/1002', status: 500, times: 2 });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const policy = { ...recordingPolicy().policy, sleep: () => gate };
    const user = userEvent.setup();
    renderWithServices(live(data), { policy });
    await user.click(screen.getByRole('button', { name: 'Own the outcome' }));
    await user.click(screen.getByRole('button', { name: 'Tag 1 value' }));
    expect(await screen.findByText('Zendesk is not answering; trying again…')).toBeVisible();
    release();
    await screen.findByText('Tagged Own the outcome on Jordan Lee’s reply.');
    expect(screen.queryByText('Zendesk is not answering; trying again…')).toBeNull();
  });
});
