import { useCallback, useState } from 'react';
import type { Catalogue } from '../../domain/catalogue/types';
import type { ExportProgress } from '../../domain/export/runner';
import type { AppSettings } from '../../domain/settings/app-settings';
import { useServices } from '../../services/services';
import { useAsync, type AsyncState } from '../../ui/use-async';
import { loadLeads, type LeadsData } from './load-leads';

export interface LeadsResource {
  state: AsyncState<LeadsData>;
  /** How far the current load has got (tickets read, requests made). */
  progress: { tickets: number; requests: number };
}

/**
 * The tagged tickets of a checked date range (null: nothing to load yet). A new range aborts the
 * load under way, which stops its requests; useAsync never shows a superseded result (ADR 0006).
 */
export function useLeadsData(settings: AppSettings, catalogue: Catalogue, range: { from: string; to: string } | null): LeadsResource {
  const { port, api } = useServices();
  const [progress, setProgress] = useState({ tickets: 0, requests: 0 });
  const load = useCallback(
    (signal: AbortSignal) => {
      setProgress({ tickets: 0, requests: 0 });
      const onProgress = (p: ExportProgress) => {
        if (!signal.aborted) setProgress({ tickets: p.tickets, requests: p.requests });
      };
      return loadLeads({ port, api, settings, catalogue, from: range!.from, to: range!.to, signal, onProgress });
    },
    [api, catalogue, port, range, settings],
  );
  const { state } = useAsync(load, range ? [api, catalogue, port, settings, range.from, range.to] : null);
  return { state, progress };
}
