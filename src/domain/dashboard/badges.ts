import type { ExportRow } from '../export/rows';
import { agentOf } from '../export/tag-rows';
import { isoWeek, weekStart } from './iso-week';
import type { ValueRef } from './aggregate';

export interface Badge {
  tag: string;
  value: string;
  /** The agent(s) who wrote most replies exemplifying this value this week; ties share the badge. */
  agentIds: number[];
  count: number;
}

export interface WeekBadges {
  week: string;
  start: string;
  badges: Badge[];
}

/**
 * For each week with counted replies (newest first) and each value, who wrote most replies
 * exemplifying it. Replies counted once however many reviewers tagged them; replies whose author is
 * not recorded earn nobody a badge.
 */
export function weeklyBadges(rows: readonly ExportRow[], values: readonly ValueRef[]): WeekBadges[] {
  const counts = new Map<string, Map<string, Map<number, number>>>();
  const starts = new Map<string, string>();
  for (const row of rows) {
    const agent = agentOf(row);
    if (row.counted !== 1 || row.taggedAt === null || agent === null) continue;
    const date = new Date(row.taggedAt);
    const week = isoWeek(date);
    starts.set(week, weekStart(date));
    const byValue = counts.get(week) ?? new Map<string, Map<number, number>>();
    const byAgent = byValue.get(row.valueTag) ?? new Map<number, number>();
    byAgent.set(agent, (byAgent.get(agent) ?? 0) + 1);
    byValue.set(row.valueTag, byAgent);
    counts.set(week, byValue);
  }
  const order = new Map(values.map((v, i) => [v.tag, i]));
  const nameOf = new Map(values.map((v) => [v.tag, v.name]));
  return [...counts.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([week, byValue]) => ({
      week,
      start: starts.get(week) ?? '',
      badges: [...byValue.entries()]
        .sort(([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b))
        .map(([tag, byAgent]) => {
          const count = Math.max(...byAgent.values());
          const agentIds = [...byAgent.entries()]
            .filter(([, n]) => n === count)
            .map(([id]) => id)
            .sort((a, b) => a - b);
          return { tag, value: nameOf.get(tag) ?? rows.find((r) => r.valueTag === tag)?.value ?? tag, agentIds, count };
        }),
    }));
}

export interface CelebrationMessage {
  week: string;
  start: string;
  items: { value: string; agents: string[]; count: number }[];
}

/** The data of a short "values of the week" message; the UI words it in the lead's language. */
export function celebrationMessage(week: WeekBadges, agentName: (id: number) => string): CelebrationMessage {
  return {
    week: week.week,
    start: week.start,
    items: week.badges.map((b) => ({ value: b.value, agents: b.agentIds.map(agentName), count: b.count })),
  };
}
