import { describe, expect, it } from 'vitest';
import type { ExportRow } from '../export/rows';
import type { WallNote } from '../wall/note';
import { celebrate } from './celebrate';
import { periodOf, shiftPeriod } from './period';

const row = (over: Partial<ExportRow>): ExportRow => ({
  ticketId: 1,
  ticketUrl: '#1',
  subject: 's',
  status: 'solved',
  assigneeId: 7,
  assignee: 'Ann',
  groupId: null,
  group: '',
  value: 'Own it',
  valueTag: 'vc_own',
  taggedById: 9,
  taggedBy: 'Lee',
  taggedAt: '2026-11-10T10:00:00Z',
  replyCommentId: 5,
  replyExcerpt: 'We fixed it',
  note: 'Great follow-up',
  satisfaction: 'good',
  // Credit follows the reply's recorded author (ADR 0015): here the assignee wrote it.
  replyAuthorId: 7,
  replyAuthor: 'Ann',
  recordState: 'in-field',
  counted: 1,
  ticketUpdatedAt: '2026-11-21T09:00:00Z',
  ...over,
});
const note = (over: Partial<WallNote>): WallNote => ({
  id: 'n',
  recordId: 'R',
  valueTag: 'vc_own',
  body: 'b',
  authorId: 7,
  authorName: 'Ann',
  ticketId: null,
  writtenAt: '2026-11-12T00:00:00Z',
  updatedAt: '2026-11-12T00:00:00Z',
  hidden: false,
  hiddenBy: null,
  hiddenByName: null,
  hiddenAt: null,
  featured: true,
  ...over,
});
const values = [
  { tag: 'vc_own', name: 'Own it' },
  { tag: 'vc_care', name: 'Care' },
];

describe('periods', () => {
  it('finds ISO weeks, months and quarters in UTC and steps between them', () => {
    expect(periodOf('week', new Date('2026-11-15T23:00:00Z'))).toEqual({ kind: 'week', from: '2026-11-09', to: '2026-11-15' });
    expect(periodOf('month', new Date('2026-02-10T00:00:00Z'))).toEqual({ kind: 'month', from: '2026-02-01', to: '2026-02-28' });
    const q4 = periodOf('quarter', new Date('2026-11-10T00:00:00Z'));
    expect(q4).toEqual({ kind: 'quarter', from: '2026-10-01', to: '2026-12-31' });
    expect(shiftPeriod(q4, 1)).toEqual({ kind: 'quarter', from: '2027-01-01', to: '2027-03-31' });
    expect(shiftPeriod(q4, -1).from).toBe('2026-07-01');
  });
});

describe('celebrate', () => {
  it('gathers badges, tagged replies with notes, featured wall notes and customers’ words per value', () => {
    const c = celebrate({
      period: periodOf('month', new Date('2026-11-10T00:00:00Z')),
      values,
      rows: [
        row({}),
        row({ ticketId: 2, taggedAt: '2026-11-20T00:00:00Z', replyAuthorId: 8 }),
        row({ ticketId: 3, taggedAt: '2026-10-01T00:00:00Z' }),
      ],
      notes: [
        note({}),
        note({ id: 'h', hidden: true }),
        note({ id: 'nf', featured: false }),
        note({ id: 'old', writtenAt: '2026-10-01T00:00:00Z' }),
      ],
      goodComments: new Map([
        [1, '  Thank you, solved in minutes!  '],
        [3, 'outside the period'],
      ]),
    });
    const own = c.values[0];
    expect(own?.recognised).toEqual([
      { agentId: 7, badges: 1, tags: 1 },
      { agentId: 8, badges: 1, tags: 1 },
    ]);
    expect(own?.replies.map((r) => [r.ticketId, r.notes[0]?.note])).toEqual([
      [2, 'Great follow-up'],
      [1, 'Great follow-up'],
    ]);
    expect(own?.notes.map((n) => n.id)).toEqual(['n']);
    expect(own?.customers).toEqual([{ ticketId: 1, comment: 'Thank you, solved in minutes!' }]);
    expect(c.values[1]).toMatchObject({ recognised: [], replies: [], notes: [], customers: [] });
    expect(c.isEmpty).toBe(false);
  });

  it('says a period with no tags and no featured notes is empty', () => {
    const c = celebrate({
      period: periodOf('week', new Date('2026-12-01T00:00:00Z')),
      values,
      rows: [row({})],
      notes: [note({})],
      goodComments: new Map(),
    });
    expect(c.isEmpty).toBe(true);
  });
});
