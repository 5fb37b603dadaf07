/** Zendesk's error bodies, as documented in the API reference (shared/zendesk-api). */
export interface ApiError {
  status: number;
  body: Record<string, unknown>;
}

export type ErrorDetails = Record<string, { description: string; error?: string }[]>;

export const apiErrors = {
  notFound: (): ApiError => ({ status: 404, body: { error: 'RecordNotFound', description: 'Not found' } }),
  forbidden: (): ApiError => ({
    status: 403,
    body: {
      error: 'Forbidden',
      description: 'You do not have access to this page. Please contact the account owner of this help desk for further help.',
    },
  }),
  recordInvalid: (details: ErrorDetails): ApiError => ({
    status: 422,
    body: { error: 'RecordInvalid', description: 'Record validation errors', details },
  }),
  closedTicket: (): ApiError => apiErrors.recordInvalid({ status: [{ description: 'Status: closed prevents ticket update' }] }),
  updateConflict: (): ApiError => ({
    status: 409,
    body: {
      error: 'UpdateConflict',
      description: 'Safe Update prevented the update due to outdated ticket data. Please fetch the latest ticket data and try again.',
    },
  }),
  invalidParameter: (description: string): ApiError => ({ status: 400, body: { error: 'InvalidParameter', description } }),
  /** Search errors use `error` + `description` with a short type ("invalid", "unavailable"). */
  invalidSearch: (description: string): ApiError => ({ status: 400, body: { error: 'invalid', description } }),
  rateLimited: (): ApiError => ({
    status: 429,
    body: { error: 'APIRateLimitExceeded', description: 'Number of allowed API requests per minute exceeded' },
  }),
  unauthorized: (): ApiError => ({ status: 401, body: { error: "Couldn't authenticate you" } }),
  tooLarge: (): ApiError => ({ status: 413, body: { error: 'RequestEntityTooLarge', description: 'Request body too large' } }),
  /** Zendesk's wording for an over-long text value is unconfirmed; this is the reported form. */
  valueTooLong: (fieldTitle: string): ApiError =>
    apiErrors.recordInvalid({ base: [{ description: `${fieldTitle} is too long (maximum is 65535 characters)`, error: 'TooLong' }] }),
  internal: (): ApiError => ({ status: 500, body: { error: 'InternalError', description: 'Something went wrong' } }),
};
