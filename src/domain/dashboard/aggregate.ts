import type { ExportRow } from '../export/rows';
import { agentOf } from './filter-rows';
import { isoWeek, weeksBetween } from './iso-week';

export interface ValueRef {
  tag: string;
  name: string;
}

export interface Aggregates {
  /** Every catalogue value, zeros included, in catalogue order; then unknown tags. */
  perValue: { tag: string; name: string; count: number; rare: boolean }[];
  perAgent: { agentId: number; name: string; count: number }[];
  perGroup: { groupId: number; name: string; count: number }[];
  /** Every week of the range, empty ones included, oldest first. */
  perWeek: { week: string; start: string; count: number }[];
  total: number;
}

/** A value is a coaching focus when it is exemplified less than a quarter as often as the average. */
const RARE_SHARE = 0.25;

function countBy<K>(rows: readonly ExportRow[], key: (row: ExportRow) => K | null): Map<K, number> {
  const counts = new Map<K, number>();
  for (const row of rows) {
    const k = key(row);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

const byCount = <T extends { count: number; name: string }>(a: T, b: T) => b.count - a.count || a.name.localeCompare(b.name);

export interface AggregateOptions {
  values: readonly ValueRef[];
  from: string;
  to: string;
  /** Display name of an agent (reply authors are not always the ticket's assignee). */
  agentName(id: number): string;
}

export function aggregate(rows: readonly (ExportRow & { replyAuthorId?: number | null })[], options: AggregateOptions): Aggregates {
  const { values } = options;
  const perTag = countBy(rows, (r) => r.valueTag);
  const known = new Set(values.map((v) => v.tag));
  const mean = values.length === 0 ? 0 : values.reduce((sum, v) => sum + (perTag.get(v.tag) ?? 0), 0) / values.length;
  const perValue = values.map((v) => {
    const count = perTag.get(v.tag) ?? 0;
    return { tag: v.tag, name: v.name, count, rare: mean > 0 && count < mean * RARE_SHARE };
  });
  for (const [tag, count] of perTag)
    if (!known.has(tag)) perValue.push({ tag, name: rows.find((r) => r.valueTag === tag)?.value ?? tag, count, rare: false });

  const perAgent = [...countBy(rows, (r) => agentOf(r))]
    .map(([agentId, count]) => ({ agentId, name: options.agentName(agentId), count }))
    .sort(byCount);
  const groupNames = new Map(rows.filter((r) => r.groupId !== null).map((r) => [r.groupId as number, r.group]));
  const perGroup = [...countBy(rows, (r) => r.groupId)]
    .map(([groupId, count]) => ({ groupId, name: groupNames.get(groupId) ?? String(groupId), count }))
    .sort(byCount);
  const weekly = countBy(rows, (r) => (r.taggedAt === null ? null : isoWeek(new Date(r.taggedAt))));
  const perWeek = weeksBetween(options.from, options.to).map((w) => ({ ...w, count: weekly.get(w.week) ?? 0 }));
  return { perValue, perAgent, perGroup, perWeek, total: rows.length };
}
