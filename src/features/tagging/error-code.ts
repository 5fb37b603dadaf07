import { ApiError } from '../../adapters/zendesk-api/api-error';
import { TaggingError } from './commit-tag-change';

/**
 * What went wrong, as a translation key under `vc.tagging.error`, and what to do with the change:
 * `retry` (it can land later by itself: keep it queued and try again) or `hold` (it cannot land as
 * it is: keep it for its author, say why, and let them retry or discard it).
 */
export function errorCode(error: unknown): { code: string; retry: boolean } {
  if (error instanceof TaggingError) {
    const code =
      error.code === 'tagging.forged' && error.reason ? error.reason.replace('tagging.', '') : error.code.replace('tagging.', '');
    return { code, retry: error.code === 'tagging.conflicts' };
  }
  if (error instanceof ApiError) {
    // 401 is most often an expired session: the change waits until the user has signed in again.
    const retry = ['offline', 'rate-limited', 'server', 'conflict', 'unauthorized'].includes(error.kind);
    return { code: error.kind, retry };
  }
  return { code: 'unexpected', retry: true };
}
