import { createPacer } from './pacer';

export type PageResult<T> =
  | { ok: true; tickets: T[]; afterCursor: string | null; hasMore: boolean }
  /** `status` 0: the request never reached Zendesk (offline). */
  | { ok: false; status: number; retryAfterSeconds?: number };

export interface ExportProgress {
  requests: number;
  pages: number;
  tickets: number;
  /** Set while the runner waits, with why. */
  waitingMs?: number;
  reason?: 'rate-limit' | 'pacing' | 'retry';
}

export interface ExportResult {
  complete: boolean;
  cancelled: boolean;
  /** `rate-limited`, `server`, `offline`, `gave-up` …; null when complete or cancelled. */
  error: string | null;
  requests: number;
  pages: number;
  tickets: number;
}

export interface RunExportOptions<T extends { id: number }> {
  fetchPage(cursor: string | null): Promise<PageResult<T>>;
  /** Called once per ticket, in order. The runner keeps nothing but the ids it has emitted. */
  onTicket(ticket: T): void | Promise<void>;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  signal?: AbortSignal;
  onProgress?(progress: ExportProgress): void;
  maxRequestsPerMinute?: number;
  /** Consecutive failures (5xx, offline) tolerated on one cursor before giving up. */
  maxTransientRetries?: number;
}

const MAX_BACKOFF_MS = 60_000;
/** Cursors last an hour; needing more restarts than this means the 400 is not about the cursor. */
const MAX_CURSOR_RESTARTS = 3;
const DEFAULT_RETRY_AFTER_S = 60;

function isExpiredCursor(status: number, cursor: string | null): boolean {
  return cursor !== null && (status === 400 || status === 422);
}

/**
 * Pages through Search Export. A 429 waits Retry-After and asks for the same cursor again; a 5xx
 * or a lost connection backs off and resumes from the last good cursor; an expired cursor (they
 * last an hour) restarts the query and skips the tickets already emitted. Requests are paced to
 * stay under the per-minute limit, and an abort stops before the next request.
 */
export async function runExport<T extends { id: number }>(options: RunExportOptions<T>): Promise<ExportResult> {
  const perMinute = options.maxRequestsPerMinute ?? 100;
  const maxRetries = options.maxTransientRetries ?? 5;
  const pacer = createPacer(perMinute, options.now);
  const emitted = new Set<number>();
  const progress: ExportProgress = { requests: 0, pages: 0, tickets: 0 };
  const result = (complete: boolean, error: string | null = null): ExportResult => ({
    complete,
    cancelled: Boolean(options.signal?.aborted),
    error: options.signal?.aborted ? null : error,
    requests: progress.requests,
    pages: progress.pages,
    tickets: progress.tickets,
  });
  const wait = async (ms: number, reason: ExportProgress['reason']) => {
    if (ms <= 0) return;
    options.onProgress?.({ ...progress, waitingMs: ms, reason });
    await options.sleep(ms);
  };

  let cursor: string | null = null;
  let failures = 0;
  let restarts = 0;
  for (;;) {
    if (options.signal?.aborted) return result(false);
    await wait(pacer.delay(), 'pacing');
    if (options.signal?.aborted) return result(false);
    pacer.record();
    progress.requests++;
    const page = await options.fetchPage(cursor);
    if (options.signal?.aborted) return result(false);
    if (!page.ok) {
      if (page.status === 429) {
        await wait((page.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_S) * 1000, 'rate-limit');
        continue;
      }
      if (isExpiredCursor(page.status, cursor)) {
        if (++restarts > MAX_CURSOR_RESTARTS) return result(false, 'cursor-rejected');
        cursor = null;
        continue;
      }
      const transient = page.status === 0 || page.status >= 500;
      if (!transient) return result(false, `http-${page.status}`);
      failures++;
      if (failures > maxRetries) return result(false, page.status === 0 ? 'offline' : 'server');
      await wait(Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (failures - 1)), 'retry');
      continue;
    }
    failures = 0;
    progress.pages++;
    for (const ticket of page.tickets) {
      if (emitted.has(ticket.id)) continue;
      emitted.add(ticket.id);
      progress.tickets++;
      await options.onTicket(ticket);
      if (options.signal?.aborted) return result(false);
    }
    options.onProgress?.({ ...progress });
    if (!page.hasMore || page.afterCursor === null) return result(true);
    cursor = page.afterCursor;
  }
}
