import { useMemo } from 'react';
import type { Catalogue } from '../../domain/catalogue/types';
import { aggregate, countedRows, type Aggregates } from '../../domain/dashboard/aggregate';
import { weeklyBadges, type WeekBadges } from '../../domain/dashboard/badges';
import { exemplaryFeed, type FeedEntry } from '../../domain/dashboard/feed';
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

export interface LeadsView {
  rows: ExportRow[];
  aggregates: Aggregates;
  badges: WeekBadges[];
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
export function useLeadsModel(
  settings: AppSettings,
  catalogue: Catalogue,
  filters: DashboardFilters,
  options: { cap?: number } = {},
): LeadsModel {
  const t = useT();
  const range = useMemo(() => ({ from: filters.from, to: filters.to }), [filters.from, filters.to]);
  const { state, progress, counts } = useLeadsData(settings, catalogue, range, options);
  const values = useMemo(() => catalogue.values.map((v) => ({ tag: v.tag, name: v.name })), [catalogue]);
  const data = state.status === 'ready' ? state.data : null;

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
    const agentIds = new Set(
      countedRows(data.rows)
        .map(agentOf)
        .filter((id): id is number => id !== null),
    );
    return {
      rows,
      aggregates: aggregate(rows, {
        values,
        from,
        to: filters.to,
        agentName,
        unknownAgent: t('vc.figures.unknownAgent'),
        noGroup: t('vc.figures.noGroup'),
      }),
      badges: weeklyBadges(rows, values),
      feed: exemplaryFeed(rows, 12),
      outcomes: { tagged: satisfaction.tagged, all: data.allInRange ? satisfaction.all : null },
      tickets: taggedIds.size,
      undated: rows.filter((r) => r.recordState === 'no-record-line').length,
      removedOutside: rows.filter((r) => r.recordState === 'removed-outside-app'),
      coverage: data.coverage,
      agentName,
      agents: [...agentIds].map((id) => ({ id: String(id), label: agentName(id) })).sort((a, b) => a.label.localeCompare(b.label)),
      groups: [...data.groups].map(([id, name]) => ({ id: String(id), label: name })),
    };
  }, [data, filters, t, values]);

  if (state.status === 'failed' && !view) {
    const code = (state.error as { code?: string }).code ?? 'unexpected';
    return { status: 'failed', code, rangeCounts: counts };
  }
  if (!view) return { status: 'loading', progress, rangeCounts: counts };
  return { status: 'ready', view, reloading: state.status === 'ready' && state.reloading, rangeCounts: counts };
}
