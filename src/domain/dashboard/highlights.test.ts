import { describe, expect, it } from 'vitest';
import type { ExportRow } from '../export/rows';
import { aggregate, minFocusSample } from './aggregate';
import { exemplaryFeed } from './feed';
import { agentsAtZero, agentValueTable, MIN_ATTENTION_SAMPLE, weekHighlights, weeklyPerValue } from './highlights';

const values = [
  { tag: 'vc_a', name: 'A' },
  { tag: 'vc_b', name: 'B' },
  { tag: 'vc_c', name: 'C' },
  { tag: 'vc_d', name: 'D' },
];

let next = 1;
function row(o: Partial<ExportRow>): ExportRow {
  const id = next++;
  return {
    ticketId: id,
    ticketUrl: '',
    subject: `Ticket ${id}`,
    status: 'open',
    ticketUpdatedAt: '2026-11-20T00:00:00Z',
    assigneeId: 10,
    assignee: 'Ten',
    groupId: 1,
    group: 'G1',
    value: 'A',
    valueTag: 'vc_a',
    taggedById: 99,
    taggedBy: 'Rev',
    taggedAt: '2026-11-18T10:00:00.000Z',
    replyCommentId: id * 10,
    replyAuthorId: 10,
    replyAuthor: 'Ten',
    replyExcerpt: `reply ${id}`,
    note: '',
    satisfaction: '',
    recordState: 'in-field',
    counted: 1,
    ...o,
  };
}

describe('the week a lead opens on', () => {
  it('gives each badge its winners and the replies that earned it, this week only', () => {
    const rows = [
      row({ replyAuthorId: 10, taggedAt: '2026-11-17T09:00:00Z' }),
      row({ replyAuthorId: 10, taggedAt: '2026-11-19T09:00:00Z' }),
      row({ replyAuthorId: 11, taggedAt: '2026-11-18T09:00:00Z' }),
      row({ replyAuthorId: 11, taggedAt: '2026-11-10T09:00:00Z' }), // last week
      row({ valueTag: 'vc_b', value: 'B', replyAuthorId: null }), // author unknown: no badge
      row({ valueTag: 'vc_c', value: 'C', replyAuthorId: 12, counted: 0 }), // a second reviewer's tag
    ];
    const week = weekHighlights(rows, values, '2026-11-22');
    expect(week).toMatchObject({ week: '2026-W47', start: '2026-11-16', total: 4, valuesAtZero: null });
    expect(week.badges).toHaveLength(1);
    expect(week.badges[0]).toMatchObject({ tag: 'vc_a', agentIds: [10], count: 2 });
    expect(week.badges[0]!.replies.map((r) => [r.agentId, r.taggedAt])).toEqual([
      [10, '2026-11-19T09:00:00Z'],
      [10, '2026-11-17T09:00:00Z'],
    ]);
  });

  it('names values at 0 only from the minimum sample', () => {
    const few = Array.from({ length: MIN_ATTENTION_SAMPLE - 1 }, () => row({}));
    expect(weekHighlights(few, values, '2026-11-20').valuesAtZero).toBeNull();
    const enough = [...few, row({ valueTag: 'vc_b', value: 'B' })];
    expect(weekHighlights(enough, values, '2026-11-20').valuesAtZero!.map((v) => v.name)).toEqual(['C', 'D']);
  });
});

describe('coaching focus', () => {
  it('one tag in 28 days flags no value; from the minimum sample a value at 0 is flagged', () => {
    const one = aggregate([row({})], { values, from: '2026-10-26', to: '2026-11-22', agentName: String, unknownAgent: '?', noGroup: '-' });
    expect(one.perValue.filter((v) => v.rare)).toEqual([]);
    const many = Array.from({ length: minFocusSample(values.length) }, (_, i) =>
      row({ valueTag: values[i % 3]!.tag, value: values[i % 3]!.name }),
    );
    const result = aggregate(many, { values, from: '2026-10-26', to: '2026-11-22', agentName: String, unknownAgent: '?', noGroup: '-' });
    expect(result.perValue.filter((v) => v.rare).map((v) => v.name)).toEqual(['D']);
  });
});

describe('the per-value weekly trend and the agent × value table', () => {
  it('has every week and every value, zeros included, adding up to the counted replies', () => {
    const rows = [row({}), row({ valueTag: 'vc_b', taggedAt: '2026-11-03T10:00:00Z' }), row({ counted: 0 })];
    const weeks = weeklyPerValue(rows, values, '2026-11-01', '2026-11-22');
    expect(weeks.map((w) => w.start)).toEqual(['2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16']);
    expect(weeks[1]!.counts).toEqual({ vc_a: 0, vc_b: 1, vc_c: 0, vc_d: 0 });
    expect(weeks[3]!.counts).toEqual({ vc_a: 1, vc_b: 0, vc_c: 0, vc_d: 0 });
  });

  it('lists roster agents with 0 tags, restricted to a group, plus credited authors off the roster', () => {
    const roster = [
      { id: 10, name: 'Ten', groupIds: [1] },
      { id: 20, name: 'Twenty', groupIds: [1] },
      { id: 30, name: 'Thirty', groupIds: [2] },
    ];
    const rows = [row({}), row({ replyAuthorId: 40, replyAuthor: 'Forty', valueTag: 'vc_c' })];
    const table = agentValueTable(rows, values, roster, { agentName: (id) => `agent ${id}` });
    expect(table.map((a) => [a.name, a.total])).toEqual([
      ['Thirty', 0],
      ['Twenty', 0],
      ['agent 40', 1],
      ['Ten', 1],
    ]);
    expect(table.find((a) => a.agentId === 20)!.counts).toEqual({ vc_a: 0, vc_b: 0, vc_c: 0, vc_d: 0 });
    const group = agentValueTable(rows, values, roster, { groupId: 2, agentName: String });
    expect(group.map((a) => a.agentId)).toEqual([30, 10, 40]);
    expect(agentsAtZero(table, 2)).toBeNull();
    expect(agentsAtZero(table, MIN_ATTENTION_SAMPLE)!.map((a) => a.name)).toEqual(['Thirty', 'Twenty']);
  });
});

describe('the feed', () => {
  it('names the reply author apart from the taggers', () => {
    const [entry] = exemplaryFeed([row({ ticketId: 5, replyCommentId: 50, replyAuthorId: 10, replyAuthor: 'Ten', taggedBy: 'Rev' })], 5);
    expect(entry).toMatchObject({ replyAuthorId: 10, replyAuthor: 'Ten', taggedBy: ['Rev'] });
  });
});
