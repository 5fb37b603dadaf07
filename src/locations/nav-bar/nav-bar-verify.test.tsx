// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTicket, makeWorld } from '../../../test/mocks/factories';
import { forgeRecordLine } from '../../../test/mocks/forge';
import { useZendesk as zendeskDouble } from '../../../test/mocks/node-testing';
import type { Ticket } from '../../../test/mocks/world';
import { renderWithServices } from '../../../test/support/render-app';
import { newestBadges } from '../../../test/support/leads-week-badges';
import NavBar from './nav-bar';

/**
 * Issue 8 item 12: anyone with API access can write the record field directly. The leads page checks
 * the tags it shows by name against each ticket's audits; a forged line is marked unverified, says
 * why, and counts nowhere; a real tag is verified.
 */
const zd = zendeskDouble();
const SLOW = 60_000;
const VALUES = 9001;
const RECORD = 9002;
const LEAD = { id: 2, name: 'Alex Admin', role: 'admin' as const, groups: [] };
const FIELDS = { valuesFieldId: VALUES, recordFieldId: RECORD };

function tagged(id: number, line: Record<string, unknown> | null, updated: string): Ticket {
  return makeTicket({
    id,
    assignee_id: 4,
    created_at: '2026-10-20T09:00:00Z',
    updated_at: updated,
    tags: line ? [String(line.tag)] : [],
    custom_fields: [
      { id: VALUES, value: line ? [String(line.tag)] : [] },
      { id: RECORD, value: line ? JSON.stringify({ v: 1, op: 'add', ...line }) : null },
    ],
  });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-22T12:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('the leads page checks tags shown by name against the ticket history (issue 8 item 12)', () => {
  it(
    'marks a line written directly through the API as unverified, explains it, and counts it nowhere; a real tag is verified',
    async () => {
      const store = zd.start(
        makeWorld({
          tickets: [
            // A real tag by Alex (2) for Ada's (1) reply: its audit is Alex's, at that time.
            tagged(
              21,
              { e: 'real1', tag: 'vc_own_the_outcome', by: 2, at: '2026-11-18T10:00:00Z', reply: 211, author: 1 },
              '2026-11-18T10:00:00Z',
            ),
            tagged(22, null, '2026-11-01T10:00:00Z'),
          ],
          comments: {},
        }),
      );
      // Nat (4), an agent with API access, writes a line on ticket 22 signed by Alex, crediting
      // Nat's own reply, backdated to last week. The audit says Nat wrote it, now.
      vi.setSystemTime(new Date('2026-11-21T09:30:00Z'));
      forgeRecordLine(
        store,
        22,
        4,
        { e: 'forged1', tag: 'vc_own_the_outcome', by: 2, at: '2026-11-16T10:00:00Z', reply: 221, author: 4 },
        FIELDS,
      );
      vi.setSystemTime(new Date('2026-11-22T12:00:00Z'));

      renderWithServices(<NavBar />, { user: LEAD, settings: makeWorld().settings });
      await screen.findByTestId('leads-summary', {}, { timeout: 10_000 });
      const summary = await screen.findByText(/were checked against each ticket's history/, {}, { timeout: 10_000 });
      expect(summary).toHaveTextContent(
        "Tags shown by name were checked against each ticket's history (2 tickets read): 1 verified, 1 unverified.",
      );

      const line = screen.getByTestId('unverified-line');
      expect(within(line).getByRole('button', { name: 'Ticket #22: Own the outcome' })).toBeVisible();
      const mark = within(line).getByTestId('unverified-mark');
      expect(mark).toHaveTextContent('Unverified');
      // The marker's accessible description is the reason, in words.
      expect(mark).toHaveAccessibleDescription(
        /^This tag does not match the ticket's history: it says Alex Admin tagged it on Nov 16, 2026, 10:00 AM, but Nat Newhire wrote it on Nov 21, 2026, 9:30 AM\.$/,
      );

      // Counted nowhere: one reply (the real one), credited to Ada; Nat earns no badge; the feed has only the real tag.
      await waitFor(() => expect(screen.getByTestId('leads-summary')).toHaveTextContent('1 reply exemplifies a value on 1 tickets'));
      const week = newestBadges();
      expect(week).toContain('Ada Agent');
      expect(week).not.toContain('Nat Newhire');
      expect(screen.getAllByTestId('feed-entry').map((e) => e.textContent)).toEqual([expect.stringContaining('#21')]);
      // Only the two tickets shown by name had their history read.
      const auditReads = store.requests().filter((r) => r.url.includes('/audits'));
      expect(auditReads.map((r) => r.url.match(/tickets\/(\d+)/)![1]).sort()).toEqual(['21', '22']);
    },
    SLOW,
  );
});
