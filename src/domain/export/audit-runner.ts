import { createPacer } from './pacer';

export type AuditFetchResult<A> = { ok: true; audits: A[] } | { ok: false; status: number; retryAfterSeconds?: number };

export interface RunAuditExportOptions<A> {
  ticketIds: readonly number[];
  fetchAudits(ticketId: number): Promise<AuditFetchResult<A>>;
  onAudits(ticketId: number, audits: A[]): void | Promise<void>;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  signal?: AbortSignal;
  /** Parallel requests; small, because they share the account's rate limit with the agents. */
  concurrency?: number;
  maxRequestsPerMinute?: number;
  maxTransientRetries?: number;
  onProgress?(done: number, requests: number): void;
}

/**
 * The slow path, without a record field: one audits request per tagged ticket, a few at a time,
 * paced under the per-minute budget, with the same 429 and backoff manners as the export.
 * The caller is told, in the UI, that this is slower.
 */
export async function runAuditExport<A>(options: RunAuditExportOptions<A>) {
  const pacer = createPacer(options.maxRequestsPerMinute ?? 200, options.now);
  const maxRetries = options.maxTransientRetries ?? 5;
  let next = 0;
  let done = 0;
  let requests = 0;
  let error: string | null = null;

  const worker = async () => {
    while (next < options.ticketIds.length && !options.signal?.aborted && error === null) {
      const ticketId = options.ticketIds[next++]!;
      let failures = 0;
      for (;;) {
        let delay = pacer.delay();
        while (delay > 0) {
          await options.sleep(delay);
          delay = pacer.delay();
        }
        if (options.signal?.aborted) return;
        pacer.record();
        requests++;
        const answer = await options.fetchAudits(ticketId);
        if (answer.ok) {
          await options.onAudits(ticketId, answer.audits);
          break;
        }
        if (answer.status === 429) {
          await options.sleep((answer.retryAfterSeconds ?? 60) * 1000);
          continue;
        }
        if (answer.status === 404) break; // deleted since the search: nothing to export
        failures++;
        if ((answer.status !== 0 && answer.status < 500) || failures > maxRetries) {
          error = answer.status === 0 ? 'offline' : `http-${answer.status}`;
          return;
        }
        await options.sleep(Math.min(60_000, 1000 * 2 ** (failures - 1)));
      }
      done++;
      options.onProgress?.(done, requests);
    }
  };

  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  const cancelled = Boolean(options.signal?.aborted);
  return { complete: !cancelled && error === null && done === options.ticketIds.length, cancelled, error, requests, done };
}
