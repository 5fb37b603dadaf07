// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeComment, makeTicket, makeWorld } from '../../../test/mocks/factories';
import { useZendesk as zendeskDouble } from '../../../test/mocks/node-testing';
import type { Ticket } from '../../../test/mocks/world';
import { renderWithServices } from '../../../test/support/render-app';
import { newestBadges } from '../../../test/support/leads-week-badges';
import NavBar from './nav-bar';

const zd = zendeskDouble();
/** jsdom renders of the whole page are slow on a loaded machine. */
const SLOW = 60_000;
const VALUES = 9001;
const RECORD = 9002;
const LEAD = { id: 2, name: 'Alex Admin', role: 'admin' as const, groups: [] };
const AGENT = { id: 4, name: 'Nat Newhire', role: 'agent' as const, groups: [{ id: 10, name: 'Support' }] };

interface Line {
  e: string;
  tag: string;
  by: number;
  at: string;
  reply: number | null;
  author?: number;
  op?: 'add';
}

function tagged(id: number, o: { values: string[]; lines: Line[]; assignee?: number; updated?: string }): Ticket {
  const updated =
    o.updated ??
    o.lines
      .map((l) => l.at)
      .sort()
      .at(-1) ??
    '2026-11-20T12:00:00Z';
  return makeTicket({
    id,
    assignee_id: o.assignee ?? 1,
    created_at: '2026-10-20T09:00:00Z',
    updated_at: updated,
    tags: o.values,
    custom_fields: [
      { id: VALUES, value: o.values },
      { id: RECORD, value: o.lines.map((l) => JSON.stringify({ v: 1, op: 'add', ...l })).join('\n') },
    ],
  });
}

/** A small account: reassignments, two reviewers on one reply, an unknown author, a hand-set and a hand-removed value. */
function smallWorld() {
  return makeWorld({
    tickets: [
      // Ada (1) wrote reply 111; two reviewers tagged it; the ticket is now assigned to Nat (4).
      tagged(11, {
        values: ['vc_own_the_outcome'],
        assignee: 4,
        lines: [
          { e: 'a1', tag: 'vc_own_the_outcome', by: 2, at: '2026-11-17T10:00:00Z', reply: 111, author: 1 },
          { e: 'a2', tag: 'vc_own_the_outcome', by: 1, at: '2026-11-18T10:00:00Z', reply: 111 },
        ],
      }),
      // An older line without the reply's author, on a ticket assigned to Nat.
      tagged(12, {
        values: ['vc_lead_with_empathy'],
        assignee: 4,
        lines: [{ e: 'b1', tag: 'vc_lead_with_empathy', by: 2, at: '2026-11-03T10:00:00Z', reply: 121 }],
      }),
      // Set by hand in the field (no record line), ticket updated in range.
      tagged(13, { values: ['vc_say_it_plainly'], lines: [], updated: '2026-11-10T08:00:00Z' }),
      // Added in the app, then removed from the field by hand (the record still holds the add).
      tagged(14, {
        values: ['vc_own_the_outcome'],
        lines: [
          { e: 'c1', tag: 'vc_own_the_outcome', by: 2, at: '2026-11-05T10:00:00Z', reply: 141, author: 1 },
          { e: 'c2', tag: 'vc_learn_out_loud', by: 2, at: '2026-11-05T10:00:00Z', reply: 141, author: 1 },
        ],
      }),
    ],
    comments: {},
  });
}

/** The numbers of a chart's table, label → count. */
function chart(testId: string): Record<string, number> {
  const rows = within(screen.getByTestId(testId)).getAllByRole('row').slice(1);
  return Object.fromEntries(
    rows.map((row) => [within(row).getByRole('rowheader').textContent, parseInt(within(row).getByRole('cell').textContent, 10)]),
  );
}

const exportStarts = (store: ReturnType<typeof zd.start>) =>
  store.requests().filter((r) => r.url.includes('/search/export') && !r.url.includes('page%5Bafter%5D')).length;

function renderPage(user: typeof LEAD | typeof AGENT = LEAD, settings: Record<string, unknown> = {}) {
  return renderWithServices(<NavBar />, { user, settings: { ...makeWorld().settings, ...settings } });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-22T12:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('the leads page (nav bar), figures', () => {
  it(
    'counts replies once, credits the recorded author (or unknown), and leaves hand edits out of every figure',
    async () => {
      zd.start(smallWorld());
      renderPage();
      const summary = await screen.findByTestId('leads-summary', {}, { timeout: 5000 });
      // Item 5: ticket 11's reply is 1 reply from 2 tags; item 3: the hand-set value counts nowhere.
      expect(summary).toHaveTextContent('3 replies exemplify a value on 3 tickets in this range (4 tags by reviewers).');
      expect(chart('per-value')).toMatchObject({ 'Own the outcome': 2, 'Lead with empathy': 1, 'Say it plainly': 0, 'Learn out loud': 0 });
      // Item 2: the reply's author as recorded, never the current assignee (Nat).
      expect(chart('per-agent')).toEqual({ 'Ada Agent': 2, 'Unknown (author not recorded)': 1 });
      // Item 3: the weeks add up to the total.
      expect(Object.values(chart('per-week')).reduce((a, b) => a + b, 0)).toBe(3);
      expect(Object.values(chart('per-group')).reduce((a, b) => a + b, 0)).toBe(3);
      expect(screen.getByTestId('undated-note')).toHaveTextContent('1 value in the field has no record line');
      // Item 4: the removed value is shown as such, and counted nowhere.
      expect(
        within(screen.getByTestId('removed-outside')).getByRole('button', {
          name: /Ticket #14: Learn out loud \(removed outside the app\)/,
        }),
      ).toBeVisible();
      // Item 5: the titles say what is counted; the badge counts the reply once.
      expect(screen.getByRole('heading', { name: 'Replies exemplifying each value' })).toBeVisible();
      const week = newestBadges();
      expect(week).toContain('Own the outcomeAda Agent (1 reply)');
      expect(week).not.toContain('Nat Newhire');
    },
    SLOW,
  );

  it(
    'shows an agent the team-level figures and no per-agent chart (per-agent figures are for admins by default, issue 15)',
    async () => {
      zd.start(smallWorld());
      // Agents of group 10 may open the page (issue 13), but per-agent figures stay for admins.
      renderPage(AGENT, { leads_group_ids: '10' });
      const summary = await screen.findByTestId('leads-summary', {}, { timeout: 5000 });
      expect(summary).toHaveTextContent(/3 replies/);
      expect(chart('per-value')).toBeTruthy();
      expect(screen.queryByTestId('per-agent')).toBeNull();
    },
    SLOW,
  );

  it(
    'exports a CSV from which the per-agent chart is recomputed exactly (item 8)',
    async () => {
      zd.start(smallWorld());
      const blobs: Blob[] = [];
      vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:export'));
      vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
      renderPage();
      await screen.findByTestId('leads-summary', {}, { timeout: 5000 });
      // Issue 13: the panel says what it will write, in one sentence, before anything is written.
      expect(screen.getByTestId('export-sentence')).toHaveTextContent(
        "1 CSV row per tag, 6 tags from Oct 26, 2026 to Nov 22, 2026, with reply excerpts and the replies' authors.",
      );
      expect(screen.getByRole('checkbox', { name: 'Open in Excel (adds a marker Excel needs)' })).toBeChecked();
      fireEvent.click(within(screen.getByTestId('export-panel')).getByRole('button', { name: 'Export' }));
      await screen.findByText(/^Done:/, {}, { timeout: 5000 });
      const text = (await blobs[0]!.text()).replace(/^\uFEFF/, '');
      const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
      const perAgent: Record<string, number> = {};
      for (const row of rows) {
        if (row['Counted on the leads page'] !== '1') continue;
        const agent = row['Reply author (credited)'] || 'Unknown (author not recorded)';
        perAgent[agent] = (perAgent[agent] ?? 0) + 1;
      }
      expect(perAgent).toEqual(chart('per-agent'));
      expect(rows).toHaveLength(6);
      expect(rows.every((r) => 'Reply excerpt' in r)).toBe(true);
      expect(rows.map((r) => r['Record state']).sort()).toEqual([
        'in-field',
        'in-field',
        'in-field',
        'in-field',
        'no-record-line',
        'removed-outside-app',
      ]);
    },
    SLOW,
  );

  it(
    'never shows a superseded range, even when its last phase lands after the new one (item 6)',
    async () => {
      const store = zd.start(smallWorld());
      // The first range's user look-up is slow; the new range's is not.
      store.fault({ method: 'GET', path: '/api/v2/users/show_many', delayMs: 1500, times: 1 });
      renderPage();
      await waitFor(() => expect(exportStarts(store)).toBe(1));
      await new Promise((resolve) => setTimeout(resolve, 200));
      fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-15' } });
      await waitFor(() => expect(screen.getByTestId('leads-summary')).toHaveTextContent('1 reply exemplifies a value'), { timeout: 5000 });
      await new Promise((resolve) => setTimeout(resolve, 1800));
      expect(screen.getByTestId('leads-summary')).toHaveTextContent('1 reply exemplifies a value on 1 tickets in this range');
    },
    SLOW,
  );
});

describe('the leads page (nav bar), what a lead opens on (issue 13)', () => {
  it(
    'keeps every week of the range one pick away in the same card (the old weekly badge board is gone: one place to celebrate)',
    async () => {
      zd.start(smallWorld());
      renderPage();
      const week = await screen.findByTestId('this-week', {}, { timeout: 5000 });
      expect(screen.queryByRole('heading', { name: 'Weekly value badges' })).toBeNull();
      const picker = within(week).getByRole<HTMLSelectElement>('combobox', { name: 'Week' });
      // The range's last week first, then each earlier week with a counted reply.
      expect([...picker.options].map((o) => o.textContent)).toEqual(['This week (1 reply)', 'Week of Nov 2, 2026 (2 replies)']);
      fireEvent.change(picker, { target: { value: picker.options[1]!.value } });
      expect(within(week).getByRole('heading', { level: 2 })).toHaveTextContent('Week of Nov 2, 2026');
      expect(week).toHaveTextContent('2 replies exemplify a value in the week of Nov 2, 2026');
      // What the board said about badges is said here: only replies with a recorded author earn one.
      expect(week).toHaveTextContent('Replies whose author was not recorded earn no badge.');
      // That week's badge links to that week's reply, not this week's.
      expect(within(week).getByRole('button', { name: /reply on #14/ })).toBeVisible();
      expect(within(week).queryByRole('button', { name: /reply on #11/ })).toBeNull();
      fireEvent.change(picker, { target: { value: picker.options[0]!.value } });
      expect(within(week).getAllByTestId('week-badge')[0]).toHaveTextContent('Ada Agent (1 reply)');
      expect(within(week).getByRole('button', { name: 'Copy message' })).toBeVisible();
    },
    SLOW,
  );

  it(
    'opens on this week: each badge names the agent and the value and links to the reply that earned it',
    async () => {
      zd.start(smallWorld());
      const { port } = renderPage();
      const openTicket = vi.spyOn(port, 'openTicket');
      const week = await screen.findByTestId('this-week', {}, { timeout: 5000 });
      expect(within(week).getByRole('heading', { level: 2 })).toHaveTextContent('This week');
      expect(week).toHaveTextContent('1 reply exemplifies a value in the week of');
      const [badge] = within(week).getAllByTestId('week-badge');
      expect(badge).toHaveTextContent('Own the outcome');
      expect(badge).toHaveTextContent('Ada Agent (1 reply)');
      fireEvent.click(within(badge!).getByRole('button', { name: /Ada Agent's reply on #11/ }));
      expect(openTicket).toHaveBeenCalledWith(11);
      // One reply in the week: too few to call any value or agent "needs attention".
      expect(within(week).getByTestId('needs-attention')).toHaveTextContent('Shown from 10 tagged replies in the week (1 so far)');
      // The page appears above the other figures.
      const order = [...document.querySelectorAll('[data-testid="this-week"], [data-testid="per-value"]')].map((e) =>
        e.getAttribute('data-testid'),
      );
      expect(order).toEqual(['this-week', 'per-value']);
    },
    SLOW,
  );

  it(
    'names the reply author apart from the tagger in the feed, and shows agents at 0 with every value',
    async () => {
      zd.start(smallWorld());
      renderPage();
      await screen.findByTestId('leads-summary', {}, { timeout: 5000 });
      const entry = screen.getAllByTestId('feed-entry').find((e) => e.textContent.includes('#11'))!;
      expect(within(entry).getByTestId('feed-people')).toHaveTextContent('Reply by Ada Agent · tagged by Alex Admin and Ada Agent');
      // Nat has no tagged reply but is in a group: a row of zeros, not an absence.
      const table = screen.getByTestId('agent-values');
      const nat = within(table).getByRole('rowheader', { name: 'Nat Newhire' }).closest('tr')!;
      expect([...nat.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['0', '0', '0', '0', '0', '0']);
      const ada = within(table).getByRole('rowheader', { name: 'Ada Agent' }).closest('tr')!;
      expect(ada.querySelector('td:last-child')).toHaveTextContent('2');
      // The weekly trend per value has a table with every week and value.
      const trend = within(screen.getByTestId('value-trend')).getByRole('table');
      expect(within(trend).getAllByRole('row')).toHaveLength(5);
    },
    SLOW,
  );

  it(
    'keeps per-agent names from an agent who may open the page but not see per-agent figures',
    async () => {
      zd.start(smallWorld());
      renderPage(AGENT, { leads_group_ids: '10' });
      const week = await screen.findByTestId('this-week', {}, { timeout: 5000 });
      expect(week).not.toHaveTextContent('Ada Agent');
      expect(within(week).queryByRole('button', { name: /reply on #11/ })).toBeNull();
      expect(screen.queryByTestId('agent-values')).toBeNull();
      expect(screen.getAllByTestId('feed-people')[0]).not.toHaveTextContent('Reply by');
    },
    SLOW,
  );
});

describe('the leads page (nav bar), small samples and presets (issue 13)', () => {
  it(
    'flags no coaching focus and gives no good rate from one rating: it says from when it will',
    async () => {
      const world = smallWorld();
      world.tickets.find((tk) => tk.id === 11)!.satisfaction_rating = { score: 'good' };
      zd.start(world);
      renderPage();
      await screen.findByTestId('leads-summary', {}, { timeout: 5000 });
      const perValue = screen.getByTestId('per-value');
      expect(perValue).not.toHaveTextContent('coaching focus:');
      expect(perValue).toHaveTextContent('Coaching focus shows from 15 tagged replies in the range (3 so far).');
      const tagged = screen.getByRole('rowheader', { name: 'Tagged tickets' }).closest('tr')!;
      expect(tagged).toHaveTextContent('1 rating: too few for a rate (from 10)');
      expect(tagged).not.toHaveTextContent('100%');
    },
    SLOW,
  );

  it(
    'loads a preset at once: this week',
    async () => {
      zd.start(smallWorld());
      renderPage();
      await screen.findByTestId('leads-summary', {}, { timeout: 5000 });
      const range = screen.getByLabelText('Range');
      expect(range).toHaveValue('last-4-weeks');
      fireEvent.change(range, { target: { value: 'this-week' } });
      expect(screen.getByLabelText('From')).toHaveValue('2026-11-16');
      await waitFor(() => expect(screen.getByTestId('leads-summary')).toHaveTextContent('1 reply exemplifies a value'), { timeout: 5000 });
      fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-02' } });
      expect(range).toHaveValue('custom');
    },
    SLOW,
  );
});

describe('the leads page (nav bar), who may open it (issue 13)', () => {
  it(
    'tells an agent outside the setting that the figures are not available, and reads none of them (the wall stays theirs)',
    async () => {
      const store = zd.start(smallWorld());
      const before = store.requests().length;
      renderPage(AGENT);
      const notice = await screen.findByTestId('leads-not-available');
      expect(notice).toHaveTextContent('Not available to you');
      expect(notice).toHaveTextContent(/The leads page is open to admins or team lead\./);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const reads = store
        .requests()
        .slice(before)
        .map((r) => r.url)
        .filter((url) => /search\/export|search\/count|show_many|group_memberships|vc_agent_preference/.test(url));
      expect(reads).toEqual([]);
      expect(screen.queryByTestId('export-panel')).toBeNull();
      expect(screen.queryByRole('tab', { name: 'Overview' })).toBeNull();
      expect(screen.getByRole('tab', { name: 'Wall' })).toBeVisible();
    },
    SLOW,
  );

  it(
    'opens for a role or a group the setting names',
    async () => {
      zd.start(smallWorld());
      renderPage({ ...AGENT, role: 'Team Lead' } as unknown as typeof AGENT, { leads_roles: 'team lead' });
      await screen.findByTestId('leads-summary', {}, { timeout: 5000 });
      expect(screen.queryByTestId('leads-not-available')).toBeNull();
    },
    SLOW,
  );
});

describe('the leads page (nav bar), dates', () => {
  it(
    'does not load a half-typed year: the message is at the field, the figures stay (item 9)',
    async () => {
      const store = zd.start(smallWorld());
      renderPage();
      await screen.findByTestId('leads-summary', {}, { timeout: 5000 });
      const before = store.requests().length;
      const from = screen.getByLabelText('From');
      fireEvent.change(from, { target: { value: '0202-11-01' } });
      expect(from).toHaveAttribute('aria-invalid', 'true');
      expect(screen.getByText('Enter a year from 2000 to 2027.')).toBeVisible();
      expect(screen.getByText('The figures still show 2026-10-26 to 2026-11-22.')).toBeVisible();
      await new Promise((resolve) => setTimeout(resolve, 900));
      expect(store.requests().length).toBe(before);
      expect(Object.keys(chart('per-week'))).toHaveLength(4);
    },
    SLOW,
  );

  it(
    'makes one Search Export run for a date typed key by key (item 10)',
    async () => {
      const store = zd.start(smallWorld());
      renderPage();
      await screen.findByTestId('leads-summary', {}, { timeout: 5000 });
      expect(exportStarts(store)).toBe(1);
      const from = screen.getByLabelText('From');
      // What a date field holds while a year is typed digit by digit, then the day.
      for (const value of ['0002-11-01', '0020-11-01', '0202-11-01', '2026-11-01', '2026-11-02', '2026-11-12']) {
        fireEvent.change(from, { target: { value } });
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await waitFor(() => expect(screen.getByTestId('leads-summary')).toHaveTextContent('1 reply exemplifies'), { timeout: 5000 });
      expect(exportStarts(store)).toBe(2);
    },
    SLOW,
  );
});

describe('the leads page (nav bar), learning from tags (ADR 0150)', () => {
  it(
    'learns from every tagged reply of the range whatever the filters, since every sidebar uses what it learns',
    async () => {
      // The refresh saves to the installation settings: the double lets only an admin (Alex, user 2) do that.
      const world = { ...smallWorld(), currentUserId: 2 };
      const reply = (id: number, body: string) => [
        makeComment({ id: id - 1, author_id: 3, body: 'Can you help?' }),
        makeComment({ id, author_id: 1, body }),
      ];
      world.comments = {
        '11': reply(111, 'That was our mistake; I have refunded it and will confirm by Friday.'),
        '12': reply(121, 'I am so sorry, that sounds exhausting. I understand how worrying this is.'),
        '14': reply(141, 'I have fixed the address myself and checked the order end to end.'),
      };
      const store = zd.start(world);
      renderPage();
      await screen.findByTestId('leads-summary', {}, { timeout: 5000 });
      expect(screen.getByRole('button', { name: 'Learn from 3 tagged replies' })).toBeVisible();
      // A lead looks at one value; the saved profile would otherwise teach every sidebar only that value.
      fireEvent.change(screen.getByLabelText('Value'), { target: { value: 'vc_lead_with_empathy' } });
      await waitFor(() => expect(screen.getByTestId('leads-summary')).toHaveTextContent('1 reply exemplifies'));
      expect(screen.getByText(/^The filters above do not apply here/)).toBeVisible();
      fireEvent.click(screen.getByRole('button', { name: 'Learn from 3 tagged replies' }));
      await waitFor(() => expect(screen.getByTestId('learning-panel')).toHaveTextContent('Saved what 3 tagged replies taught'), {
        timeout: 10_000,
      });
      const put = store.requests().find((r) => r.method === 'PUT');
      const profile = JSON.parse((put!.body as { settings: { learned_profile: string } }).settings.learned_profile) as {
        values: { tag: string; n: number }[];
      };
      expect(Object.fromEntries(profile.values.map((v) => [v.tag, v.n]))).toEqual({ vc_own_the_outcome: 2, vc_lead_with_empathy: 1 });
    },
    SLOW,
  );
});
