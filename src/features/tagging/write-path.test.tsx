// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import world from '../../../test/fixtures/world.json';
import { useZendesk } from '../../../test/mocks/node-testing';
import type { World } from '../../../test/mocks/world';
import { createNodePort, recordingPolicy } from '../../../test/support/node-port';
import { renderWithServices } from '../../../test/support/render-app';
import { createLocalStore, createMemoryStore } from '../../adapters/storage/local-store';
import { createZendeskApi } from '../../adapters/zendesk-api/zendesk-api';
import type { ZdTicket } from '../../adapters/zendesk-api/zendesk-types';
import { DEFAULT_CATALOGUE } from '../../domain/catalogue/default-catalogue';
import { parseSettings } from '../../domain/settings/parse-settings';
import { parseOutbox, serializeOutbox, type OutboxEntry } from '../../domain/tagging/outbox';
import { TaggingPanel } from './tagging-panel';
import { toTicketSnapshot } from '../../adapters/zendesk-api/mappers';
import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming';
import { ServicesProvider } from '../../services/services';
import { forgetFieldChecks } from './use-field-check';

const zd = useZendesk();
const settings = parseSettings((world as unknown as World).settings).settings;
const PRIYA = 361001;
const MARCO = 361002;
const JORDAN = 361003;

beforeEach(() => forgetFieldChecks());

async function loadTicket(id: number) {
  const api = createZendeskApi(createNodePort(), recordingPolicy().policy);
  const [ticket, { comments }] = await Promise.all([api.getTicket(id), api.getComments(id)]);
  const users = new Map((await api.getUsers(comments.map((c) => c.author_id))).map((u) => [u.id, u]));
  return { ticket: toTicketSnapshot(ticket, comments, users) };
}

const queued = (ticketId: number, userId: number, eventId: string, note = 'Kept the customer posted'): OutboxEntry => ({
  ticketId,
  userId,
  change: { op: 'add', adds: [{ tag: 'vc_own_the_outcome', eventId }], replyId: null, by: userId, at: '2026-11-22T10:00:00.000Z', note },
  createdAt: '2026-11-22T10:00:00.000Z',
  attempts: 1,
  lastError: 'offline',
});

function panel(data: Awaited<ReturnType<typeof loadTicket>>, extra: Partial<Parameters<typeof TaggingPanel>[0]> = {}) {
  return (
    <TaggingPanel
      catalogue={DEFAULT_CATALOGUE}
      settings={settings}
      {...data}
      onTicketUpdated={() => undefined}
      onReplyChange={() => undefined}
      {...extra}
    />
  );
}

function fullStorage(): Storage {
  const map = new Map<string, string>();
  return {
    length: 0,
    clear: () => map.clear(),
    key: () => null,
    getItem: (k) => map.get(k) ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: () => {
      throw new DOMException('full', 'QuotaExceededError');
    },
  };
}

// Component tests against the double: generous time on a loaded machine (figures live in the bench).
describe('the write path as the reviewer meets it (issue 8)', { timeout: 30_000 }, () => {
  it('1: a queued change for ticket A that lands while B is open never hands A to B’s sidebar', async () => {
    const store = zd.start(world as unknown as World);
    const storage = createMemoryStore();
    storage.write('outbox:v1', serializeOutbox([queued(1006, PRIYA, 'qa1')]));
    const data = await loadTicket(1002);
    const handed: ZdTicket[] = [];
    renderWithServices(panel(data, { onTicketUpdated: (t) => void handed.push(t) }), { storage });
    await waitFor(() => expect(parseOutbox(storage.read('outbox:v1')).entries).toEqual([]));
    expect(String(store.ticket(1006).custom_fields.find((f) => f.id === 360010002)?.value)).toContain('"qa1"');
    expect(handed.map((t) => t.id)).toEqual([]);
  });

  it('2: a reply that arrives after the form opened is the one saved, as the form shows', async () => {
    const store = zd.start(world as unknown as World);
    const data = await loadTicket(1002);
    const beforeReply = { ticket: { ...data.ticket, comments: data.ticket.comments.filter((c) => c.id !== 5000007) } };
    const user = userEvent.setup();
    const view = renderWithServices(panel(beforeReply), { user: { id: MARCO, name: 'Marco Bianchi' } });
    view.rerender(
      <ThemeProvider theme={DEFAULT_THEME}>
        <ServicesProvider value={view.services}>{panel(data)}</ServicesProvider>
      </ThemeProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Own the outcome' }));
    expect(screen.getByRole('radio', { name: /Jordan Lee/ })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Tag 1 value' }));
    await screen.findByText('Tagged Own the outcome on Jordan Lee’s reply.');
    const record = String(store.ticket(1002).custom_fields.find((f) => f.id === 360010002)?.value);
    expect(JSON.parse(record.split('\n').at(-1)!)).toMatchObject({ reply: 5000007, author: JORDAN });
  });

  it('3: storage full and Zendesk unreachable: says nothing was stored and keeps the input', async () => {
    const store = zd.start(world as unknown as World);
    const data = await loadTicket(1006);
    store.fault({ path: '/api/v2/tickets/1006', offline: true, times: 100 });
    const user = userEvent.setup();
    renderWithServices(panel(data), { storage: createLocalStore(fullStorage()) });
    await user.click(screen.getByRole('button', { name: 'Lead with empathy' }));
    await user.type(screen.getByRole('textbox', { name: /Note/ }), 'Calm and clear');
    await user.click(screen.getByRole('button', { name: 'Tag 1 value' }));
    expect(await screen.findByText(/Not saved anywhere/)).toBeVisible();
    expect(screen.queryByText(/Saved in this browser/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Lead with empathy' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('textbox', { name: /Note/ })).toHaveValue('Calm and clear');
  });

  it('4: the next person on the browser neither sends, sees nor discards the previous person’s queued tags', async () => {
    const store = zd.start(world as unknown as World);
    const storage = createMemoryStore();
    storage.write('outbox:v1', serializeOutbox([queued(1002, PRIYA, 'qp1', 'Private reasoning')]));
    store.setCurrentUserId(MARCO);
    const data = await loadTicket(1002);
    renderWithServices(panel(data), { storage, user: { id: MARCO, name: 'Marco Bianchi' } });
    expect(await screen.findByTestId('others-pending')).toHaveTextContent('1 tag change made by someone else');
    expect(screen.queryByText(/Private reasoning/)).toBeNull();
    expect(screen.queryByTestId('pending-changes')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(store.requests().filter((r) => r.method === 'PUT')).toEqual([]);
    expect(parseOutbox(storage.read('outbox:v1')).entries.map((e) => e.userId)).toEqual([PRIYA]);
  });

  it('4: someone who may not tag does not delete them either', async () => {
    zd.start(world as unknown as World);
    const storage = createMemoryStore();
    storage.write('outbox:v1', serializeOutbox([queued(1002, PRIYA, 'qp2')]));
    const data = await loadTicket(1002);
    renderWithServices(panel(data), { storage, user: { id: JORDAN, name: 'Jordan Lee', groups: [{ id: 360001, name: 'Support' }] } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(parseOutbox(storage.read('outbox:v1')).entries).toHaveLength(1);
  });

  it('5: a queued change for a ticket since closed is held and shown to its author with the reason', async () => {
    const store = zd.start(world as unknown as World);
    const storage = createMemoryStore();
    storage.write('outbox:v1', serializeOutbox([queued(1008, PRIYA, 'qc1', 'Escalated well')]));
    store.ticket(1008).status = 'closed';
    const data = await loadTicket(1002);
    renderWithServices(panel(data), { storage });
    const held = await screen.findByTestId('held-changes');
    expect(held).toHaveTextContent('Ticket #1008');
    expect(held).toHaveTextContent('This ticket is closed');
    expect(held).toHaveTextContent('Escalated well');
    expect(parseOutbox(storage.read('outbox:v1')).entries[0]).toMatchObject({ held: 'closed-ticket' });
  });

  it('6: a values field id that points nowhere disables the form with the reason, and nothing is written', async () => {
    const store = zd.start(world as unknown as World);
    const data = await loadTicket(1002);
    const broken = { ...settings, valuesFieldId: 999_999 };
    renderWithServices(panel(data, { settings: broken }));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Own the outcome' }));
    expect(await screen.findByTestId('tagging-disabled')).toHaveTextContent('values field (id 999999) does not exist');
    expect(screen.getByRole('button', { name: 'Tag 1 value' })).toBeDisabled();
    expect(store.requests().filter((r) => r.method === 'PUT')).toEqual([]);
  });

  it('6: a values field of the wrong type is found when the form is first used', async () => {
    const store = zd.start(world as unknown as World);
    const data = await loadTicket(1002);
    const wrongType = { ...settings, valuesFieldId: 360010003 };
    // The ticket read does not show the type while the field is empty.
    const ticket = { ...data.ticket, customFields: { ...data.ticket.customFields, 360010003: null } };
    const user = userEvent.setup();
    renderWithServices(panel({ ticket }, { settings: wrongType }));
    const before = store.requests().length;
    expect(screen.queryByTestId('tagging-disabled')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Own the outcome' }));
    expect(await screen.findByTestId('tagging-disabled')).toHaveTextContent('is not a multi-select field');
    expect(
      store
        .requests()
        .slice(before)
        .map((r) => `${r.method} ${new URL(r.url).pathname}`),
    ).toEqual(['GET /api/v2/ticket_fields/360010003.json']);
  });

  it('8: a record line with a time that is not ISO is shown as unreadable; the rest of the panel works', async () => {
    const store = zd.start(world as unknown as World);
    const record = store.ticket(1002).custom_fields.find((f) => f.id === 360010002)!;
    record.value = [
      '{"v":1,"e":"ok1","op":"add","tag":"vc_own_the_outcome","by":361002,"at":"2026-11-20T10:00:00.000Z","reply":5000007}',
      '{"v":1,"e":"bad1","op":"add","tag":"vc_lead_with_empathy","by":361002,"at":"yesterday","reply":5000007}',
    ].join('\n');
    const data = await loadTicket(1002);
    renderWithServices(panel(data));
    expect(screen.getByTestId('unreadable-lines')).toHaveTextContent('1 line of this ticket’s tag record could not be read');
    expect(screen.getAllByTestId('existing-tag').map((el) => el.getAttribute('data-tag'))).toEqual(['vc_own_the_outcome']);
    expect(screen.getByRole('form', { name: 'Tag a reply' })).toBeVisible();
  });

  it('10: storage blocked by the browser: the panel works without an outbox and says so', async () => {
    zd.start(world as unknown as World);
    const blocked = createLocalStore({
      length: 0,
      clear: () => undefined,
      key: () => null,
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem: () => undefined,
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    const data = await loadTicket(1002);
    renderWithServices(panel(data), { storage: blocked });
    expect(screen.getByTestId('no-outbox')).toHaveTextContent('blocks storage for the app');
    expect(screen.getByTestId('no-outbox')).not.toHaveTextContent(/Zendesk (cannot|had|refused)/);
  });
});
