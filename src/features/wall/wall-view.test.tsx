// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeWorld } from '../../../test/mocks/factories';
import { useZendesk } from '../../../test/mocks/node-testing';
import { wallNoteRecord, wallObjectWorld } from '../../../test/mocks/wall-seed';
import { renderWithServices } from '../../../test/support/render-app';
import { DEFAULT_CATALOGUE } from '../../domain/catalogue/default-catalogue';
import { WALL_OBJECT } from '../../domain/wall/note-record';
import { WallView } from './wall-view';

const zd = useZendesk();
const tags = DEFAULT_CATALOGUE.values.map((v) => v.tag);
const settings = { taggerRoles: ['admin'], taggerGroupIds: [10] };
const now = new Date('2026-12-01T12:00:00Z');

function start(count: number) {
  const records = Array.from({ length: count }, (_, i) =>
    wallNoteRecord({
      seq: i + 1,
      valueTag: tags[i % tags.length]!,
      body: `Note ${i + 1}`,
      authorId: 4,
      authorName: 'Nat Newhire',
      at: new Date(Date.parse('2026-09-01T00:00:00Z') + i * 3_600_000).toISOString(),
    }),
  );
  const store = zd.start(makeWorld({ ...wallObjectWorld(), custom_object_records: { [WALL_OBJECT.key]: records } }));
  const searches = () => store.requests().filter((r) => r.url.includes('/records/search'));
  return { store, searches };
}

describe('WallView (leads page)', { timeout: 60_000 }, () => {
  it('shows 2,000 notes a page of 100 at a time, newest first, side by side per value', async () => {
    const { searches } = start(2000);
    const user = userEvent.setup();
    renderWithServices(<WallView catalogue={DEFAULT_CATALOGUE} settings={settings} now={now} />, { user: { id: 1, groups: [] } });
    expect(await screen.findByTestId('wall-shown')).toHaveTextContent('100 notes shown');
    expect(searches()).toHaveLength(1);
    expect(screen.getAllByTestId('wall-column')).toHaveLength(DEFAULT_CATALOGUE.values.length);
    const numbers = screen.getAllByTestId('wall-note').map((n) => Number(/Note (\d+)/.exec(n.textContent ?? '')?.[1]));
    expect(Math.max(...numbers)).toBe(2000);
    expect(Math.min(...numbers)).toBe(1901);
    await user.click(screen.getByTestId('wall-load-more'));
    await waitFor(() => expect(screen.getByTestId('wall-shown')).toHaveTextContent('200 notes shown'));
    expect(searches()).toHaveLength(2);
  });

  it('filters by value and month on the server', async () => {
    const { searches } = start(300);
    const user = userEvent.setup();
    renderWithServices(<WallView catalogue={DEFAULT_CATALOGUE} settings={settings} now={now} />, { user: { id: 1, groups: [] } });
    await screen.findByTestId('wall-shown');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Value' }), tags[1]!);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Month' }), '2026-09');
    await waitFor(() => expect(screen.getAllByTestId('wall-column')).toHaveLength(1));
    await waitFor(() => expect(screen.getByTestId('wall-shown')).toHaveTextContent('That is every note'));
    const notes = screen.getAllByTestId('wall-note');
    expect(notes.length).toBeGreaterThan(0);
    expect(JSON.stringify(searches().at(-1)?.body)).toContain(tags[1]!);
  });

  it('lets a lead hide a note (kept in Zendesk, with who hid it), and shows it again under "show hidden"', async () => {
    const { store } = start(3);
    const user = userEvent.setup();
    renderWithServices(<WallView catalogue={DEFAULT_CATALOGUE} settings={settings} now={now} />, {
      user: { id: 2, name: 'Alex Admin', role: 'admin', groups: [] },
    });
    const note = (await screen.findByText('Note 3')).closest('li')!;
    await user.click(within(note).getByRole('button', { name: 'Hide' }));
    await waitFor(() =>
      expect(store.records(WALL_OBJECT.key).find((r) => r.custom_object_fields.body === 'Note 3')?.custom_object_fields).toMatchObject({
        hidden: true,
        hidden_by: 2,
        hidden_by_name: 'Alex Admin',
      }),
    );
    expect(store.records(WALL_OBJECT.key)).toHaveLength(3);
    await waitFor(() => expect(screen.queryByText('Note 3')).toBeNull());
    await user.click(screen.getByRole('checkbox', { name: 'Show hidden notes' }));
    expect(await screen.findByText('Hidden by Alex Admin')).toBeInTheDocument();
  });

  it('offers admins to set the wall up when the account has no wall object, then loads it', async () => {
    const store = zd.start(makeWorld());
    const user = userEvent.setup();
    store.setCurrentUserId(2);
    renderWithServices(<WallView catalogue={DEFAULT_CATALOGUE} settings={settings} now={now} />, {
      user: { id: 2, role: 'admin', groups: [] },
    });
    await user.click(await screen.findByRole('button', { name: 'Create the custom object and its fields' }));
    expect(await screen.findByText('No notes match these filters.')).toBeInTheDocument();
    expect(store.customObjects.fields(WALL_OBJECT.key).map((f) => f.key)).toContain('body');
  });
});
