// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { generateTaggedTickets, makeWorld } from '../../../test/mocks/factories';

/** makeWorld's values and record field ids. */
const FIELDS = { values: 9001, record: 9002 };
import { useZendesk } from '../../../test/mocks/node-testing';
import { wallNoteRecord, wallObjectWorld } from '../../../test/mocks/wall-seed';
import { renderWithServices } from '../../../test/support/render-app';
import { DEFAULT_CATALOGUE } from '../../domain/catalogue/default-catalogue';
import { parseSettings } from '../../domain/settings/parse-settings';
import { WALL_OBJECT } from '../../domain/wall/note-record';
import { CelebrationsView } from './celebrations-view';

const zd = useZendesk();
/** A lead who sees per-agent figures; nobody opted out. */
const LEAD = { perAgent: true, hidden: new Set<number>() };
const tags = DEFAULT_CATALOGUE.values.map((v) => v.tag);

function start() {
  const tickets = generateTaggedTickets(40, {
    valuesFieldId: FIELDS.values,
    recordFieldId: FIELDS.record,
    tags,
    userIds: [1, 4],
    groupIds: [10],
    endAt: '2026-11-28T00:00:00Z',
  });
  tickets[tickets.length - 1]!.satisfaction_rating = { score: 'good', comment: 'Solved before my coffee cooled. Thank you!' };
  const note = wallNoteRecord({
    seq: 1,
    valueTag: tags[0]!,
    body: 'Stayed on it until it worked.',
    authorId: 4,
    authorName: 'Nat Newhire',
    at: '2026-11-20T10:00:00Z',
    featured: true,
  });
  const world = makeWorld({ ...wallObjectWorld(), custom_object_records: { [WALL_OBJECT.key]: [note] } });
  world.tickets.push(...tickets);
  const store = zd.start(world);
  return { store, settings: parseSettings(world.settings).settings };
}

describe('CelebrationsView', { timeout: 60_000 }, () => {
  it('celebrates a month per value: badges, replies, featured wall notes and customers’ words, plus a chat message', async () => {
    const { settings } = start();
    renderWithServices(
      <CelebrationsView catalogue={DEFAULT_CATALOGUE} settings={settings} visibility={LEAD} now={new Date('2026-11-29T00:00:00Z')} />,
    );
    const first = await screen.findByRole('article', { name: DEFAULT_CATALOGUE.values[0]!.name });
    expect(within(first).getByText('Recognised')).toBeInTheDocument();
    expect(within(first).getByText(/Stayed on it until it worked\./)).toBeInTheDocument();
    expect(screen.getByText('Solved before my coffee cooled. Thank you!')).toBeInTheDocument();
    const message = screen.getByRole<HTMLTextAreaElement>('textbox', { name: "Message for the team's chat" });
    expect(message.value).toMatch(/^Our values, /);
    expect(message.value).toContain(`• ${DEFAULT_CATALOGUE.values[0]!.name}: well done`);
    expect(screen.getByTestId('meeting-questions')).toHaveTextContent(DEFAULT_CATALOGUE.missionQuestions[0]!.text);
  });

  it('says so when a period has no tags, and steps between periods', async () => {
    const { settings } = start();
    const user = userEvent.setup();
    renderWithServices(
      <CelebrationsView catalogue={DEFAULT_CATALOGUE} settings={settings} visibility={LEAD} now={new Date('2027-03-10T00:00:00Z')} />,
    );
    expect(await screen.findByTestId('celebrations-empty')).toBeInTheDocument();
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: "Message for the team's chat" }).value).toContain('A quiet period');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), 'quarter');
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Oct'));
    expect(await screen.findAllByRole('article')).not.toHaveLength(0);
  });
});
