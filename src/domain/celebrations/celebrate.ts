import type { ValueRef } from '../dashboard/aggregate';
import { weeklyBadges } from '../dashboard/badges';
import { exemplaryFeed, type FeedEntry } from '../dashboard/feed';
import type { ExportRow } from '../export/rows';
import type { WallNote } from '../wall/note';
import { inPeriod, type Period } from './period';

/** A customer's own words: the comment of a good satisfaction rating on a ticket tagged with the value. */
export interface CustomerWords {
  ticketId: number;
  comment: string;
}

export interface ValueCelebration {
  tag: string;
  name: string;
  /** Agents recognised (weekly badges in the period), with how many weeks each earned one. */
  recognised: { agentId: number; badges: number; tags: number }[];
  replies: FeedEntry[];
  notes: WallNote[];
  customers: CustomerWords[];
}

export interface Celebration {
  period: Period;
  values: ValueCelebration[];
  /** True when nothing at all happened in the period (no tags, no featured notes). */
  isEmpty: boolean;
}

export interface CelebrationInput {
  period: Period;
  values: readonly ValueRef[];
  rows: readonly (ExportRow & { replyAuthorId?: number | null })[];
  /** Wall notes (featured ones are celebrated when written in the period). */
  notes: readonly WallNote[];
  /** Good ratings' comments by ticket id. */
  goodComments: ReadonlyMap<number, string>;
  /** How many replies to read out per value. */
  repliesPerValue?: number;
}

/**
 * What the team celebrates for a period, value by value: who earned the weekly badges (the
 * dashboard's rule, reused), the replies reviewers tagged with their notes, the featured wall
 * notes, and what customers said in good ratings of tickets tagged with the value.
 */
export function celebrate(input: CelebrationInput): Celebration {
  const rows = input.rows.filter((r) => inPeriod(input.period, r.taggedAt));
  const weeks = weeklyBadges(rows, input.values);
  const values = input.values.map((value): ValueCelebration => {
    const valueRows = rows.filter((r) => r.valueTag === value.tag);
    const recognised = new Map<number, { badges: number; tags: number }>();
    for (const week of weeks) {
      const badge = week.badges.find((b) => b.tag === value.tag);
      for (const agentId of badge?.agentIds ?? []) {
        const entry = recognised.get(agentId) ?? { badges: 0, tags: 0 };
        recognised.set(agentId, { badges: entry.badges + 1, tags: entry.tags + (badge?.count ?? 0) });
      }
    }
    const tickets = [...new Set(valueRows.map((r) => r.ticketId))];
    return {
      tag: value.tag,
      name: value.name,
      recognised: [...recognised.entries()]
        .map(([agentId, c]) => ({ agentId, ...c }))
        .sort((a, b) => b.badges - a.badges || b.tags - a.tags || a.agentId - b.agentId),
      replies: exemplaryFeed(valueRows, input.repliesPerValue ?? 3),
      notes: input.notes
        .filter((n) => n.valueTag === value.tag && n.featured && !n.hidden && inPeriod(input.period, n.writtenAt))
        .sort((a, b) => b.writtenAt.localeCompare(a.writtenAt)),
      customers: tickets
        .map((ticketId) => ({ ticketId, comment: (input.goodComments.get(ticketId) ?? '').trim() }))
        .filter((c) => c.comment !== ''),
    };
  });
  const isEmpty = values.every(
    (v) => v.recognised.length === 0 && v.replies.length === 0 && v.notes.length === 0 && v.customers.length === 0,
  );
  return { period: input.period, values, isEmpty };
}
