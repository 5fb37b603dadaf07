/** Why a Zendesk call failed, in terms the features can act on (and translate). */
export type ApiErrorKind =
  | 'offline'
  | 'conflict'
  | 'rate-limited'
  | 'server'
  /** 401: usually an expired Zendesk session; what failed can succeed after signing in again. */
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  /** 413: the request body was too large for Zendesk. */
  | 'too-large'
  | 'closed-ticket'
  /** 422 naming a field value that is not one of the field's options. */
  | 'invalid-option'
  /** 422 naming a value that is too long for its field. */
  | 'value-too-long'
  | 'invalid'
  | 'unexpected';

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
  if (status === 401) return new ApiError('unauthorized', status, body);
  if (status === 403) return new ApiError('forbidden', status, body);
  if (status === 404) return new ApiError('not-found', status, body);
  if (status === 413) return new ApiError('too-large', status, body);
  // Zendesk answers an update of a closed ticket with 422 RecordInvalid naming the closed status.
  if (status === 422 && describes(body, /closed/i)) return new ApiError('closed-ticket', status, body);
  // The wording of a too-long text value is not documented; these are the phrasings seen reported.
  if (status === 422 && describes(body, /too long|too large|maximum length|exceeds/i)) return new ApiError('value-too-long', status, body);
  if (status === 422 && describes(body, /not a valid option|InvalidValue/i)) return new ApiError('invalid-option', status, body);
  if (status === 400 || status === 422) return new ApiError('invalid', status, body);
  return new ApiError('unexpected', status, body);
}
