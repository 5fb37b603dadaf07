import type { ZafPort } from '../../adapters/zaf/zaf-port';
import type { ZendeskApi } from '../../adapters/zendesk-api/zendesk-api';
import type { ZdAudit, ZdTicket } from '../../adapters/zendesk-api/zendesk-types';
import { customFieldValue } from '../../adapters/zendesk-api/mappers';
import { ApiError } from '../../adapters/zendesk-api/api-error';
import { defaultRetryPolicy } from '../../adapters/zendesk-api/send';
import { createZendeskApi } from '../../adapters/zendesk-api/zendesk-api';
import type { Catalogue } from '../../domain/catalogue/types';
import { tagEventsFromAudits } from '../../domain/export/audit-events';
import { runAuditExport } from '../../domain/export/audit-runner';
import { buildExportQuery } from '../../domain/export/query';
import type { ExportRow, RowCheck } from '../../domain/export/rows';
import { verifyRecord } from '../../domain/tagging/verify-record';
import { tagRowsForTicket, type RowFilters } from '../../domain/export/tag-rows';
import { runExport, type ExportProgress, type ExportResult } from '../../domain/export/runner';
import { parseRecord } from '../../domain/tagging/tag-record';
import { createPacer } from '../../domain/export/pacer';
import { commentText } from '../../adapters/zendesk-api/mappers';
import { createExportPageFetcher } from '../../adapters/zendesk-api/export-pages';
import { createUserDirectory } from './user-directory';

export interface TagExportInput {
  port: ZafPort;
  api: ZendeskApi;
  catalogue: Catalogue;
  valuesFieldId: number;
  recordFieldId: number | null;
  filters: RowFilters;
  groupName: (id: number) => string;
  ticketUrl: (id: number) => string;
  signal: AbortSignal;
  onRow: (row: ExportRow) => void;
  onProgress: (progress: ExportProgress & { rows: number; phase: 'search' | 'audits' }) => void;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Quote each tagged reply: one comments request per tagged ticket, paced (slower). */
  includeExcerpts?: boolean;
  /**
   * Check each record line against the ticket's audits (ADR 0050): one audits request per ticket with
   * record lines, paced; rows gain `verified` and `auditAt`. Without a record field there is nothing to check.
   */
  verify?: boolean;
}

/** Audit reads for the history check share the account's limit with the agents, like excerpts. */
const VERIFY_REQUESTS_PER_MINUTE = 200;

/** Comment reads for excerpts share the account's limit with the agents: stay well under it. */
const EXCERPT_REQUESTS_PER_MINUTE = 200;

/** Waits, but gives up at once when the export is cancelled, so Cancel never hangs on a Retry-After. */
function abortableSleep(signal: AbortSignal) {
  return (ms: number) =>
    new Promise<void>((resolve) => {
      if (signal.aborted) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      }
      signal.addEventListener('abort', done);
    });
}

/**
 * One row per tag event in the filters, streamed to `onRow`. With a record field this is one
 * Search Export pass (⌈tickets / 1000⌉ requests plus user look-ups). Without one, tickets are
 * found the same way, then their audits are read one request per ticket (the slow path).
 */
export async function runTagExport(input: TagExportInput): Promise<ExportResult & { rows: number }> {
  let rows = 0;
  let requests = 0;
  try {
    return await runTagExportUnguarded(
      input,
      (n) => (rows = n),
      (n) => (requests = n),
    );
  } catch {
    // Whatever went wrong, the export ends: as cancelled when it was, otherwise as failed with its rows.
    const cancelled = input.signal.aborted;
    return { complete: false, cancelled, error: cancelled ? null : 'unexpected', requests, pages: 0, tickets: 0, rows };
  }
}

async function runTagExportUnguarded(
  input: TagExportInput,
  reportRows: (rows: number) => void,
  reportRequests: (requests: number) => void,
): Promise<ExportResult & { rows: number }> {
  const { valuesFieldId, recordFieldId, filters } = input;
  const sleep = input.sleep ?? abortableSleep(input.signal);
  const now = input.now ?? (() => Date.now());
  const users = createUserDirectory(input.api);
  const catalogueByTag = new Map(input.catalogue.values.map((v) => [v.tag, v.name]));
  const tags = filters.valueTags.length > 0 ? filters.valueTags : input.catalogue.values.map((v) => v.tag);
  const fetchPage = createExportPageFetcher(input.port, buildExportQuery({ valuesFieldId, tags, from: filters.from }));
  let rows = 0;
  const ctx = {
    valuesFieldId,
    recordFieldId,
    catalogueByTag,
    userName: users.name,
    groupName: input.groupName,
    ticketUrl: input.ticketUrl,
  };
  const excerptPacer = createPacer(EXCERPT_REQUESTS_PER_MINUTE, now);
  let excerptRequests = 0;
  /** The ticket's comment texts by id, when excerpts were asked for and the ticket has tagged replies. */
  const repliesOf = async (ticket: ZdTicket): Promise<Map<number, string>> => {
    const texts = new Map<number, string>();
    if (!input.includeExcerpts || recordFieldId === null) return texts;
    const wanted = parseRecord(customFieldValue(ticket, recordFieldId) as string | null).events.some(
      (e) => e.op === 'add' && e.reply !== null,
    );
    if (!wanted || input.signal.aborted) return texts;
    await sleep(excerptPacer.delay());
    excerptPacer.record();
    excerptRequests++;
    try {
      for (const comment of (await input.api.getComments(ticket.id)).comments) texts.set(comment.id, commentText(comment));
    } catch {
      // An unreadable thread loses its excerpts, not its rows.
    }
    return texts;
  };
  const verifyPacer = createPacer(VERIFY_REQUESTS_PER_MINUTE, now);
  let verifyRequests = 0;
  const verifyApi = createZendeskApi(input.port, { ...defaultRetryPolicy, sleep });
  /** The ticket's record lines checked against its audits, when asked for (absent: not checked). */
  const checksOf = async (ticket: ZdTicket): Promise<Map<string, RowCheck> | undefined> => {
    if (!input.verify || recordFieldId === null || input.signal.aborted) return undefined;
    const events = parseRecord(customFieldValue(ticket, recordFieldId) as string | null).events;
    if (events.length === 0) return undefined;
    await sleep(verifyPacer.delay());
    verifyPacer.record();
    verifyRequests++;
    try {
      const audits = await verifyApi.getAudits(ticket.id);
      return new Map(verifyRecord(events, audits, recordFieldId).map((check) => [check.event.e, check]));
    } catch {
      // Unreadable history (after the adapter's 429 and 5xx retries): the rows say "not checked" (empty).
      return undefined;
    }
  };
  const emit = (
    ticket: ZdTicket,
    events?: ReturnType<typeof tagEventsFromAudits>,
    replies?: Map<number, string>,
    checks?: Map<string, RowCheck>,
  ) => {
    const withChecks = checks ? { ...ctx, checks } : ctx;
    const withReplies =
      replies && replies.size > 0 ? { ...withChecks, replyExcerpt: (_: number, commentId: number) => replies.get(commentId) } : withChecks;
    for (const row of tagRowsForTicket(ticket, events ? { ...withReplies, events } : withReplies, filters)) {
      reportRows(++rows);
      input.onRow(row);
    }
  };
  const slowPath = recordFieldId === null;
  const found: ZdTicket[] = [];

  const result = await runExport<ZdTicket>({
    fetchPage: async (cursor) => {
      const page = await fetchPage(cursor);
      if (page.ok && !slowPath) {
        // Learn the names on this page before its rows are written.
        const ids = page.tickets.flatMap((t) => [
          ...(t.assignee_id ? [t.assignee_id] : []),
          ...parseRecord(customFieldValue(t, recordFieldId ?? 0) as string | null).events.flatMap((e) =>
            e.op === 'add' && e.author !== undefined ? [e.by, e.author] : [e.by],
          ),
        ]);
        await users.learn(ids);
      }
      return page;
    },
    onTicket: async (ticket) => {
      if (slowPath) found.push(ticket);
      else emit(ticket, undefined, await repliesOf(ticket), await checksOf(ticket));
    },
    sleep,
    now,
    signal: input.signal,
    onProgress: (p) => {
      reportRequests(p.requests + excerptRequests + verifyRequests);
      input.onProgress({ ...p, rows, phase: 'search' });
    },
  });
  if (!slowPath || !result.complete) return { ...result, requests: result.requests + excerptRequests + verifyRequests, rows };

  const byId = new Map(found.map((t) => [t.id, t]));
  const auditsApi = createZendeskApi(input.port, { ...defaultRetryPolicy, maxRetries: 0 });
  const audits = await runAuditExport<ZdAudit>({
    ticketIds: found.map((t) => t.id),
    fetchAudits: async (id) => {
      try {
        return { ok: true, audits: await auditsApi.getAudits(id) };
      } catch (error) {
        return error instanceof ApiError
          ? { ok: false, status: error.status, retryAfterSeconds: error.retryAfterSeconds }
          : { ok: false, status: 0 };
      }
    },
    onAudits: async (id, list) => {
      const ticket = byId.get(id);
      if (!ticket) return;
      const events = tagEventsFromAudits(list, valuesFieldId);
      await users.learn([...events.map((e) => e.by), ...(ticket.assignee_id ? [ticket.assignee_id] : [])]);
      emit(ticket, events);
    },
    sleep,
    now,
    signal: input.signal,
    concurrency: 4,
    onProgress: (done, requests) =>
      input.onProgress({ requests: result.requests + requests, pages: result.pages, tickets: done, rows, phase: 'audits' }),
  });
  return {
    complete: audits.complete,
    cancelled: audits.cancelled,
    error: audits.error,
    requests: result.requests + audits.requests,
    pages: result.pages,
    tickets: result.tickets,
    rows,
  };
}
