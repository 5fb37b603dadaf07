import type { ZafPort } from '../../adapters/zaf/zaf-port';
import { createExportPageFetcher } from '../../adapters/zendesk-api/export-pages';
import { customFieldValue } from '../../adapters/zendesk-api/mappers';
import { staffGroups } from '../../adapters/zendesk-api/staff';
import type { ZendeskApi } from '../../adapters/zendesk-api/zendesk-api';
import type { ZdTicket, ZdUser } from '../../adapters/zendesk-api/zendesk-types';
import type { Catalogue } from '../../domain/catalogue/types';
import type { RosterAgent } from '../../domain/dashboard/highlights';
import { newestWindow, type NewestWindow } from '../../domain/dashboard/newest-window';
import { planRangeCounts, runRangeCounts, type RangeCounts } from '../../domain/dashboard/range-counts';
import { buildExportQuery } from '../../domain/export/query';
import type { ExportRow } from '../../domain/export/rows';
import { runExport, type ExportProgress } from '../../domain/export/runner';
import { tagRowsForTicket } from '../../domain/export/tag-rows';
import type { AppSettings } from '../../domain/settings/app-settings';
import { parseRecord } from '../../domain/tagging/tag-record';
import type { RowSource } from './verify-rows';

/** The dashboard reads at most this many tagged tickets (the most recently updated); the export has no cap. */
export const DASHBOARD_TICKET_CAP = 10_000;

export interface LeadsData {
  /** Tag rows of the range (from `coverage.since` when capped), counted as the export counts them. */
  rows: ExportRow[];
  /** Minimal ticket facts for the outcomes (satisfaction). */
  tickets: { id: number; satisfaction: string | null }[];
  users: Map<number, ZdUser>;
  groups: Map<number, string>;
  /** What was read: everything, or the newest tickets from `since` on (and how many were left out). */
  coverage: NewestWindow & { overfull: boolean; cap: number };
  allInRange: { good: number; bad: number; offered: number; unoffered: number; total: number } | null;
  /** What the rows were built from, so the history check can rebuild a ticket's rows (verify-rows.ts). */
  source?: RowSource;
  /** The team's agents and admins (group members), so agents with 0 tags show; empty when it could not be read. */
  roster: RosterAgent[];
  /**
   * When the range holds more tagged tickets than the cap: exact ticket counts for the whole range
   * (total, per value, week and group) from search counts (ADR 0055). Null when everything was read.
   */
  rangeCounts: RangeCounts | null;
}

/** A load that ended without data; `code` names a translated message. */
export class LeadsLoadError extends Error {
  constructor(readonly code: string) {
    super(`The leads page could not be loaded: ${code}`);
  }
}

export interface LoadLeadsInput {
  port: ZafPort;
  api: ZendeskApi;
  settings: AppSettings;
  catalogue: Catalogue;
  /** Inclusive UTC days, already checked. */
  from: string;
  to: string;
  signal: AbortSignal;
  onProgress?: (progress: ExportProgress) => void;
  /** Each answer of the whole-range counts as it arrives (only when the range is over the cap). */
  onCounts?: (counts: RangeCounts) => void;
  cap?: number;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function orFallback<T>(work: Promise<T>, fallback: T): Promise<T> {
  try {
    return await work;
  } catch {
    return fallback;
  }
}

/**
 * Reads the tagged tickets of a range with Search Export (the pass the export makes), newest
 * first when there are more than the cap (see newestWindow), then who and which groups they name,
 * and the satisfaction counts of all tickets in range. Names and counts that cannot be read fall
 * back to ids and "unknown"; only the tickets themselves are essential.
 */
export async function loadLeads(input: LoadLeadsInput): Promise<LeadsData> {
  const { settings, catalogue, api, signal } = input;
  const valuesFieldId = settings.valuesFieldId;
  if (valuesFieldId === null) throw new LeadsLoadError('not-configured');
  const cap = input.cap ?? DASHBOARD_TICKET_CAP;
  const tags = catalogue.values.map((v) => v.tag);
  const queryFrom = (since: string) => buildExportQuery({ valuesFieldId, tags, from: since });
  const fromInstant = `${input.from}T00:00:00Z`;
  let window: NewestWindow & { overfull: boolean };
  try {
    window = await newestWindow({
      from: input.from,
      to: input.to,
      cap,
      count: (since) => api.searchCount(`type:ticket ${queryFrom(since)}`),
    });
  } catch (error) {
    throw new LeadsLoadError((error as { kind?: string }).kind ?? 'unexpected');
  }
  if (signal.aborted) throw new LeadsLoadError('cancelled');

  const groupsRead = orFallback(api.getGroups(), []);
  // Stops the counts too when the read below fails (their answers would have nowhere to go).
  const countStop = new AbortController();
  const stopCounts = () => countStop.abort();
  signal.addEventListener('abort', stopCounts);
  // Over the cap: exact ticket counts for the whole range, asked while the newest window is read.
  const counting: Promise<RangeCounts | null> = window.since
    ? groupsRead.then((groups) =>
        runRangeCounts({
          plan: planRangeCounts({ valuesFieldId, tags, groupIds: groups.map((g) => g.id), from: input.from, to: input.to }),
          count: (query) => api.searchCount(query),
          signal: countStop.signal,
          onUpdate: (counts) => input.onCounts?.(counts),
        }),
      )
    : Promise.resolve(null);

  const tickets: ZdTicket[] = [];
  // Zendesk may gain tickets between the count and the read: a little room, then a clear stop.
  const hardLimit = window.overfull ? cap : cap + Math.ceil(cap / 10);
  let overflow = false;
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  signal.addEventListener('abort', onAbort);
  const result = await runExport<ZdTicket>({
    fetchPage: createExportPageFetcher(input.port, queryFrom(window.since ?? fromInstant)),
    onTicket: (ticket) => {
      if (tickets.length < hardLimit) tickets.push(ticket);
      else {
        overflow = true;
        stop.abort();
      }
    },
    sleep: (ms) => (input.sleep ?? defaultSleep)(ms),
    now: () => Date.now(),
    signal: stop.signal,
    onProgress: (progress) => input.onProgress?.(progress),
  }).finally(() => signal.removeEventListener('abort', onAbort));
  const failure = signal.aborted
    ? 'cancelled'
    : overflow && !window.overfull
      ? 'changed-while-reading'
      : !result.complete && !overflow
        ? (result.error ?? 'unexpected')
        : null;
  if (failure !== null) {
    stopCounts();
    throw new LeadsLoadError(failure);
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
  // The team: everyone in a group (the list the calibration panel reads), so agents at 0 tags show too.
  const members = await orFallback(staffGroups(input.port), new Map<number, number[]>());
  for (const id of members.keys()) userIds.add(id);
  const [users, groups, allInRange, rangeCounts] = await Promise.all([
    orFallback(api.getUsers([...userIds]), []),
    groupsRead,
    orFallback(
      Promise.all(
        (['good', 'bad', 'offered', 'unoffered'] as const).map((score) =>
          api.searchCount(`type:ticket updated>=${input.from} updated<=${input.to} satisfaction:${score}`),
        ),
      ).then(([good = 0, bad = 0, offered = 0, unoffered = 0]) => ({
        good,
        bad,
        offered,
        unoffered,
        total: good + bad + offered + unoffered,
      })),
      null,
    ),
    counting,
  ]);
  signal.removeEventListener('abort', stopCounts);
  if (signal.aborted) throw new LeadsLoadError('cancelled');
  const userMap = new Map(users.map((u) => [u.id, u]));
  const groupMap = new Map(groups.map((g) => [g.id, g.name]));
  const ctx = {
    valuesFieldId,
    recordFieldId: settings.recordFieldId,
    catalogueByTag: new Map(catalogue.values.map((v) => [v.tag, v.name])),
    userName: (id: number) => userMap.get(id)?.name ?? String(id),
    groupName: (id: number) => groupMap.get(id) ?? String(id),
    ticketUrl: (id: number) => `#${id}`,
  };
  const range = { from: input.from, to: input.to, since: window.since, valueTags: [], agentIds: [], groupIds: [] };
  return {
    rows: tickets.flatMap((ticket) => tagRowsForTicket(ticket, ctx, range)),
    tickets: tickets.map((t) => ({ id: t.id, satisfaction: t.satisfaction_rating?.score ?? null })),
    users: userMap,
    groups: groupMap,
    coverage: { ...window, cap },
    allInRange,
    source: { tickets, ctx, range },
    roster: [...members]
      .filter(([id]) => userMap.has(id) && userMap.get(id)!.role !== 'end-user')
      .map(([id, groupIds]) => ({ id, name: userMap.get(id)!.name, groupIds })),
    rangeCounts,
  };
}
