import { useCallback, useState } from 'react';
import type { Catalogue } from '../../domain/catalogue/types';
import type { RangeCounts } from '../../domain/dashboard/range-counts';
import type { ExportProgress } from '../../domain/export/runner';
import type { AppSettings } from '../../domain/settings/app-settings';
import { useServices } from '../../services/services';
import { useAsync, type AsyncState } from '../../ui/use-async';
import { loadLeads, type LeadsData } from './load-leads';

export interface LeadsResource {
  state: AsyncState<LeadsData>;
  /** How far the current load has got (tickets read, requests made). */
  progress: { tickets: number; requests: number };
  /** Whole-range ticket counts as they arrive (over the cap only), before the load is done. */
  counts: RangeCounts | null;
}

/**
 * The tagged tickets of a checked date range (null: nothing to load yet). A new range aborts the
 * load under way, which stops its requests; useAsync never shows a superseded result (ADR 0006).
 */
export function useLeadsData(
  settings: AppSettings,
  catalogue: Catalogue,
  range: { from: string; to: string } | null,
  options: { cap?: number } = {},
): LeadsResource {
  const { port, api } = useServices();
  const [progress, setProgress] = useState({ tickets: 0, requests: 0 });
  const [counts, setCounts] = useState<RangeCounts | null>(null);
  const { cap } = options;
  const load = useCallback(
    (signal: AbortSignal) => {
      setProgress({ tickets: 0, requests: 0 });
      setCounts(null);
      const onProgress = (p: ExportProgress) => {
        if (!signal.aborted) setProgress({ tickets: p.tickets, requests: p.requests });
      };
      const onCounts = (c: RangeCounts) => {
        if (!signal.aborted) setCounts(c);
      };
      return loadLeads({ port, api, settings, catalogue, from: range!.from, to: range!.to, signal, onProgress, onCounts, cap });
    },
    [api, cap, catalogue, port, range, settings],
  );
  const { state } = useAsync(load, range ? [api, catalogue, port, settings, range.from, range.to, cap] : null);
  // Once loaded, the load's own result is the truth; before, what has arrived so far.
  return { state, progress, counts: state.status === 'ready' ? state.data.rangeCounts : counts };
}
