import type { ZendeskTransport } from './fetch-transport';
import { ApiError } from './api-error';
import { defaultRetryPolicy } from './send';
import { createZendeskApi } from './zendesk-api';
import type { ZdTicket } from './zendesk-types';
import type { PageResult } from '../../domain/export/runner';

/**
 * Search Export pages for the runner, which owns waiting and retrying (so it can resume from the
 * last cursor and show what it waits for): this API client therefore never retries by itself.
 */
export function createExportPageFetcher(port: ZendeskTransport, query: string, pageSize = 1000) {
  const api = createZendeskApi(port, { ...defaultRetryPolicy, maxRetries: 0 });
  return async (cursor: string | null): Promise<PageResult<ZdTicket>> => {
    try {
      const page = await api.searchExportPage(query, cursor, pageSize);
      const afterCursor = page.meta?.after_cursor ?? null;
      return { ok: true, tickets: page.results, afterCursor, hasMore: Boolean(page.meta?.has_more && afterCursor) };
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, status: error.status, retryAfterSeconds: error.retryAfterSeconds };
      return { ok: false, status: 0 };
    }
  };
}
