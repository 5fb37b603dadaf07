import type { ExportRow } from '../export/rows';
import { agentOf } from '../export/tag-rows';
import type { ValueRef } from './aggregate';
import { isoWeek, weekStart, weeksBetween } from './iso-week';

/**
 * What the leads page opens on (issue 13): the week's badges with the replies that earned them, what
 * needs attention, the per-value weekly trend and the agent × value table. All pure, all counted from
 * the same counted rows as every other figure (ADR 0015), so the export reproduces each number.
 */

/** "Needs attention" (values and agents at 0) only from this many counted replies in the week. */
export const MIN_ATTENTION_SAMPLE = 10;

export interface BadgeReply {
  ticketId: number;
  subject: string;
  replyCommentId: number | null;
  excerpt: string;
  taggedAt: string;
}

export interface WeekBadge {
  tag: string;
  value: string;
  /** Most replies exemplifying the value this week; ties share the badge. */
  agentIds: number[];
  count: number;
  /** The winners' replies behind the badge, newest first. */
  replies: (BadgeReply & { agentId: number })[];
}

export interface WeekHighlights {
  week: string;
  start: string;
  /** Counted replies this week (all authors, unknown included). */
  total: number;
  badges: WeekBadge[];
  /** Catalogue values with no counted reply this week; null below the minimum sample. */
  valuesAtZero: ValueRef[] | null;
}

const counted = (rows: readonly ExportRow[]) => rows.filter((r) => r.counted === 1 && r.taggedAt !== null);

/** The week (ISO, Monday start) containing `day` (YYYY-MM-DD). */
export function weekOf(day: string): { week: string; start: string } {
  const date = new Date(`${day}T00:00:00Z`);
  return { week: isoWeek(date), start: weekStart(date) };
}

/** The badges of one week with the replies that earned them, and the values nobody exemplified. */
export function weekHighlights(rows: readonly ExportRow[], values: readonly ValueRef[], day: string): WeekHighlights {
  const { week, start } = weekOf(day);
  const inWeek = counted(rows).filter((r) => isoWeek(new Date(r.taggedAt!)) === week);
  const order = new Map(values.map((v, i) => [v.tag, i]));
  const byValue = new Map<string, ExportRow[]>();
  for (const row of inWeek) byValue.set(row.valueTag, [...(byValue.get(row.valueTag) ?? []), row]);
  const badges: WeekBadge[] = [];
  for (const [tag, valueRows] of byValue) {
    const perAgent = new Map<number, ExportRow[]>();
    for (const row of valueRows) {
      const agent = agentOf(row);
      if (agent !== null) perAgent.set(agent, [...(perAgent.get(agent) ?? []), row]);
    }
    if (perAgent.size === 0) continue; // replies whose author is not recorded earn no badge
    const count = Math.max(...[...perAgent.values()].map((r) => r.length));
    const agentIds = [...perAgent.entries()]
      .filter(([, r]) => r.length === count)
      .map(([id]) => id)
      .sort((a, b) => a - b);
    const replies = agentIds
      .flatMap((agentId) =>
        perAgent.get(agentId)!.map((r) => ({
          agentId,
          ticketId: r.ticketId,
          subject: r.subject,
          replyCommentId: r.replyCommentId,
          excerpt: r.replyExcerpt,
          taggedAt: r.taggedAt!,
        })),
      )
      .sort((a, b) => b.taggedAt.localeCompare(a.taggedAt));
    badges.push({ tag, value: values.find((v) => v.tag === tag)?.name ?? valueRows[0]!.value, agentIds, count, replies });
  }
  badges.sort((a, b) => (order.get(a.tag) ?? Infinity) - (order.get(b.tag) ?? Infinity) || a.tag.localeCompare(b.tag));
  const valuesAtZero = inWeek.length >= MIN_ATTENTION_SAMPLE ? values.filter((v) => !byValue.has(v.tag)) : null;
  return { week, start, total: inWeek.length, badges, valuesAtZero };
}

/** Counted replies per week (every week of the range) and value (every catalogue value), zeros included. */
export function weeklyPerValue(
  rows: readonly ExportRow[],
  values: readonly ValueRef[],
  from: string,
  to: string,
): { week: string; start: string; counts: Record<string, number> }[] {
  const weeks = weeksBetween(from, to).map((w) => ({ ...w, counts: Object.fromEntries(values.map((v) => [v.tag, 0])) }));
  const index = new Map(weeks.map((w, i) => [w.week, i]));
  for (const row of counted(rows)) {
    const i = index.get(isoWeek(new Date(row.taggedAt!)));
    if (i === undefined || !(row.valueTag in weeks[i]!.counts)) continue;
    weeks[i]!.counts[row.valueTag]! += 1;
  }
  return weeks;
}

export interface RosterAgent {
  id: number;
  name: string;
  groupIds: readonly number[];
}

export interface AgentValueRow {
  agentId: number;
  name: string;
  /** Counted replies per value tag, every catalogue value present (zeros included). */
  counts: Record<string, number>;
  total: number;
}

/**
 * One row per agent of the roster (restricted to `groupId` when given) and per credited author not
 * on it, one column per value, zeros visible: who has never been recognised shows as a row of zeros.
 */
export function agentValueTable(
  rows: readonly ExportRow[],
  values: readonly ValueRef[],
  roster: readonly RosterAgent[],
  options: { groupId?: number; agentName: (id: number) => string },
): AgentValueRow[] {
  const table = new Map<number, AgentValueRow>();
  const ensure = (id: number, name: string) => {
    const row = table.get(id) ?? { agentId: id, name, counts: Object.fromEntries(values.map((v) => [v.tag, 0])), total: 0 };
    table.set(id, row);
    return row;
  };
  for (const agent of roster) if (options.groupId === undefined || agent.groupIds.includes(options.groupId)) ensure(agent.id, agent.name);
  for (const row of counted(rows)) {
    const agent = agentOf(row);
    if (agent === null || !(row.valueTag in ensure(agent, options.agentName(agent)).counts)) continue;
    const entry = table.get(agent)!;
    entry.counts[row.valueTag]! += 1;
    entry.total += 1;
  }
  return [...table.values()].sort((a, b) => a.total - b.total || a.name.localeCompare(b.name));
}

/** Roster agents with no counted reply in the rows; null below the minimum sample (then it says nothing). */
export function agentsAtZero(table: readonly AgentValueRow[], sample: number): AgentValueRow[] | null {
  return sample >= MIN_ATTENTION_SAMPLE ? table.filter((a) => a.total === 0) : null;
}
