import type { Celebration, ValueCelebration } from '../celebrations/celebrate';
import type { Aggregates } from '../dashboard/aggregate';
import type { WeekBadges } from '../dashboard/badges';
import type { ExportColumn, ExportRow } from '../export/rows';
import { mayName, type Visibility } from './visibility';

/**
 * Per-agent totals for the viewer: none without the permission; otherwise the named agents, with the
 * tags of agents who opted out kept in `total` and reported as one unnamed count.
 */
export function visibleAggregates(aggregates: Aggregates, v: Visibility): Aggregates & { hiddenAgentTags: number } {
  // "Author not recorded" names nobody: it stays wherever per-agent figures are shown.
  const shown = (a: Aggregates['perAgent'][number]) => (a.agentId === null ? v.perAgent : mayName(v, a.agentId));
  const hiddenAgentTags = aggregates.perAgent.filter((a) => !shown(a)).reduce((sum, a) => sum + a.count, 0);
  return { ...aggregates, perAgent: aggregates.perAgent.filter(shown), hiddenAgentTags };
}

/**
 * Badges name only agents who may be named. A badge whose winners all opted out stays, without
 * names (the value was exemplified; nobody is singled out); without the permission, no names at all.
 * A badge never passes to the runner-up: that would name someone in place of the person who chose privacy.
 */
export function visibleBadges(weeks: readonly WeekBadges[], v: Visibility): WeekBadges[] {
  return weeks.map((week) => ({
    ...week,
    badges: week.badges.map((badge) => ({ ...badge, agentIds: badge.agentIds.filter((id) => mayName(v, id)) })),
  }));
}

/** The agents the filter bar may offer: filtering by an agent is a per-agent figure. */
export function visibleAgentOptions<T extends { id: string }>(agents: readonly T[], v: Visibility): T[] {
  return agents.filter((a) => mayName(v, Number(a.id)));
}

/** The export's columns for this viewer: the per-agent columns (assignee, the reply's author) only for those allowed to see them. */
export function visibleExportColumns(columns: readonly ExportColumn[], v: Visibility): ExportColumn[] {
  return v.perAgent ? [...columns] : columns.filter((c) => c !== 'assignee' && c !== 'replyAuthor');
}

/** An export row with an agent's name blanked when they may not be named (their ids go too): the reply's author and the assignee. */
export function visibleExportRow<R extends ExportRow>(row: R, v: Visibility, hiddenLabel: string): R {
  const author = row.replyAuthorId ?? null;
  const out = author === null || mayName(v, author) ? row : { ...row, replyAuthorId: null, replyAuthor: v.perAgent ? hiddenLabel : '' };
  if (row.assigneeId === null || mayName(v, row.assigneeId)) return out;
  return { ...out, assigneeId: null, assignee: v.perAgent ? hiddenLabel : '' };
}

/** The note an export file carries about what it leaves out, in the reader's language (filled in by the UI). */
export function exportPrivacyNote(v: Visibility): 'per-agent' | 'team-only' {
  return v.perAgent ? 'per-agent' : 'team-only';
}

/**
 * A celebration for this viewer: the recognised agents it may name, and how many it may not (they
 * chose not to be named, or this viewer sees team-level figures only). Replies, notes and customers'
 * words stay: they are the team's stories, not a board.
 */
export type VisibleCelebration = Omit<Celebration, 'values'> & { values: (ValueCelebration & { unnamed: number })[] };

export function visibleCelebration(celebration: Celebration, v: Visibility): VisibleCelebration {
  return {
    ...celebration,
    values: celebration.values.map((value) => {
      const recognised = value.recognised.filter((r) => mayName(v, r.agentId));
      return { ...value, recognised, unnamed: value.recognised.length - recognised.length };
    }),
  };
}
