import { useMemo } from 'react';
import type { Catalogue } from '../../domain/catalogue/types';
import { aggregate, countedRows, type Aggregates } from '../../domain/dashboard/aggregate';
import { exemplaryFeed, type FeedEntry } from '../../domain/dashboard/feed';
import {
  agentValueTable,
  weekHighlights,
  weekOf,
  weeklyPerValue,
  type AgentValueRow,
  type WeekHighlights,
} from '../../domain/dashboard/highlights';
import { outcomes } from '../../domain/dashboard/outcomes';
import type { RangeCounts } from '../../domain/dashboard/range-counts';
import type { SatisfactionCounts } from '../../domain/dashboard/outcomes';
import type { ExportRow } from '../../domain/export/rows';
import { agentOf, matchesFacets } from '../../domain/export/tag-rows';
import type { AppSettings } from '../../domain/settings/app-settings';
import { useT } from '../../services/services';
import type { FilterOption } from './filters-bar';
import type { DashboardFilters } from './filters';
import type { LeadsData } from './load-leads';
import { useLeadsData } from './use-leads-data';
import { useVerifiedRows, type Verification } from './use-verified-rows';

export interface LeadsView {
  /** The range's rows the page's filters (value, agent, group) keep. */
  rows: ExportRow[];
  /** Every row of the loaded range, whatever those filters: what a refresh of the learned profile reads (ADR 0150). */
  rangeRows: ExportRow[];
  aggregates: Aggregates;
  feed: FeedEntry[];
  outcomes: { tagged: SatisfactionCounts; all: SatisfactionCounts | null };
  /** Tickets with a counted reply. */
  tickets: number;
  /** Values in the field with no record line: undated, so in no figure. */
  undated: number;
  /** Record adds whose value is no longer in the field. */
  removedOutside: ExportRow[];
  coverage: LeadsData['coverage'];
  agentName: (id: number) => string;
  agents: FilterOption[];
  groups: FilterOption[];
  /** The history check of the tags shown by name (ADR 0050), with its counts in the current filters. */
  verification: Verification & { verified: number; unverifiedShown: number };
  /**
   * The weeks a lead can celebrate, newest first: the last week of the range (this week when the range
   * ends today), always, then each earlier week of the range with a counted reply.
   */
  weeks: [WeekView, ...WeekView[]];
  /** Counted replies per week and value. */
  weeklyPerValue: ReturnType<typeof weeklyPerValue>;
  /** Every agent of the roster (group filter applied) and credited author × every value, zeros included. */
  agentValues: AgentValueRow[];
}

/** One week's badges, the replies that earned them and its values at 0, with its agent × value table (roster included). */
export interface WeekView {
  highlights: WeekHighlights;
  agents: AgentValueRow[];
}

/** Whole-range ticket counts (over the cap only; ADR 0055): shown while loading too, as they arrive. */
export type LeadsRangeCounts = RangeCounts | null;

export type LeadsModel =
  | { status: 'loading'; progress: { tickets: number; requests: number }; rangeCounts: LeadsRangeCounts }
  | { status: 'failed'; code: string; rangeCounts: LeadsRangeCounts }
  | { status: 'ready'; view: LeadsView; reloading: boolean; rangeCounts: LeadsRangeCounts };

/**
 * The leads page's view model: loads the checked range, then applies the value, agent and group
 * choices in memory and builds every figure from the same counted rows the export writes.
 */
/**
 * `paused`: read nothing yet (a reviewer with a calibration round to submit must not receive real
 * tags). `cap`: how many tagged tickets the page reads (tests lower it).
 */
export function useLeadsModel(
  settings: AppSettings,
  catalogue: Catalogue,
  filters: DashboardFilters,
  options: { cap?: number; paused?: boolean } = {},
): LeadsModel {
  const t = useT();
  const range = useMemo(() => ({ from: filters.from, to: filters.to }), [filters.from, filters.to]);
  const { cap, paused = false } = options;
  const { state, progress, counts } = useLeadsData(settings, catalogue, paused ? null : range, { cap });
  const values = useMemo(() => catalogue.values.map((v) => ({ tag: v.tag, name: v.name })), [catalogue]);
  // Paused (a reviewer with a round to submit): nothing from an earlier read either, so no history check or excerpt read runs.
  const loaded = !paused && state.status === 'ready' ? state.data : null;
  const { rows: checkedRows, verification } = useVerifiedRows(settings, loaded);
  const data = useMemo(() => (loaded && checkedRows ? { ...loaded, rows: checkedRows } : null), [loaded, checkedRows]);

  const view = useMemo((): LeadsView | null => {
    if (!data) return null;
    const rows = data.rows.filter((row) => matchesFacets(row, filters));
    const agentName = (id: number) => data.users.get(id)?.name ?? String(id);
    const from = data.coverage.since ? data.coverage.since.slice(0, 10) : filters.from;
    const counted = countedRows(rows);
    const taggedIds = new Set(counted.map((r) => r.ticketId));
    const satisfaction = outcomes(
      data.tickets.filter((tk) => taggedIds.has(tk.id)),
      data.allInRange ?? { good: 0, bad: 0, offered: 0, unoffered: 0, total: 0 },
    );
    const agentIds = new Set([
      ...countedRows(data.rows)
        .map(agentOf)
        .filter((id): id is number => id !== null),
      ...data.roster.map((a) => a.id),
    ]);
    const groupId = filters.groupIds[0];
    const roster = filters.agentIds.length > 0 ? data.roster.filter((a) => filters.agentIds.includes(a.id)) : data.roster;
    const tableOptions = { groupId, agentName };
    // The range's last week, then every earlier week of it with a counted reply (what the weekly board showed).
    const last = weekOf(filters.to);
    const earlier = [...new Set(counted.flatMap((r) => (r.taggedAt ? [weekOf(r.taggedAt.slice(0, 10)).start] : [])))]
      .filter((start) => start < last.start)
      .sort()
      .reverse();
    const weekView = (day: string): WeekView => {
      const highlights = weekHighlights(rows, values, day);
      const weekRows = rows.filter((r) => r.taggedAt !== null && weekOf(r.taggedAt.slice(0, 10)).week === highlights.week);
      return { highlights, agents: agentValueTable(weekRows, values, roster, tableOptions) };
    };
    const weeks: LeadsView['weeks'] = [weekView(filters.to), ...earlier.map(weekView)];
    return {
      weeks,
      weeklyPerValue: weeklyPerValue(rows, values, from, filters.to),
      agentValues: agentValueTable(rows, values, roster, tableOptions),
      rows,
      rangeRows: data.rows,
      aggregates: aggregate(rows, {
        values,
        from,
        to: filters.to,
        agentName,
        unknownAgent: t('vc.figures.unknownAgent'),
        noGroup: t('vc.figures.noGroup'),
      }),
      feed: exemplaryFeed(rows, 12),
      outcomes: { tagged: satisfaction.tagged, all: data.allInRange ? satisfaction.all : null },
      tickets: taggedIds.size,
      undated: rows.filter((r) => r.recordState === 'no-record-line').length,
      removedOutside: rows.filter((r) => r.recordState === 'removed-outside-app'),
      coverage: data.coverage,
      agentName,
      agents: [...agentIds].map((id) => ({ id: String(id), label: agentName(id) })).sort((a, b) => a.label.localeCompare(b.label)),
      groups: [...data.groups].map(([id, name]) => ({ id: String(id), label: name })),
      verification: {
        ...(verification.status === 'done'
          ? { ...verification, unverified: verification.unverified.filter((line) => matchesFacets(line.row, filters)) }
          : verification),
        verified: rows.filter((r) => r.verified === true).length,
        unverifiedShown: rows.filter((r) => r.verified === false).length,
      },
    };
  }, [data, filters, t, values, verification]);

  if (state.status === 'failed' && !view) {
    const code = (state.error as { code?: string }).code ?? 'unexpected';
    return { status: 'failed', code, rangeCounts: counts };
  }
  if (!view) return { status: 'loading', progress, rangeCounts: counts };
  return { status: 'ready', view, reloading: state.status === 'ready' && state.reloading, rangeCounts: counts };
}
