import { useCallback, useMemo, useState } from 'react';
import type { ExportRow } from '../../domain/export/rows';
import type { AppSettings } from '../../domain/settings/app-settings';
import { useServices } from '../../services/services';
import { useAsync } from '../../ui/use-async';
import type { LeadsData } from './load-leads';
import { ticketsShownByName, verifyRowsShownByName, type UnverifiedLine } from './verify-rows';

/** What the page says about the history check (the summary line and the unverified list). */
export type Verification =
  | { status: 'off' }
  | { status: 'checking'; done: number; total: number }
  | {
      status: 'done';
      unverified: UnverifiedLine[];
      writers: Map<number, string>;
      checkedTickets: number;
      uncheckedTickets: number;
      /** The reads stopped early: the rest is unchecked. */
      error: string | null;
    };

/**
 * The loaded rows, then the same rows with the tickets shown by name checked against their
 * audits (ADR 0050). Until the check lands, the rows are the unchecked ones and the page says it is
 * checking; without a record field there is nothing to check.
 */
export function useVerifiedRows(settings: AppSettings, data: LeadsData | null): { rows: ExportRow[] | null; verification: Verification } {
  const { api } = useServices();
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const recordFieldId = settings.recordFieldId;
  const source = data?.source ?? null;
  const load = useCallback(
    (signal: AbortSignal) => {
      setProgress({ done: 0, total: 0 });
      return verifyRowsShownByName({
        api,
        source: source!,
        rows: data!.rows,
        recordFieldId: recordFieldId!,
        signal,
        onProgress: (done, total) => {
          if (!signal.aborted) setProgress({ done, total });
        },
      });
    },
    [api, data, recordFieldId, source],
  );
  const { state } = useAsync(load, data && source && recordFieldId !== null ? [api, data, recordFieldId] : null);
  return useMemo((): { rows: ExportRow[] | null; verification: Verification } => {
    if (!data) return { rows: null, verification: { status: 'off' } };
    if (!source || recordFieldId === null) return { rows: data.rows, verification: { status: 'off' } };
    if (state.status === 'ready') {
      const { rows, unverified, writers, checkedTickets, uncheckedTickets, error } = state.data;
      return { rows, verification: { status: 'done', unverified, writers, checkedTickets, uncheckedTickets, error } };
    }
    if (state.status === 'failed') {
      const uncheckedTickets = ticketsShownByName(data.rows).length;
      return {
        rows: data.rows,
        verification: { status: 'done', unverified: [], writers: new Map(), checkedTickets: 0, uncheckedTickets, error: 'unexpected' },
      };
    }
    return { rows: data.rows, verification: { status: 'checking', ...progress } };
  }, [data, source, recordFieldId, state, progress]);
}
