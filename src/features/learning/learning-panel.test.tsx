// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeComment, makeTicket, makeWorld } from '../../../test/mocks/factories';
import { installationSettings } from '../../../test/mocks/handlers/apps';
import { useZendesk as zendeskDouble } from '../../../test/mocks/node-testing';
import { renderWithServices } from '../../../test/support/render-app';
import { taggedReply } from '../../../test/support/export-rows';
import type { ExportRow } from '../../domain/export/rows';
import { buildLearnedProfile, parseLearnedProfile, serializeLearnedProfile } from '../../domain/suggest/learned-profile';
import { LearningPanel } from './learning-panel';

const zd = zendeskDouble();
const LEAD = { id: 2, name: 'Alex Admin', role: 'admin' as const, groups: [] };

const row = taggedReply;

function world() {
  return makeWorld({
    currentUserId: 2,
    tickets: [makeTicket({ id: 11 }), makeTicket({ id: 12 })],
    comments: {
      '11': [
        makeComment({ id: 110, author_id: 3, body: 'I was charged twice this month.' }),
        makeComment({
          id: 111,
          author_id: 1,
          body: 'I am sorry, that was our mistake. I have refunded the charge and will confirm by Friday.',
        }),
      ],
      '12': [
        makeComment({ id: 120, author_id: 3, body: 'How do I export my invoices?' }),
        makeComment({ id: 121, author_id: 1, body: 'Here is how:\n1. Open Billing.\n2. Click Export.\nNext time you can do it yourself.' }),
      ],
    },
  });
}

const rows = [row(11, 111, 'vc_own_the_outcome', '2026-11-20T10:00:00Z'), row(12, 121, 'vc_say_it_plainly', '2026-11-21T10:00:00Z')];
const VALUES = [
  { tag: 'vc_own_the_outcome', name: 'Own the outcome' },
  { tag: 'vc_say_it_plainly', name: 'Say it plainly' },
  { tag: 'vc_learn_out_loud', name: 'Learn out loud' },
];

describe('learning from the team’s tags (issue 12, item 3)', () => {
  it('an admin refreshes what was learned: one PUT to the installation settings, with a profile the sidebars can read', async () => {
    const store = zd.start(world());
    renderWithServices(<LearningPanel rows={rows} values={VALUES} />, { user: LEAD });
    expect(screen.getByText(/Not learned yet/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Learn from 2 tagged replies' }));
    await screen.findByText(/Saved what 2 tagged replies taught/, {}, { timeout: 10_000 });
    const puts = store.requests().filter((r) => r.method === 'PUT');
    expect(puts.map((r) => new URL(r.url, 'https://x').pathname)).toEqual(['/api/v2/apps/installations/1.json']);
    const profile = parseLearnedProfile(String(installationSettings(store).learned_profile));
    expect(profile?.from).toBe(2);
    expect(profile?.values.map((v) => v.tag).sort()).toEqual(['vc_own_the_outcome', 'vc_say_it_plainly']);
    expect(profile?.examples.map((e) => [e.ticket, e.by])).toEqual([
      [11, 'Alex Admin'],
      [12, 'Alex Admin'],
    ]);
    expect(screen.getByText(/Last refreshed .*, from 2 tagged replies\./)).toBeTruthy();
  });

  it('tells the truth when Zendesk refuses the write, and changes nothing', async () => {
    const store = zd.start({ ...world(), currentUserId: 1 });
    renderWithServices(<LearningPanel rows={rows} values={VALUES} />, { user: LEAD });
    fireEvent.click(screen.getByRole('button', { name: 'Learn from 2 tagged replies' }));
    expect((await screen.findByRole('alert', {}, { timeout: 10_000 })).textContent).toMatch(/only an admin can change the app's settings/);
    expect(installationSettings(store).learned_profile).toBeUndefined();
  });

  it('an agent sees the refresh disabled, with the reason', () => {
    zd.start(world());
    renderWithServices(<LearningPanel rows={rows} values={VALUES} />, { user: { role: 'agent' } });
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Learn from 2 tagged replies' }).disabled).toBe(true);
    expect(screen.getByText(/Only an admin can save what was learned/)).toBeTruthy();
  });

  it('says how many tagged replies each value learned from, and names the values nobody has tagged yet', async () => {
    zd.start(world());
    renderWithServices(<LearningPanel rows={rows} values={VALUES} />, { user: LEAD });
    fireEvent.click(screen.getByRole('button', { name: 'Learn from 2 tagged replies' }));
    await screen.findByText(/Saved what 2 tagged replies taught/, {}, { timeout: 10_000 });
    const list = screen.getByRole('list', { name: 'Tagged replies per value' });
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Own the outcome: 1 tagged reply',
      'Say it plainly: 1 tagged reply',
      'Learn out loud: 0 tagged replies',
    ]);
    expect(screen.getByText(/^Not tagged yet: Learn out loud\. Until a reviewer tags a reply with it/)).toBeTruthy();
    // Two tagged replies for three values: the sidebars do not read it yet, and the panel says when they will.
    expect(screen.getByText(/^Sidebars start using it from 9 tagged replies of these values .*; it holds 2 so far\./)).toBeTruthy();
  });

  it('shows no count before anything was learned, and names no untagged value once every value has a tagged reply', async () => {
    zd.start(world());
    renderWithServices(<LearningPanel rows={rows} values={VALUES.slice(0, 2)} />, { user: LEAD });
    expect(screen.queryByRole('list', { name: 'Tagged replies per value' })).toBeNull();
    expect(screen.queryByText(/^Sidebars start using it/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Learn from 2 tagged replies' }));
    await screen.findByText(/Saved what 2 tagged replies taught/, {}, { timeout: 10_000 });
    expect(screen.getByRole('list', { name: 'Tagged replies per value' }).querySelectorAll('li')).toHaveLength(2);
    expect(screen.queryByText(/Not tagged yet/)).toBeNull();
    // Every tag in the range is read: no line about a refresh reading only some.
    expect(screen.queryByText(/^The loaded range holds/)).toBeNull();
  });

  it('on a team that tags more than a refresh reads, a value tagged before the newest 400 tags is learned, not called untagged', async () => {
    // A large team: 20 "Learn out loud" tags early in the loaded range, then 420 newer tags of the other two values.
    const tickets = [];
    const comments: Record<string, ReturnType<typeof makeComment>[]> = {};
    const bigRows: ExportRow[] = [];
    for (let i = 0; i < 440; i++) {
      const id = 1000 + i;
      const tag = i < 20 ? 'vc_learn_out_loud' : i % 2 === 0 ? 'vc_own_the_outcome' : 'vc_say_it_plainly';
      tickets.push(makeTicket({ id }));
      comments[String(id)] = [
        makeComment({ id: id * 10, author_id: 3, body: 'Why did this happen?' }),
        makeComment({ id: id * 10 + 1, author_id: 1, body: 'We got this wrong, and here is what we changed so it does not happen again.' }),
      ];
      bigRows.push(row(id, id * 10 + 1, tag, new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString()));
    }
    zd.start(makeWorld({ currentUserId: 2, tickets, comments }));
    renderWithServices(<LearningPanel rows={bigRows} values={VALUES} />, { user: LEAD });
    expect(screen.getByText(/^The loaded range holds 440 tagged replies\. A refresh reads 400 of them, shared evenly/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Learn from 400 tagged replies' }));
    await screen.findByText(/Saved what 400 tagged replies taught/, {}, { timeout: 30_000 });
    const counts = [...screen.getByRole('list', { name: 'Tagged replies per value' }).querySelectorAll('li')].map((li) => li.textContent);
    expect(counts).toContain('Learn out loud: 20 tagged replies');
    expect(screen.queryByText(/Not tagged yet/)).toBeNull();
  }, 60_000);

  it('before replacing a profile that learned from more tags than the range holds, says so, with both counts', async () => {
    // The sidebars use a profile learned from 30 tagged replies; the lead has narrowed the range to two.
    const earlier = buildLearnedProfile(
      Array.from({ length: 30 }, (_, i) => ({
        ticket: makeTicketSnapshot(
          500 + i,
          i % 2 === 0 ? 'I am sorry, that was our mistake and I fixed it.' : 'Here is how: 1. Open Billing. 2. Click Export.',
        ),
        tag: i % 2 === 0 ? 'vc_own_the_outcome' : 'vc_say_it_plainly',
      })),
    );
    const json = serializeLearnedProfile({ ...earlier, builtAt: '2026-11-03T09:00:00Z' });
    zd.start(world());
    renderWithServices(<LearningPanel rows={rows} values={VALUES} />, { user: LEAD, settings: { learned_profile: json } });
    expect(
      screen.getByText(/^The sidebars use what 30 tagged replies taught\. This range holds 2: learning from it replaces that/),
    ).toBeTruthy();
    // Refreshing is still the lead's choice.
    fireEvent.click(screen.getByRole('button', { name: 'Learn from 2 tagged replies' }));
    await screen.findByText(/Saved what 2 tagged replies taught/, {}, { timeout: 10_000 });
    expect(screen.queryByText(/^The sidebars use what 30 tagged replies taught/)).toBeNull();
  });
});

function makeTicketSnapshot(id: number, reply: string) {
  return {
    id,
    subject: 'A question',
    description: '',
    priority: null,
    tags: [],
    comments: [
      { authorRole: 'end-user' as const, public: true, body: 'Can you help?' },
      { authorRole: 'agent' as const, public: true, body: reply },
    ],
  };
}
