import type { AuditFetchResult } from '../../domain/export/audit-runner';
import { ApiError } from './api-error';
import type { ZendeskApi } from './zendesk-api';
import type { ZdAudit } from './zendesk-types';

/**
 * A ticket's audits as the paced audit runner wants them: a 429 or an outage becomes a status for
 * the runner to wait out or retry (with Retry-After), a 404 a ticket deleted since it was found.
 * Pass an api whose own retries are off, so the runner alone decides the pace.
 */
export function auditFetcher(api: Pick<ZendeskApi, 'getAudits'>) {
  return async (ticketId: number): Promise<AuditFetchResult<ZdAudit>> => {
    try {
      return { ok: true, audits: await api.getAudits(ticketId) };
    } catch (error) {
      return error instanceof ApiError
        ? {
            ok: false,
            status: error.status,
            ...(error.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: error.retryAfterSeconds }),
          }
        : { ok: false, status: 0 };
    }
  };
}
