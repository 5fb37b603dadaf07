import type { ExportRow } from '../export/rows';
import { agentOf } from '../export/tag-rows';
import { isoWeek, weeksBetween } from './iso-week';

export interface ValueRef {
  tag: string;
  name: string;
}

/**
 * Every chart counts the same thing: replies exemplifying a value (rows with `counted` = 1), so each
 * chart adds up to `total`. Tag events (every reviewer's tag, duplicates included) are counted apart.
 */
export interface Aggregates {
  /** Every catalogue value, zeros included, in catalogue order; then unknown tags. */
  perValue: { tag: string; name: string; count: number; rare: boolean }[];
  /** Credited reply authors; `agentId` null: the record does not say who wrote the reply. */
  perAgent: { agentId: number | null; name: string; count: number }[];
  /** The ticket's group; `groupId` null: no group. */
  perGroup: { groupId: number | null; name: string; count: number }[];
  /** Every week of the range, empty ones included, oldest first. */
  perWeek: { week: string; start: string; count: number }[];
  /** Replies exemplifying a value. */
  total: number;
  /** Tags by reviewers on those replies (≥ total: two reviewers tagging one reply are 2 events, 1 reply). */
  tagEvents: number;
}

/** A value is a coaching focus when it is exemplified less than a quarter as often as the average. */
const RARE_SHARE = 0.25;

/**
 * ...and only from a sample that can say so: at least this many replies per value on average. With
 * fewer, a value at 0 is as likely chance as a gap (one tag in 28 days once flagged four of five
 * values); from 3 a value nobody exemplified would happen by chance ~5% of the time.
 */
export const MIN_FOCUS_MEAN = 3;

/** The replies needed before any value is called a coaching focus. */
export const minFocusSample = (valueCount: number): number => MIN_FOCUS_MEAN * valueCount;

function countBy<K>(rows: readonly ExportRow[], key: (row: ExportRow) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const row of rows) {
    const k = key(row);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

const byCount = <T extends { count: number; name: string }>(a: T, b: T) => b.count - a.count || a.name.localeCompare(b.name);

export interface AggregateOptions {
  values: readonly ValueRef[];
  from: string;
  to: string;
  /** Display name of an agent. */
  agentName(id: number): string;
  /** Labels for replies whose author is not recorded, and tickets without a group. */
  unknownAgent: string;
  noGroup: string;
}

/** The rows counted on the page: in the value field, dated, first tag of a reply and value. */
export const countedRows = <R extends ExportRow>(rows: readonly R[]): R[] => rows.filter((r) => r.counted === 1);

export function aggregate(rows: readonly ExportRow[], options: AggregateOptions): Aggregates {
  const counted = countedRows(rows);
  const { values } = options;
  const perTag = countBy(counted, (r) => r.valueTag);
  const known = new Set(values.map((v) => v.tag));
  const mean = values.length === 0 ? 0 : values.reduce((sum, v) => sum + (perTag.get(v.tag) ?? 0), 0) / values.length;
  const perValue = values.map((v) => {
    const count = perTag.get(v.tag) ?? 0;
    return { tag: v.tag, name: v.name, count, rare: mean >= MIN_FOCUS_MEAN && count < mean * RARE_SHARE };
  });
  for (const [tag, count] of perTag)
    if (!known.has(tag)) perValue.push({ tag, name: counted.find((r) => r.valueTag === tag)?.value ?? tag, count, rare: false });

  const perAgent = [...countBy(counted, agentOf)]
    .map(([agentId, count]) => ({ agentId, name: agentId === null ? options.unknownAgent : options.agentName(agentId), count }))
    .sort(byCount);
  const groupNames = new Map(counted.map((r) => [r.groupId, r.group]));
  const perGroup = [...countBy(counted, (r) => r.groupId)]
    .map(([groupId, count]) => ({ groupId, name: groupId === null ? options.noGroup : groupNames.get(groupId) || String(groupId), count }))
    .sort(byCount);
  const weekly = countBy(counted, (r) => isoWeek(new Date(r.taggedAt!)));
  const perWeek = weeksBetween(options.from, options.to).map((w) => ({ ...w, count: weekly.get(w.week) ?? 0 }));
  const tagEvents = rows.filter((r) => r.recordState === 'in-field' && r.taggedAt !== null).length;
  return { perValue, perAgent, perGroup, perWeek, total: counted.length, tagEvents };
}
