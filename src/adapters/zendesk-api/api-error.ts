/** Why a Zendesk call failed, in terms the features can act on (and translate). */
export type ApiErrorKind =
  'offline' | 'conflict' | 'rate-limited' | 'server' | 'forbidden' | 'not-found' | 'closed-ticket' | 'invalid' | 'unexpected';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    readonly status: number,
    readonly body: unknown,
    readonly retryAfterSeconds?: number,
    detail?: string,
  ) {
    super(detail ?? `Zendesk API ${kind} (${status})`);
    this.name = 'ApiError';
  }
}

function describes(body: unknown, pattern: RegExp): boolean {
  return pattern.test(JSON.stringify(body ?? ''));
}

export function classify(status: number, body: unknown, retryAfterSeconds?: number): ApiError {
  if (status === 0) return new ApiError('offline', status, body);
  if (status === 409) return new ApiError('conflict', status, body);
  if (status === 429) return new ApiError('rate-limited', status, body, retryAfterSeconds);
  if (status >= 500) return new ApiError('server', status, body, retryAfterSeconds);
  if (status === 401 || status === 403) return new ApiError('forbidden', status, body);
  if (status === 404) return new ApiError('not-found', status, body);
  // Zendesk answers an update of a closed ticket with 422 RecordInvalid naming the closed status.
  if (status === 422 && describes(body, /closed/i)) return new ApiError('closed-ticket', status, body);
  if (status === 400 || status === 422) return new ApiError('invalid', status, body);
  return new ApiError('unexpected', status, body);
}
