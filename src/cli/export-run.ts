import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { ApiError } from '../adapters/zendesk-api/api-error';
import { allPages, createCustomObjectRecordsApi } from '../adapters/zendesk-api/custom-object-records';
import { createExportPageFetcher } from '../adapters/zendesk-api/export-pages';
import { createFetchTransport } from '../adapters/zendesk-api/fetch-transport';
import { defaultRetryPolicy } from '../adapters/zendesk-api/send';
import { createZendeskApi } from '../adapters/zendesk-api/zendesk-api';
import type { ZdTicket } from '../adapters/zendesk-api/zendesk-types';
import { buildExportQuery } from '../domain/export/query';
import { runExport, type ExportResult } from '../domain/export/runner';
import type { CliOptions } from './args';
import { readCheckpoint, sameJob, writeCheckpoint, type Checkpoint, type ExportJob, type RunState } from './checkpoint';
import { openFileSink } from './file-sink';
import { csvRowWriter, jsonlRowWriter } from './formats';
import { ledgerLine, loadSeen, recentEvents } from './ledger';
import { writeParquetFromJsonl } from './parquet';
import { createProgress, type ProgressMode } from './progress';
import { createRateBudget } from './rate-budget';
import { createSeenIds } from './seen-ids';
import { markCounted } from '../domain/export/tag-rows';
import { peopleOnPage, rowContext, tagRowsForTicket } from './tag-rows';
import { createPacer } from '../domain/export/pacer';
import type { RowCheck } from '../domain/export/rows';
import { parseRecord } from '../domain/tagging/tag-record';
import { verifyRecord } from '../domain/tagging/verify-record';
import { visibleExportRow } from '../domain/privacy/apply';
import { hiddenAgents, PREFERENCE_OBJECT } from '../domain/privacy/preference';

/** What the CSV says in place of the name of an agent who chose not to be named (as the leads page's export). */
export const NOT_NAMED = '(chose not to be named)';

/** `--verify`: audits reads a minute (shared with the agents like everything else; see --reserve). */
const VERIFY_PER_MINUTE = 200;

/** 0 complete, 2 partial (run the same command to resume), 1 failed (needs a change first). */
export type ExitCode = 0 | 1 | 2;

export interface RunEnvironment {
  token: string;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  signal: AbortSignal;
  progress: ProgressMode;
  /** Progress and warnings (stderr). */
  status: (text: string) => void;
  fetch?: typeof fetch;
}

export interface RunOutcome {
  exit: ExitCode;
  message: string;
  rows: number;
  tickets: number;
  requests: number;
  pages: number;
}

const TRANSIENT = new Set(['rate-limited', 'server', 'offline']);

function apiProblem(error: unknown, what: string): { exit: ExitCode; message: string } {
  if (error instanceof ApiError) {
    if (error.kind === 'forbidden')
      return {
        exit: 1,
        message: `Zendesk refused the credentials while reading ${what} (${error.status}): check --email and the token (or the OAuth token and its scope) and that the user is an admin or agent with access.`,
      };
    if (error.kind === 'not-found') return { exit: 1, message: `Zendesk has no ${what} (404): check the id.` };
    if (TRANSIENT.has(error.kind))
      return {
        exit: 2,
        message: `Zendesk did not answer while reading ${what} (${error.kind}, ${error.status}); run the same command again.`,
      };
    return { exit: 1, message: `Zendesk rejected the request for ${what} (${error.status}).` };
  }
  return { exit: 2, message: `Could not read ${what}: ${error instanceof Error ? error.message : String(error)}` };
}

function explain(result: ExportResult): { exit: ExitCode; message: string } {
  if (result.cancelled) return { exit: 2, message: 'Interrupted. Run the same command to resume from the last complete page.' };
  const error = result.error ?? 'unexpected';
  if (['rate-limited', 'server', 'offline'].includes(error)) {
    return { exit: 2, message: `Stopped: Zendesk kept failing (${error}). Run the same command to resume from the last complete page.` };
  }
  if (error === 'http-401' || error === 'http-403') return { exit: 1, message: `Zendesk refused the credentials (${error.slice(5)}).` };
  return { exit: 1, message: `Stopped: Zendesk rejected the export (${error}). The checkpoint is kept; fix the cause and run again.` };
}

/**
 * The command-line export: Search Export pages through the leads page's runner, rows from the
 * leads page's domain code, streamed to a staging file; a checkpoint after every complete page;
 * the final file only when the run is complete.
 */
export async function runCliExport(options: CliOptions, env: RunEnvironment): Promise<RunOutcome> {
  const job: ExportJob = {
    baseUrl: options.baseUrl,
    valuesFieldId: options.valuesFieldId,
    recordFieldId: options.recordFieldId,
    format: options.format,
    incremental: options.incremental,
    since: options.since,
    ...(options.verify ? { verify: true } : {}),
  };
  const outcome = (exit: ExitCode, message: string, counts = { rows: 0, tickets: 0, requests: 0, pages: 0 }): RunOutcome => ({
    exit,
    message,
    ...counts,
  });

  let saved: Checkpoint | null;
  try {
    saved = readCheckpoint(options.checkpoint);
  } catch (error) {
    return outcome(1, `Cannot read the checkpoint ${options.checkpoint}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const ours = saved !== null && sameJob(saved.job, job);
  if (saved?.run && !ours && !options.restart) {
    return outcome(
      1,
      `${options.checkpoint} holds an unfinished run of another export. Pass --restart to discard it, or another --checkpoint.`,
    );
  }
  const lastSuccess = ours ? (saved?.lastSuccess ?? null) : null;

  const budget = createRateBudget(options.reserve, options.exportPerMinute);
  let httpRequests = 0;
  const transport = createFetchTransport({
    baseUrl: options.baseUrl,
    email: options.email,
    token: env.token,
    scheme: options.auth === 'oauth' ? 'bearer' : 'api-token',
    ...(env.fetch ? { fetch: env.fetch } : {}),
    onResponse: (response) => {
      httpRequests++;
      budget.observe(response.headers);
    },
  });
  const api = createZendeskApi(transport, { ...defaultRetryPolicy, sleep: env.sleep });

  // Value names from the field's options (what the catalogue maps to), and group names.
  let catalogueByTag: Map<string, string>;
  let groupNames: Map<number, string>;
  try {
    const field = await api.getTicketField(options.valuesFieldId);
    const choices = field.custom_field_options ?? [];
    if (field.type !== 'multiselect' || choices.length === 0) {
      return outcome(
        1,
        `Ticket field ${options.valuesFieldId} is not a multi-select with options: pass the "Values exemplified" field as --values-field.`,
      );
    }
    catalogueByTag = new Map(choices.map((o) => [o.value, o.name]));
  } catch (error) {
    const problem = apiProblem(error, `ticket field ${options.valuesFieldId}`);
    return outcome(problem.exit, problem.message);
  }
  try {
    groupNames = new Map((await api.getGroups()).map((g) => [g.id, g.name]));
  } catch (error) {
    const problem = apiProblem(error, 'the groups');
    return outcome(problem.exit, problem.message);
  }
  // Agents who chose not to be named (ADR 0047): their names stay out of this file too, as on the
  // leads page. No preference object: nobody could have chosen. Unreadable: stop, never guess.
  let optedOut = new Set<number>();
  try {
    const preferences = createCustomObjectRecordsApi(transport, { ...defaultRetryPolicy, sleep: env.sleep });
    if ((await preferences.getObject(PREFERENCE_OBJECT)) !== null) {
      optedOut = hiddenAgents(await allPages((cursor) => preferences.list(PREFERENCE_OBJECT, { cursor })));
    }
  } catch (error) {
    const problem = apiProblem(error, "the agents' choices not to be named (custom object vc_agent_preference)");
    return outcome(problem.exit, problem.message);
  }
  const privacy = { perAgent: true, hidden: optedOut };
  const userNames = new Map<number, string>();
  const learnPeople = async (ids: number[]) => {
    const unknown = [...new Set(ids)].filter((id) => !userNames.has(id));
    if (unknown.length === 0) return;
    for (const user of await api.getUsers(unknown)) userNames.set(user.id, user.name);
    for (const id of unknown) if (!userNames.has(id)) userNames.set(id, String(id));
  };

  // A new run, or the unfinished one in the checkpoint.
  const now = () => new Date(env.now()).toISOString();
  let run: RunState;
  const resuming =
    ours &&
    saved?.run != null &&
    !options.restart &&
    existsSync(saved.run.stagingPath) &&
    statSync(saved.run.stagingPath).size >= saved.run.stagingBytes;
  if (resuming && saved?.run) {
    run = saved.run;
    env.status(`Resuming the run started ${run.startedAt}: ${run.counts.rows.toLocaleString('en')} rows already written.\n`);
  } else {
    const overlapMs = options.overlapHours * 3_600_000;
    const lowerBound =
      options.incremental && lastSuccess
        ? new Date(Date.parse(lastSuccess.startedAt) - overlapMs).toISOString()
        : `${options.since}T00:00:00.000Z`;
    const query = buildExportQuery({
      valuesFieldId: options.valuesFieldId,
      tags: [...catalogueByTag.keys()],
      from: lowerBound.slice(0, 10),
    });
    run = {
      startedAt: now(),
      lowerBound,
      query,
      stagingPath: options.format === 'parquet' ? `${options.out}.partial.jsonl` : `${options.out}.partial`,
      cursor: null,
      stagingBytes: 0,
      ledgerBytes: 0,
      counts: { requests: 0, pages: 0, tickets: 0, rows: 0 },
    };
  }
  const ledgerPath = `${options.checkpoint}.emitted`;
  const seen = createSeenIds();
  if (resuming) await loadSeen(ledgerPath, run.ledgerBytes, seen);
  const staging = openFileSink(run.stagingPath, resuming ? run.stagingBytes : 0);
  const ledger = openFileSink(ledgerPath, resuming ? run.ledgerBytes : 0);
  const write = (chunk: string) => staging.write(chunk);
  const writer =
    options.format === 'csv'
      ? csvRowWriter(write, { bom: options.bom, resuming, verify: options.verify })
      : jsonlRowWriter(write, { verify: options.verify ?? false });

  const base = { ...run.counts };
  const counts = () => ({
    requests: base.requests + httpRequests,
    pages: base.pages + progressNow.pages,
    tickets: base.tickets + progressNow.tickets,
    rows: rows,
  });
  let rows = run.counts.rows;
  const progressNow = { pages: 0, tickets: 0 };
  const checkpoint = (cursor: string | null) => {
    run = { ...run, cursor, stagingBytes: staging.sync(), ledgerBytes: ledger.sync(), counts: counts() };
    writeCheckpoint(options.checkpoint, { version: 1, job, run, lastSuccess });
  };
  checkpoint(run.cursor);

  let total: number | null = null;
  try {
    total = (await api.searchCount(run.query)) + 0;
  } catch {
    // The bar then shows counts without a percentage.
  }
  const progress = createProgress(env.progress, env.status);
  const show = (extra: { waitingMs?: number; reason?: string } = {}) => progress.update({ ...counts(), total, ...extra });

  const lowerBoundMs = Date.parse(run.lowerBound);
  const skip = new Set(options.incremental && lastSuccess ? lastSuccess.recentEvents.map(([id]) => id) : []);
  const ctx = rowContext({
    valuesFieldId: options.valuesFieldId,
    recordFieldId: options.recordFieldId,
    catalogueByTag,
    userName: (id) => userNames.get(id) ?? String(id),
    groupName: (id) => groupNames.get(id) ?? String(id),
    baseUrl: options.baseUrl,
  });
  const keep = (row: { taggedAt: string | null; eventId: string }) => {
    if (row.taggedAt === null) return !(options.incremental && lastSuccess);
    return Date.parse(row.taggedAt) >= lowerBoundMs && !skip.has(row.eventId);
  };

  // --verify: one audits read per ticket with record lines, paced and within the reserve (ADR 0050).
  let verifyFailure: unknown = null;
  const stopRun = new AbortController();
  if (env.signal.aborted) stopRun.abort();
  env.signal.addEventListener('abort', () => stopRun.abort());
  const auditPacer = createPacer(VERIFY_PER_MINUTE, env.now);
  const historyChecks = async (ticket: ZdTicket): Promise<Map<string, RowCheck> | undefined> => {
    const record = ticket.custom_fields?.find((f) => f.id === options.recordFieldId)?.value;
    const events = parseRecord(typeof record === 'string' ? record : null).events;
    if (events.length === 0) return undefined;
    for (let wait = Math.max(auditPacer.delay(), budget.pauseMs()); wait > 0; wait = Math.max(auditPacer.delay(), budget.pauseMs())) {
      show({ waitingMs: wait, reason: 'pacing the history check' });
      await env.sleep(wait);
    }
    auditPacer.record();
    try {
      const audits = await api.getAudits(ticket.id);
      return new Map(verifyRecord(events, audits, options.recordFieldId).map((check) => [check.event.e, check]));
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'not-found') return undefined; // deleted since the search
      // Unreadable after the adapter's retries: stop; the checkpoint stays at the last complete page.
      verifyFailure = error;
      stopRun.abort();
      return undefined;
    }
  };

  const fetchExportPage = createExportPageFetcher(transport, run.query);
  let lastCursor = run.cursor;
  let firstFetch = true;
  const result = await runExport<ZdTicket>({
    startCursor: run.cursor,
    seen,
    fetchPage: async (cursor) => {
      // Every row of the pages before `cursor` is written: that is a resumable point.
      if (!firstFetch && cursor !== lastCursor) checkpoint(cursor);
      firstFetch = false;
      lastCursor = cursor;
      const pause = budget.pauseMs();
      if (pause > 0) {
        show({ waitingMs: pause, reason: 'sharing the account limit' });
        await env.sleep(pause);
      }
      const page = await fetchExportPage(cursor);
      if (!page.ok) return page;
      try {
        await learnPeople(peopleOnPage(page.tickets, options.recordFieldId));
      } catch (error) {
        // Without the names the rows would be wrong: treat it as a failed page, retried by the runner.
        return {
          ok: false,
          status: error instanceof ApiError ? error.status : 0,
          retryAfterSeconds: error instanceof ApiError ? error.retryAfterSeconds : undefined,
        };
      }
      return page;
    },
    onTicket: async (ticket) => {
      const events: [string, string | null][] = [];
      const checks = options.verify ? await historyChecks(ticket) : undefined;
      if (verifyFailure !== null) return; // nothing unchecked is written in a checked export
      // `counted` as the leads page decides it: the first tag of a reply and value in this export's range.
      for (const row of markCounted(tagRowsForTicket(ticket, checks ? { ...ctx, checks } : ctx).filter(keep))) {
        writer.writeRow(visibleExportRow(row, privacy, NOT_NAMED));
        events.push([row.eventId, row.taggedAt]);
        rows++;
      }
      ledger.write(ledgerLine(ticket.id, events));
    },
    sleep: env.sleep,
    now: env.now,
    signal: stopRun.signal,
    maxRequestsPerMinute: options.exportPerMinute,
    onProgress: (p) => {
      progressNow.pages = p.pages;
      progressNow.tickets = p.tickets;
      show(p.waitingMs ? { waitingMs: p.waitingMs, reason: p.reason ?? '' } : {});
    },
  });
  progress.done();

  if (!result.complete) {
    // The checkpoint stays at the last complete page; rows after it are cut off when the run resumes.
    staging.close();
    ledger.close();
    const { exit, message } = verifyFailure !== null ? apiProblem(verifyFailure, "a ticket's audits (--verify)") : explain(result);
    return outcome(exit, message, run.counts);
  }

  checkpoint(null);
  staging.close();
  ledger.close();
  if (options.format === 'parquet') {
    const temporary = `${options.out}.tmp`;
    await writeParquetFromJsonl(run.stagingPath, temporary);
    renameSync(temporary, options.out);
    rmSync(run.stagingPath);
  } else {
    renameSync(run.stagingPath, options.out);
  }
  const cutoff = Date.parse(run.startedAt) - options.overlapHours * 3_600_000;
  const carried = (lastSuccess?.recentEvents ?? []).filter(([, at]) => Date.parse(at) >= cutoff);
  const recent = [...carried, ...(await recentEvents(ledgerPath, run.ledgerBytes, cutoff))];
  const final = counts();
  writeCheckpoint(options.checkpoint, {
    version: 1,
    job,
    run: null,
    lastSuccess: { startedAt: run.startedAt, finishedAt: now(), lowerBound: run.lowerBound, rows: final.rows, recentEvents: recent },
  });
  rmSync(ledgerPath, { force: true });
  return outcome(
    0,
    `Complete: ${final.rows.toLocaleString('en')} rows from ${final.tickets.toLocaleString('en')} tickets in ${final.requests} requests → ${options.out}`,
    final,
  );
}
