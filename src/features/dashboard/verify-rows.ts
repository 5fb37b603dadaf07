import { auditFetcher } from '../../adapters/zendesk-api/audits';
import { customFieldValue } from '../../adapters/zendesk-api/mappers';
import type { ZendeskApi } from '../../adapters/zendesk-api/zendesk-api';
import type { ZdAudit, ZdTicket } from '../../adapters/zendesk-api/zendesk-types';
import { exemplaryFeed } from '../../domain/dashboard/feed';
import { runAuditExport } from '../../domain/export/audit-runner';
import type { ExportRow, RowContext } from '../../domain/export/rows';
import { tagRowsForTicket, type RowFilters } from '../../domain/export/tag-rows';
import { parseRecord } from '../../domain/tagging/tag-record';
import { verifyRecord, type LineCheck } from '../../domain/tagging/verify-record';

/**
 * The leads page reads at most this many tickets' audits (one request each, paced, 4 at a time):
 * the tickets behind the feed first, then behind credited replies, newest first. The rest stay
 * unchecked and the page says how many (the export's "check against ticket history" checks all).
 */
export const VERIFY_PAGE_TICKET_CAP = 100;

/** How many feed entries' tickets are checked: twice those shown, so one dropped entry has a checked successor. */
const FEED_CHECKED = 24;

/** What the page needs to rebuild a ticket's rows with its checks (what loadLeads built them from). */
export interface RowSource {
  tickets: readonly ZdTicket[];
  ctx: RowContext;
  range: RowFilters;
}

/** An unverified line, with why, for the page's list and its accessible explanation. */
export interface UnverifiedLine {
  row: ExportRow;
  reason: Extract<LineCheck, { verified: false }>['reason'];
  /** Who the audit says wrote the line (null: no audit did). */
  writtenBy: number | null;
}

export interface VerifiedRows {
  rows: ExportRow[];
  unverified: UnverifiedLine[];
  /** Tickets whose audits were read. */
  checkedTickets: number;
  /** Tickets with tags shown by name whose audits were not read (over the cap, or the reads stopped). */
  uncheckedTickets: number;
  /** The reads stopped early (an error code), or null. */
  error: string | null;
  requests: number;
  /** Names of the users the audits say wrote unverified lines (they may not be named anywhere else). */
  writers: Map<number, string>;
}

/**
 * The tickets whose rows the page shows by name, most visible first: the exemplary feed, then the
 * counted replies credited to an agent (badges and the per-agent chart), newest first. Rows not
 * shown by name (unknown author, not counted) do not make a ticket worth a request.
 */
export function ticketsShownByName(rows: readonly ExportRow[]): number[] {
  const order: number[] = [];
  const seen = new Set<number>();
  const add = (id: number) => {
    if (seen.has(id)) return;
    seen.add(id);
    order.push(id);
  };
  for (const entry of exemplaryFeed(rows, FEED_CHECKED)) add(entry.ticketId);
  const credited = rows
    .filter((r) => r.counted === 1 && r.replyAuthorId !== null && r.taggedAt !== null)
    .sort((a, b) => b.taggedAt!.localeCompare(a.taggedAt!) || b.ticketId - a.ticketId);
  for (const row of credited) add(row.ticketId);
  return order;
}

/** Each record line of a ticket checked against its audits, by event id. */
export function checksOf(ticket: ZdTicket, audits: readonly ZdAudit[], recordFieldId: number): Map<string, LineCheck> {
  const events = parseRecord(customFieldValue(ticket, recordFieldId) as string | null).events;
  return new Map(verifyRecord(events, audits, recordFieldId).map((check) => [check.event.e, check]));
}

function unverifiedLines(rows: readonly ExportRow[], checks: ReadonlyMap<string, LineCheck>): UnverifiedLine[] {
  const out: UnverifiedLine[] = [];
  for (const row of rows) {
    if (row.verified !== false) continue;
    // An unverified row keeps the line's own time, so the line is found by what it says.
    const check = [...checks.values()].find(
      (c) =>
        !c.verified &&
        c.event.op === 'add' &&
        c.event.tag === row.valueTag &&
        c.event.by === row.taggedById &&
        c.event.at === row.taggedAt &&
        c.event.reply === row.replyCommentId,
    );
    if (check && !check.verified) out.push({ row, reason: check.reason, writtenBy: check.writtenBy });
  }
  return out;
}

export interface VerifyRowsInput {
  api: Pick<ZendeskApi, 'getAudits' | 'getUsers'>;
  source: RowSource;
  rows: readonly ExportRow[];
  recordFieldId: number;
  signal: AbortSignal;
  cap?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Reads the audits of the tickets shown by name (at most `cap`), checks their record lines and
 * rebuilds those tickets' rows: verified lines dated by their audit, unverified ones counted nowhere
 * (ADR 0050). Rows of tickets not read are left as they were.
 */
export async function verifyRowsShownByName(input: VerifyRowsInput): Promise<VerifiedRows> {
  const cap = input.cap ?? VERIFY_PAGE_TICKET_CAP;
  const wanted = ticketsShownByName(input.rows);
  const ids = wanted.slice(0, cap);
  const byTicket = new Map<number, Map<string, LineCheck>>();
  const tickets = new Map(input.source.tickets.map((t) => [t.id, t]));
  const result = await runAuditExport<ZdAudit>({
    ticketIds: ids,
    fetchAudits: auditFetcher(input.api),
    onAudits: (id, audits) => {
      const ticket = tickets.get(id);
      if (ticket) byTicket.set(id, checksOf(ticket, audits, input.recordFieldId));
    },
    sleep: input.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    now: input.now ?? (() => Date.now()),
    signal: input.signal,
    concurrency: 4,
    onProgress: (done) => input.onProgress?.(done, ids.length),
  });
  const { ctx, range } = input.source;
  const rows: ExportRow[] = [];
  const unverified: UnverifiedLine[] = [];
  for (const ticket of input.source.tickets) {
    const checks = byTicket.get(ticket.id);
    const ticketRows = tagRowsForTicket(ticket, checks ? { ...ctx, checks } : ctx, range);
    if (checks) unverified.push(...unverifiedLines(ticketRows, checks));
    rows.push(...ticketRows);
  }
  const writerIds = [...new Set(unverified.flatMap((line) => (line.writtenBy === null ? [] : [line.writtenBy])))];
  const writers = new Map<number, string>();
  if (writerIds.length > 0 && !input.signal.aborted) {
    try {
      for (const user of await input.api.getUsers(writerIds)) writers.set(user.id, user.name);
    } catch {
      // The explanation then names the writer by id.
    }
  }
  return {
    rows,
    unverified,
    writers,
    checkedTickets: byTicket.size,
    uncheckedTickets: wanted.length - byTicket.size,
    error: result.cancelled ? 'cancelled' : result.error,
    requests: result.requests,
  };
}
