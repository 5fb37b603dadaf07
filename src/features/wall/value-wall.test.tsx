// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeWorld } from '../../../test/mocks/factories';
import { useZendesk } from '../../../test/mocks/node-testing';
import { wallNoteRecord, wallObjectWorld } from '../../../test/mocks/wall-seed';
import { renderWithServices } from '../../../test/support/render-app';
import { DEFAULT_CATALOGUE } from '../../domain/catalogue/default-catalogue';
import { WALL_OBJECT } from '../../domain/wall/note-record';
import { ValueWall } from './value-wall';

const zd = useZendesk();
const value = DEFAULT_CATALOGUE.values[0]!;
const settings = { taggerRoles: ['admin'], taggerGroupIds: [] };

function start(notes = 5) {
  const records = Array.from({ length: notes }, (_, i) =>
    wallNoteRecord({
      seq: i + 1,
      valueTag: value.tag,
      body: `Note ${i + 1}`,
      authorId: 4,
      authorName: 'Nat Newhire',
      at: `2026-11-${String(i + 1).padStart(2, '0')}T10:00:00Z`,
    }),
  );
  const store = zd.start(makeWorld({ ...wallObjectWorld(), custom_object_records: { [WALL_OBJECT.key]: records } }));
  const coRequests = () => store.requests().filter((r) => r.url.includes('/custom_objects'));
  return { store, coRequests };
}

describe('ValueWall (sidebar)', { timeout: 30_000 }, () => {
  it('costs no request until the agent opens the wall, then one: the latest three notes and the count', async () => {
    const { coRequests } = start(5);
    const user = userEvent.setup();
    renderWithServices(<ValueWall value={value} ticketId={1002} settings={settings} />, { user: { id: 1, name: 'Ada Agent' } });
    await new Promise((r) => setTimeout(r, 50));
    expect(coRequests()).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Wall notes' }));
    const list = await screen.findByRole('list', { name: `Notes on ${value.name}` });
    expect(
      within(list)
        .getAllByTestId('wall-note')
        .map((n) => n.querySelector('p')?.textContent),
    ).toEqual(['Note 5', 'Note 4', 'Note 3']);
    expect(screen.getByRole('button', { name: 'Wall notes (5 notes)' })).toBeInTheDocument();
    expect(coRequests()).toHaveLength(1);
  });

  it('keeps a hostile note as plain text: HTML, a formula and RTL text land and show exactly as typed', async () => {
    const { store } = start(0);
    const user = userEvent.setup();
    renderWithServices(<ValueWall value={value} ticketId={1002} settings={settings} />, { user: { id: 1, name: 'Ada Agent' } });
    await user.click(screen.getByRole('button', { name: 'Wall notes' }));
    const box = await screen.findByRole('textbox', { name: `Add a note on ${value.name}` });
    const hostile = '<img src=x onerror="alert(1)"> =HYPERLINK("http://evil.test","x") نحن نهتم';
    fireEvent.change(box, { target: { value: hostile } });
    await user.click(screen.getByRole('button', { name: 'Add to the wall' }));
    await waitFor(() => expect(store.records(WALL_OBJECT.key)).toHaveLength(1));
    const record = store.records(WALL_OBJECT.key)[0]!;
    expect(record.custom_object_fields).toMatchObject({
      body: hostile,
      value_tag: value.tag,
      author_id: 1,
      author_name: 'Ada Agent',
      ticket_id: 1002,
    });
    const shown = await screen.findByText(hostile);
    expect(shown).toHaveAttribute('dir', 'auto');
    expect(document.querySelector('img')).toBeNull();
  });

  it('refuses 10,000 pasted characters without losing them', async () => {
    const { store } = start(0);
    const user = userEvent.setup();
    renderWithServices(<ValueWall value={value} ticketId={null} settings={settings} />, { user: { id: 1 } });
    await user.click(screen.getByRole('button', { name: 'Wall notes' }));
    const box = await screen.findByRole('textbox', { name: `Add a note on ${value.name}` });
    fireEvent.change(box, { target: { value: 'x'.repeat(10_000) } });
    expect(screen.getByRole('alert')).toHaveTextContent('10000 characters: notes hold up to 500');
    expect(screen.getByRole('button', { name: 'Add to the wall' })).toBeDisabled();
    expect(box).toHaveValue('x'.repeat(10_000));
    expect(store.records(WALL_OBJECT.key)).toHaveLength(0);
  });

  it('keeps a note written offline, says so, and sends it once when the connection is back (no double)', async () => {
    const { store } = start(0);
    const user = userEvent.setup();
    renderWithServices(<ValueWall value={value} ticketId={1002} settings={settings} />, { user: { id: 1 } });
    await user.click(screen.getByRole('button', { name: 'Wall notes' }));
    const box = await screen.findByRole('textbox', { name: `Add a note on ${value.name}` });
    store.fault({ path: '/api/v2/custom_objects', offline: true, times: 5 });
    fireEvent.change(box, { target: { value: 'Written on the train' } });
    await user.click(screen.getByRole('button', { name: 'Add to the wall' }));
    expect(await screen.findByText(/Not sent yet: Zendesk cannot be reached/)).toBeInTheDocument();
    expect(screen.getByText('Written on the train')).toBeInTheDocument();
    expect(store.records(WALL_OBJECT.key)).toHaveLength(0);
    store.clearFaults();
    await act(async () => {
      window.dispatchEvent(new Event('online'));
      await new Promise((r) => setTimeout(r, 100));
    });
    await waitFor(() => expect(store.records(WALL_OBJECT.key)).toHaveLength(1));
    await waitFor(() => expect(screen.queryByText(/Not sent yet/)).toBeNull());
    window.dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 100));
    expect(store.records(WALL_OBJECT.key)).toHaveLength(1);
  });

  it('lets the author edit and delete their own notes', async () => {
    const { store } = start(2);
    const user = userEvent.setup();
    renderWithServices(<ValueWall value={value} ticketId={1002} settings={settings} />, { user: { id: 4, name: 'Nat Newhire' } });
    await user.click(screen.getByRole('button', { name: 'Wall notes' }));
    const note = (await screen.findByText('Note 2')).closest('li')!;
    await user.click(within(note).getByRole('button', { name: 'Edit' }));
    const box = within(note).getByRole('textbox', { name: 'Edit your note' });
    await user.clear(box);
    await user.type(box, 'Note 2, better said');
    await user.click(within(note).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(store.records(WALL_OBJECT.key).map((r) => r.custom_object_fields.body)).toContain('Note 2, better said'));
    const other = (await screen.findByText('Note 1')).closest('li')!;
    await user.click(within(other).getByRole('button', { name: 'Delete' }));
    await user.click(within(other).getByRole('button', { name: 'Delete for good' }));
    await waitFor(() => expect(store.records(WALL_OBJECT.key)).toHaveLength(1));
    expect(screen.queryByText('Note 1')).toBeNull();
  });
});
