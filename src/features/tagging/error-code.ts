import { ApiError } from '../../adapters/zendesk-api/api-error';
import { TaggingError } from './commit-tag-change';

/** What went wrong, as a translation key under `vc.tagging.error`, and whether a retry can help. */
export function errorCode(error: unknown): { code: string; retryable: boolean } {
  if (error instanceof TaggingError) return { code: error.code.replace('tagging.', ''), retryable: error.code === 'tagging.conflicts' };
  if (error instanceof ApiError) {
    const retryable = ['offline', 'rate-limited', 'server', 'conflict'].includes(error.kind);
    return { code: error.kind, retryable };
  }
  return { code: 'unexpected', retryable: true };
}
