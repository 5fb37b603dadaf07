import { ApiError } from '../../adapters/zendesk-api/api-error';

/** A short code for what went wrong, shown with the message (the user keeps their input). */
export function errorCode(error: unknown): string {
  return error instanceof ApiError ? error.kind : 'unexpected';
}
