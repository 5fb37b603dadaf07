import { buildExportQuery } from '../../domain/export/query';
import { useCallback, useRef, useState } from 'react';
import { useServices } from '../../services/services';
import type { Catalogue } from '../../domain/catalogue/types';
import type { RowFilters } from '../../domain/dashboard/filter-rows';
import { createCsvWriter } from '../../domain/export/csv';
import { createJsonWriter } from '../../domain/export/json';
import { exportColumns, type ExportColumn, type ExportRow } from '../../domain/export/rows';
import { exportPrivacyNote, visibleExportColumns, visibleExportRow } from '../../domain/privacy/apply';
import type { Visibility } from '../../domain/privacy/visibility';
import type { ExportProgress } from '../../domain/export/runner';
import type { AppSettings } from '../../domain/settings/app-settings';
import { download } from './download';
import { runTagExport } from './run-tag-export';

export type ExportFormat = 'csv' | 'json';

export type ExportState =
  | { kind: 'idle' }
  | { kind: 'running'; progress: ExportProgress & { rows: number; phase: 'search' | 'audits' } }
  | { kind: 'done'; rows: number; tickets: number; requests: number; fileName: string }
  | { kind: 'partial'; rows: number; /** `cancelled`, or the error code of a failed run. */ reason: string; save: () => void };

interface Options {
  settings: AppSettings;
  catalogue: Catalogue;
  filters: RowFilters;
  groupName: (id: number) => string;
  subdomain: string | undefined;
  /** Per-agent columns and agents' names as the viewer may see them (ADR 0047). */
  visibility?: Visibility;
}

/**
 * Runs an export into a file: rows are written as text chunks as they stream past (no ticket is
 * kept), and only a complete run is saved by itself. A cancelled or failed run is never passed off
 * as complete: its file is offered separately, named and marked as partial.
 */
export function useExport({ settings, catalogue, filters, groupName, subdomain, visibility }: Options) {
  const { port, api, i18n } = useServices();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(
    async (format: ExportFormat, bom: boolean, includeExcerpts: boolean, verify = false) => {
      if (settings.valuesFieldId === null) return;
      controller.current = new AbortController();
      const parts: string[] = [];
      const write = (chunk: string) => void parts.push(chunk);
      const checking = verify && settings.recordFieldId !== null;
      const all = exportColumns(checking);
      const headers = Object.fromEntries(all.map((c) => [c, i18n.t(`vc.export.column.${c}`)])) as Record<ExportColumn, string>;
      const columns = visibility ? visibleExportColumns(all, visibility) : all;
      const privacy = visibility ? i18n.t(`vc.privacy.export.${exportPrivacyNote(visibility)}`) : undefined;
      const csv = format === 'csv' ? createCsvWriter({ bom, headers, columns }, write) : null;
      const json =
        format === 'json'
          ? createJsonWriter(
              {
                generatedAt: new Date().toISOString(),
                query: buildExportQuery({
                  valuesFieldId: settings.valuesFieldId,
                  tags: catalogue.values.map((v) => v.tag),
                  from: filters.from,
                }),
                filters: { ...filters },
                ...(privacy ? { privacy } : {}),
              },
              write,
            )
          : null;
      const hiddenLabel = i18n.t('vc.privacy.notNamed');
      const shown = (row: ExportRow) => (visibility ? visibleExportRow(row, visibility, hiddenLabel) : row);
      const base = `values-coach-${filters.from}-to-${filters.to}`;
      setState({ kind: 'running', progress: { requests: 0, pages: 0, tickets: 0, rows: 0, phase: 'search' } });
      const run = runTagExport({
        port,
        api,
        catalogue,
        valuesFieldId: settings.valuesFieldId,
        recordFieldId: settings.recordFieldId,
        filters,
        groupName,
        ticketUrl: (id) => (subdomain ? `https://${subdomain}.zendesk.com/agent/tickets/${id}` : `#${id}`),
        signal: controller.current.signal,
        includeExcerpts,
        verify: checking,
        onRow: (row) => (csv ? csv.writeRow(shown(row)) : json?.writeRow(shown(row))),
        onProgress: (progress) => setState({ kind: 'running', progress }),
      });
      // runTagExport settles with a result; this guard keeps the panel from ever staying at "running".
      const result = await run.catch(() => ({
        complete: false,
        cancelled: false,
        error: 'unexpected',
        requests: 0,
        pages: 0,
        tickets: 0,
        rows: 0,
      }));
      csv?.end();
      json?.end({ complete: result.complete, cancelled: result.cancelled, error: result.error, tickets: result.tickets });
      const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json';
      if (result.complete) {
        const fileName = `${base}.${format}`;
        download(parts, fileName, type);
        setState({ kind: 'done', rows: result.rows, tickets: result.tickets, requests: result.requests, fileName });
      } else {
        const fileName = `${base}-PARTIAL.${format}`;
        setState({
          kind: 'partial',
          rows: result.rows,
          reason: result.cancelled ? 'cancelled' : (result.error ?? 'unexpected'),
          save: () => download(parts, fileName, type),
        });
      }
    },
    [api, catalogue, filters, groupName, i18n, port, settings, subdomain, visibility],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { state, start, cancel };
}
