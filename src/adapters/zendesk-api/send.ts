import type { ZendeskTransport } from './fetch-transport';
import type { HttpRequest } from '../zaf/zaf-port';
import { ApiError, classify } from './api-error';
import { ShapeError, type Guard } from './shapes';

export interface RetryPolicy {
  /** Retries after 429 and 5xx before giving up (a 409 is the caller's to merge, never retried here). */
  maxRetries: number;
  /** First backoff for 5xx; doubles each time, with jitter. */
  baseDelayMs: number;
  /** Longest Retry-After we wait in place; longer waits surface as an error for the caller to schedule. */
  maxWaitMs: number;
  sleep(ms: number): Promise<void>;
  random(): number;
  /** Told before each wait, so a screen can say what is happening instead of a bare "Saving…". */
  onRetry?: (retry: RetryNotice) => void;
}

/** A request Zendesk answered with 429 or 5xx, about to be tried again after `delayMs`. */
export interface RetryNotice {
  method: string;
  url: string;
  kind: 'rate-limited' | 'server';
  attempt: number;
  delayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxRetries: 4,
  baseDelayMs: 500,
  maxWaitMs: 60_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

export function retryAfterSeconds(headers: Record<string, string>): number | undefined {
  const raw = headers['retry-after'];
  if (raw === undefined) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** A body of another shape than documented is an ApiError that names what was wrong, not a TypeError later. */
function checked<T>(request: HttpRequest, status: number, body: unknown, check: Guard<T>): T {
  try {
    return check(body, 'body');
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error;
    const path = request.url.split('?')[0];
    throw new ApiError(
      'unexpected',
      status,
      body,
      undefined,
      `Zendesk answered ${request.method} ${path} with an unexpected shape: ${error.message}`,
    );
  }
}

/**
 * One Zendesk call through the host page, with Zendesk's rate-limit and outage manners: a 429
 * waits exactly Retry-After, a 5xx backs off exponentially, and both give up after a few tries
 * with a typed error. Offline (status 0) fails at once: the caller decides whether to queue.
 */
export async function send<T>(
  port: ZendeskTransport,
  request: HttpRequest,
  check: Guard<T>,
  policy: RetryPolicy = defaultRetryPolicy,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const response = await port.request(request);
    if (response.status >= 200 && response.status < 300) return checked(request, response.status, response.body, check);
    const wait = retryAfterSeconds(response.headers);
    const error = classify(response.status, response.body, wait);
    const retryable = error.kind === 'rate-limited' || error.kind === 'server';
    if (!retryable || attempt >= policy.maxRetries) throw error;
    const delay = error.kind === 'rate-limited' ? (wait ?? 10) * 1000 : policy.baseDelayMs * 2 ** attempt * (0.75 + policy.random() * 0.5);
    if (delay > policy.maxWaitMs) throw error;
    policy.onRetry?.({
      method: request.method ?? 'GET',
      url: request.url,
      kind: error.kind,
      attempt,
      delayMs: delay,
    });
    await policy.sleep(delay);
  }
}
