import { useEffect, useState } from 'react';
import { useServices } from '../../services/services';
import type { ZdTicket, ZdUser } from '../../adapters/zendesk-api/zendesk-types';
import type { Catalogue } from '../../domain/catalogue/types';
import type { AppSettings } from '../../domain/settings/app-settings';
import { buildExportQuery } from '../../domain/export/query';
import { runExport } from '../../domain/export/runner';
import { exportRowsForTicket, type ExportRow } from '../../domain/export/rows';
import { createExportPageFetcher } from '../../adapters/zendesk-api/export-pages';
import { customFieldValue } from '../../adapters/zendesk-api/mappers';
import { parseRecord } from '../../domain/tagging/tag-record';

/** The dashboard reads at most this many tagged tickets; the export has no such cap. */
export const DASHBOARD_TICKET_CAP = 10_000;

export interface LeadsData {
  rows: ExportRow[];
  /** Minimal ticket facts for the outcomes (satisfaction) and the feed. */
  tickets: { id: number; satisfaction: string | null }[];
  users: Map<number, ZdUser>;
  groups: Map<number, string>;
  capped: boolean;
  allInRange: { good: number; bad: number; offered: number; unoffered: number; total: number } | null;
}

export type LeadsState =
  { kind: 'loading'; tickets: number; requests: number } | { kind: 'ready'; data: LeadsData } | { kind: 'failed'; code: string };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Reads the tagged tickets of a date range with Search Export (the same pass the export makes),
 * then the people and groups they mention, and the satisfaction counts of all tickets in range.
 */
export function useLeadsData(settings: AppSettings, catalogue: Catalogue, from: string, to: string): LeadsState {
  const { port, api } = useServices();
  const [state, setState] = useState<LeadsState>({ kind: 'loading', tickets: 0, requests: 0 });

  useEffect(() => {
    const { valuesFieldId } = settings;
    if (valuesFieldId === null) {
      setState({ kind: 'failed', code: 'not-configured' });
      return undefined;
    }
    const controller = new AbortController();
    setState({ kind: 'loading', tickets: 0, requests: 0 });
    const tickets: ZdTicket[] = [];
    const query = buildExportQuery({ valuesFieldId, tags: catalogue.values.map((v) => v.tag), from });
    void (async () => {
      const result = await runExport<ZdTicket>({
        fetchPage: createExportPageFetcher(port, query),
        onTicket: (ticket) => {
          if (tickets.length < DASHBOARD_TICKET_CAP) tickets.push(ticket);
          else controller.abort();
        },
        sleep,
        now: () => Date.now(),
        signal: controller.signal,
        onProgress: (p) => setState({ kind: 'loading', tickets: p.tickets, requests: p.requests }),
      });
      const capped = tickets.length >= DASHBOARD_TICKET_CAP;
      if (!result.complete && !capped) {
        if (!result.cancelled) setState({ kind: 'failed', code: result.error ?? 'unexpected' });
        return;
      }
      // Who the page names: assignees, taggers and reply authors, read from the tickets themselves.
      const userIds = new Set<number>();
      for (const ticket of tickets) {
        if (ticket.assignee_id) userIds.add(ticket.assignee_id);
        const record = settings.recordFieldId === null ? null : (customFieldValue(ticket, settings.recordFieldId) as string | null);
        for (const event of parseRecord(record).events) {
          userIds.add(event.by);
          if (event.op === 'add' && event.author !== undefined) userIds.add(event.author);
        }
      }
      const catalogueByTag = new Map(catalogue.values.map((v) => [v.tag, v.name]));
      const [users, groups, allInRange] = await Promise.all([
        api.getUsers([...userIds]),
        api.getGroups(),
        Promise.all(
          (['good', 'bad', 'offered', 'unoffered'] as const).map((score) =>
            api.searchCount(`type:ticket updated>=${from} updated<=${to} satisfaction:${score}`),
          ),
        ).then(([good = 0, bad = 0, offered = 0, unoffered = 0]) => ({
          good,
          bad,
          offered,
          unoffered,
          total: good + bad + offered + unoffered,
        })),
      ]);
      const userMap = new Map(users.map((u) => [u.id, u]));
      const groupMap = new Map(groups.map((g) => [g.id, g.name]));
      const rows = tickets.flatMap((ticket) =>
        exportRowsForTicket(ticket, {
          valuesFieldId,
          recordFieldId: settings.recordFieldId,
          catalogueByTag,
          userName: (id) => userMap.get(id)?.name ?? String(id),
          groupName: (id) => groupMap.get(id) ?? String(id),
          ticketUrl: (id) => `#${id}`,
        }),
      );
      setState({
        kind: 'ready',
        data: {
          rows,
          tickets: tickets.map((t) => ({ id: t.id, satisfaction: t.satisfaction_rating?.score ?? null })),
          users: userMap,
          groups: groupMap,
          capped,
          allInRange,
        },
      });
    })().catch(() => setState({ kind: 'failed', code: 'unexpected' }));
    return () => controller.abort();
  }, [api, catalogue, from, port, settings, to]);

  return state;
}
