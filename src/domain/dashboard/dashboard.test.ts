import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExportRow } from '../export/rows';
import { aggregate } from './aggregate';
import { celebrationMessage, weeklyBadges } from './badges';
import { exemplaryFeed } from './feed';
import { filterRows } from './filter-rows';
import { isoWeek, MAX_WEEKS, weeksBetween, weekStart } from './iso-week';
import { outcomes } from './outcomes';

const values = [
  { tag: 'vc_a', name: 'A' },
  { tag: 'vc_b', name: 'B' },
  { tag: 'vc_c', name: 'C' },
];

function row(o: Partial<ExportRow>): ExportRow {
  return {
    ticketId: 1,
    ticketUrl: '',
    subject: 's',
    status: 'open',
    assigneeId: 10,
    assignee: 'Ten',
    groupId: 1,
    group: 'G1',
    value: 'A',
    valueTag: 'vc_a',
    taggedById: 99,
    taggedBy: 'Rev',
    taggedAt: '2026-11-18T10:00:00.000Z',
    replyCommentId: 5,
    replyAuthorId: 10,
    replyAuthor: 'Ten',
    replyExcerpt: '',
    note: '',
    satisfaction: '',
    recordState: 'in-field',
    counted: 1,
    ticketUpdatedAt: '2026-11-21T09:00:00Z',
    ...o,
  };
}

const name = (id: number) => `agent ${id}`;
const labels = { agentName: name, unknownAgent: 'Unknown', noGroup: 'No group' };

describe('ISO weeks', () => {
  it('starts weeks on Monday and follows the Thursday rule at year ends', () => {
    expect(weekStart(new Date('2026-11-22T23:00:00Z'))).toBe('2026-11-16');
    expect(isoWeek(new Date('2026-11-18T00:00:00Z'))).toBe('2026-W47');
    expect(isoWeek(new Date('2021-01-03T00:00:00Z'))).toBe('2020-W53');
    expect(isoWeek(new Date('2024-12-30T00:00:00Z'))).toBe('2025-W01');
  });
  it('lists every week of a range, empty ones included', () => {
    expect(weeksBetween('2026-11-01', '2026-11-22').map((w) => w.week)).toEqual(['2026-W44', '2026-W45', '2026-W46', '2026-W47']);
  });

  it('never builds more than MAX_WEEKS bars, nor any for a date that is not one (a half-typed year built 95,177)', () => {
    const weeks = weeksBetween('0202-11-01', '2026-11-22');
    expect(weeks).toHaveLength(MAX_WEEKS);
    expect(weeks.at(-1)!.week).toBe('2026-W47');
    expect(weeksBetween('2026-13-45', '2026-11-22')).toEqual([]);
  });
});

describe('aggregate', () => {
  it('counts per value (zeros included, rare flagged), agent, group and week', () => {
    const rows = Array.from({ length: 8 }, () => row({})).concat([
      row({ valueTag: 'vc_b', value: 'B', replyAuthorId: 11, groupId: 2, group: 'G2', taggedAt: '2026-11-10T00:00:00Z' }),
    ]);
    const result = aggregate(rows, { values, from: '2026-11-09', to: '2026-11-22', ...labels });
    expect(result.perValue).toEqual([
      { tag: 'vc_a', name: 'A', count: 8, rare: false },
      { tag: 'vc_b', name: 'B', count: 1, rare: false },
      { tag: 'vc_c', name: 'C', count: 0, rare: true },
    ]);
    expect(result.perAgent).toEqual([
      { agentId: 10, name: 'agent 10', count: 8 },
      { agentId: 11, name: 'agent 11', count: 1 },
    ]);
    expect(result.perGroup.map((g) => [g.name, g.count])).toEqual([
      ['G1', 8],
      ['G2', 1],
    ]);
    expect(result.perWeek.map((w) => w.count)).toEqual([1, 8]);
  });

  it('credits the reply author when known, and "unknown" (never the assignee) when not recorded', () => {
    const result = aggregate([row({ replyAuthorId: 12 }), row({ replyAuthorId: null, assigneeId: 10 })], {
      values,
      from: '2026-11-16',
      to: '2026-11-22',
      ...labels,
    });
    expect(result.perAgent).toEqual([
      { agentId: 12, name: 'agent 12', count: 1 },
      { agentId: null, name: 'Unknown', count: 1 },
    ]);
  });

  it('counts replies, not tag events, and leaves out rows that are not counted', () => {
    const result = aggregate(
      [
        row({}),
        row({ taggedById: 98, counted: 0 }),
        row({ recordState: 'removed-outside-app', counted: 0 }),
        row({ recordState: 'no-record-line', taggedAt: null, counted: 0 }),
      ],
      { values, from: '2026-11-16', to: '2026-11-22', ...labels },
    );
    expect(result.total).toBe(1);
    expect(result.tagEvents).toBe(2);
    expect(result.perWeek.map((w) => w.count)).toEqual([1]);
  });

  it('per-value counts always add up to the rows', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            valueTag: fc.constantFrom('vc_a', 'vc_b', 'vc_c', 'vc_unknown'),
            replyAuthorId: fc.constantFrom(10, 11, null),
            groupId: fc.constantFrom(1, 2, null),
            day: fc.integer({ min: 1, max: 28 }),
            counted: fc.constantFrom(0 as const, 1 as const),
          }),
        ),
        (specs) => {
          const result = aggregate(
            specs.map(({ day, ...o }) => row({ ...o, taggedAt: `2026-11-${String(day).padStart(2, '0')}T10:00:00Z` })),
            { values, from: '2026-11-01', to: '2026-11-28', ...labels },
          );
          const total = specs.filter((s) => s.counted === 1).length;
          expect(result.total).toBe(total);
          for (const chart of [result.perValue, result.perAgent, result.perGroup, result.perWeek])
            expect(chart.reduce((s: number, v: { count: number }) => s + v.count, 0)).toBe(total);
        },
      ),
    );
  });
});

describe('filterRows', () => {
  it('filters by inclusive days, value, agent and group', () => {
    const rows = [
      row({ taggedAt: '2026-11-22T23:59:59Z' }),
      row({ taggedAt: '2026-11-23T00:00:00Z' }),
      row({ valueTag: 'vc_b' }),
      row({ groupId: 2 }),
      row({ replyAuthorId: 11 }),
    ];
    expect(filterRows(rows, { from: '2026-11-16', to: '2026-11-22', valueTags: [], agentIds: [], groupIds: [] })).toHaveLength(4);
    expect(filterRows(rows, { from: '2026-11-16', to: '2026-11-22', valueTags: ['vc_a'], agentIds: [10], groupIds: [1] })).toHaveLength(1);
  });
});

describe('weekly badges', () => {
  it('gives each week’s badge per value to the agent tagged most, ties sharing it', () => {
    const rows = [
      row({ replyAuthorId: 10 }),
      row({ replyAuthorId: 10 }),
      row({ replyAuthorId: 10, counted: 0 }),
      row({ replyAuthorId: 11 }),
      row({ replyAuthorId: null }),
      row({ replyAuthorId: null }),
      row({ valueTag: 'vc_b', value: 'B', replyAuthorId: 11 }),
      row({ valueTag: 'vc_b', value: 'B', replyAuthorId: 12 }),
      row({ taggedAt: '2026-11-10T00:00:00Z', replyAuthorId: 12 }),
    ];
    const weeks = weeklyBadges(rows, values);
    expect(weeks.map((w) => w.week)).toEqual(['2026-W47', '2026-W46']);
    expect(weeks[0]!.badges).toEqual([
      { tag: 'vc_a', value: 'A', agentIds: [10], count: 2 },
      { tag: 'vc_b', value: 'B', agentIds: [11, 12], count: 1 },
    ]);
    expect(celebrationMessage(weeks[0]!, name).items[1]).toEqual({ value: 'B', agents: ['agent 11', 'agent 12'], count: 1 });
  });
});

describe('outcomes and feed', () => {
  it('compares satisfaction of tagged tickets with all tickets', () => {
    const result = outcomes([{ satisfaction: 'good' }, { satisfaction: 'good' }, { satisfaction: 'bad' }, { satisfaction: null }], {
      good: 10,
      bad: 10,
      offered: 5,
      unoffered: 75,
      total: 100,
    });
    expect(result.tagged).toMatchObject({ good: 2, bad: 1, unoffered: 1, goodRate: 2 / 3 });
    expect(result.all.goodRate).toBe(0.5);
    expect(outcomes([], { good: 0, bad: 0, offered: 0, unoffered: 0, total: 0 }).all.goodRate).toBeNull();
  });

  it('lists tagged replies newest first, one entry per reply', () => {
    const rows = [
      row({ ticketId: 1, replyCommentId: 5, note: 'n1', taggedAt: '2026-11-18T00:00:00Z' }),
      row({ ticketId: 1, replyCommentId: 5, valueTag: 'vc_b', value: 'B', taggedAt: '2026-11-19T00:00:00Z' }),
      row({ ticketId: 2, replyCommentId: 6, taggedAt: '2026-11-17T00:00:00Z' }),
    ];
    const feed = exemplaryFeed(rows, 10);
    expect(feed.map((f) => [f.ticketId, f.values])).toEqual([
      [1, ['A', 'B']],
      [2, ['A']],
    ]);
    expect(feed[0]!.notes).toEqual([{ by: 'Rev', note: 'n1' }]);
  });
});
