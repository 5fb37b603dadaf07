// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateTaggedTickets, makeWorld, VALUE_TAGS } from '../../../test/mocks/factories';
import { useZendesk as zendeskDouble } from '../../../test/mocks/node-testing';
import type { Ticket } from '../../../test/mocks/world';
import { renderWithServices } from '../../../test/support/render-app';
import { formatDay } from '../../ui/format-day';
import { useAppConfig } from '../settings/use-app-config';
import { FiguresNotes } from './figures-notes';
import type { DashboardFilters } from './filters';
import { RangeCountsPanel } from './range-counts-panel';
import { useLeadsModel } from './use-leads-model';

/**
 * Issue 16: more tagged tickets in the range than the page reads (the cap is lowered to 60 here).
 * The whole range's ticket counts per value, week and group must be exact — equal to a count made
 * here from the store's tickets — and the page must say which figures are exact and which start at
 * the newest window.
 */
const zd = zendeskDouble();
const VALUES = 9001;
const RECORD = 9002;
const NOW = Date.parse('2026-11-22T12:00:00Z');
const DAY = 86_400_000;
const CAP = 60;
const FROM = '2026-10-21';
const TO = '2026-11-22';

function world(): Ticket[] {
  const tickets = generateTaggedTickets(400, {
    valuesFieldId: VALUES,
    recordFieldId: RECORD,
    tags: VALUE_TAGS,
    userIds: [1, 4],
    groupIds: [10, 11],
    endAt: '2026-11-22T00:00:00Z',
  });
  tickets.forEach((ticket, i) => {
    const field = ticket.custom_fields.find((f) => f.id === VALUES)!;
    const values = field.value as string[];
    // Some values removed from the field by hand (record untouched), some set by hand without a record line.
    if (i % 17 === 0) field.value = values.slice(1);
    if (i % 23 === 0) field.value = [...new Set([...(field.value as string[]), VALUE_TAGS[0]])];
    // Some tickets updated long after their tags: they count in the week of their last update.
    if (i % 29 === 0) ticket.updated_at = new Date(Date.parse(ticket.updated_at) + 9 * DAY).toISOString();
  });
  return tickets;
}

/** Tickets holding a value in the field, last updated in [from, to]: counted with nothing but the store's data. */
function truth(tickets: Ticket[]) {
  const start = Date.parse(`${FROM}T00:00:00Z`);
  const end = Date.parse(`${TO}T00:00:00Z`) + DAY;
  const held = (t: Ticket) =>
    (t.custom_fields.find((f) => f.id === VALUES)!.value as string[]).filter((v) => VALUE_TAGS.includes(v as never));
  const inRange = tickets.filter((t) => held(t).length > 0 && Date.parse(t.updated_at) >= start && Date.parse(t.updated_at) < end);
  const perValue: Record<string, number> = {};
  const perWeek: Record<string, number> = {};
  const perGroup: Record<string, number> = {};
  for (const t of inRange) {
    for (const tag of held(t)) perValue[tag] = (perValue[tag] ?? 0) + 1;
    const d = new Date(t.updated_at);
    const monday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - ((d.getUTCDay() + 6) % 7) * DAY);
    const week = `Week of ${formatDay(monday.toISOString().slice(0, 10), 'en-US')}`;
    perWeek[week] = (perWeek[week] ?? 0) + 1;
    const group = t.group_id === 10 ? 'Support' : 'Reviewers';
    perGroup[group] = (perGroup[group] ?? 0) + 1;
  }
  return { total: inRange.length, perValue, perWeek, perGroup };
}

function chart(testId: string): Record<string, number> {
  const rows = within(screen.getByTestId(testId)).getAllByRole('row').slice(1);
  return Object.fromEntries(
    rows.map((row) => [within(row).getByRole('rowheader').textContent, parseInt(within(row).getByRole('cell').textContent, 10)]),
  );
}

function Page({ filters }: { filters: DashboardFilters }) {
  const config = useAppConfig();
  const catalogue = config.catalogue.catalogue;
  const model = useLeadsModel(config.settings, catalogue, filters, { cap: CAP });
  const groupName = (id: number) =>
    (model.status === 'ready' ? model.view.groups.find((g) => g.id === String(id))?.label : null) ?? String(id);
  return (
    <>
      {model.rangeCounts ? (
        <RangeCountsPanel counts={model.rangeCounts} filters={filters} values={catalogue.values} groupName={groupName} />
      ) : null}
      {model.status === 'ready' ? (
        <div data-testid="window-figures">
          <FiguresNotes view={model.view} from={filters.from} to={filters.to} />
        </div>
      ) : null}
    </>
  );
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
});
afterEach(() => vi.useRealTimers());

describe('the leads page over the cap: whole-range ticket counts', () => {
  it('are exact per value, week and group, and the page says which figures are exact', async () => {
    const tickets = world();
    const store = zd.start(makeWorld({ tickets, comments: {} }), { copy: false });
    const expected = truth(tickets);
    expect(expected.total).toBeGreaterThan(CAP * 3); // well over the cap
    const filters: DashboardFilters = { from: FROM, to: TO, valueTags: [], agentIds: [], groupIds: [] };
    renderWithServices(<Page filters={filters} />, {
      user: { id: 2, name: 'Alex Admin', role: 'admin', groups: [] },
      settings: makeWorld().settings,
    });
    await screen.findByTestId('window-figures', {}, { timeout: 20_000 });

    const names = Object.fromEntries(
      VALUE_TAGS.map((tag) => [
        tag,
        tag
          .replace(/^vc_/, '')
          .replace(/_/g, ' ')
          .replace(/^./, (c) => c.toUpperCase()),
      ]),
    );
    expect(chart('range-per-value')).toEqual(Object.fromEntries(VALUE_TAGS.map((tag) => [names[tag], expected.perValue[tag] ?? 0])));
    const weeks = chart('range-per-week');
    expect(Object.fromEntries(Object.entries(weeks).filter(([, n]) => n > 0))).toEqual(expected.perWeek);
    expect(Object.values(weeks).reduce((a, b) => a + b, 0)).toBe(expected.total);
    expect(chart('range-per-group')).toEqual(expected.perGroup);
    // The statement: exact, what it counts, and that the reply figures start at the window.
    const note = screen.getByTestId('exactness-note');
    expect(note).toHaveTextContent(`${expected.total} tickets hold a value`);
    expect(note).toHaveTextContent('These charts count tickets, not replies');
    expect(screen.getByTestId('coverage-note')).toHaveTextContent(`More than ${CAP} tagged tickets`);
    // No ticket bodies were read for the totals: only counts, besides the window's export pages.
    const paths = store.requests().map((entry) => entry.url.split('?')[0]!.replace(/^https?:\/\/[^/]+/, ''));
    expect(paths.filter((p) => p.startsWith('/api/v2/search/export')).length).toBeLessThanOrEqual(1);
    expect(paths.filter((p) => p.startsWith('/api/v2/search/count')).length).toBeGreaterThanOrEqual(1 + VALUE_TAGS.length + 5 + 2);
  }, 30_000);
});
