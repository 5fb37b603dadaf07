import type { ZendeskTransport } from './fetch-transport';
import { body as shapes } from './response-shapes';
import { defaultRetryPolicy, send, type RetryNotice, type RetryPolicy } from './send';
import type { Guard } from './shapes';
import { urls } from './urls';
import type {
  ZdAudit,
  ZdComment,
  ZdCursorPage,
  ZdFieldOption,
  ZdGroup,
  ZdSearchExportPage,
  ZdTicket,
  ZdTicketField,
  ZdUser,
} from './zendesk-types';

/** Bounds what one ticket can cost us: 50 pages of 100 comments. Longer threads are read in part. */
const MAX_COMMENT_PAGES = 50;

export interface TicketUpdate {
  custom_fields?: { id: number; value: unknown }[];
  comment?: { body: string; public: boolean };
}

export interface ZendeskApi {
  getTicket(id: number): Promise<ZdTicket>;
  /** `safe_update` with `updated_stamp`: Zendesk answers 409 when someone else saved in between. */
  updateTicketSafely(id: number, update: TicketUpdate, updatedStamp: string): Promise<ZdTicket>;
  getComments(ticketId: number): Promise<{ comments: ZdComment[]; truncated: boolean }>;
  getUsers(ids: number[]): Promise<ZdUser[]>;
  getGroups(): Promise<ZdGroup[]>;
  getTicketField(id: number): Promise<ZdTicketField>;
  createFieldOption(fieldId: number, option: { name: string; value: string }): Promise<ZdFieldOption>;
  searchExportPage(query: string, cursor: string | null, pageSize?: number): Promise<ZdSearchExportPage>;
  getAudits(ticketId: number): Promise<ZdAudit[]>;
  /** How many tickets match a search query (one request, no tickets transferred). */
  searchCount(query: string): Promise<number>;
  /**
   * Sets some of this app installation's settings (the others keep their values): Apps API,
   * admins only. Every app location then receives them in its metadata, with no request per view.
   */
  updateInstallationSettings(installationId: number, settings: Record<string, string>): Promise<void>;
  /** Follows the retries after 429/5xx (optional: fakes may leave it out); returns the unsubscribe. */
  onRetry?(listener: (retry: RetryNotice) => void): () => void;
}

async function allPages<K extends string, T>(
  fetchPage: (cursor?: string) => Promise<ZdCursorPage & Record<K, T[]>>,
  key: K,
  maxPages: number,
) {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const body = await fetchPage(cursor);
    items.push(...body[key]);
    if (!body.meta?.has_more || !body.meta.after_cursor) return { items, truncated: false };
    cursor = body.meta.after_cursor;
  }
  return { items, truncated: true };
}

export function createZendeskApi(port: ZendeskTransport, given: RetryPolicy = defaultRetryPolicy): ZendeskApi {
  const retryListeners = new Set<(retry: RetryNotice) => void>();
  const policy: RetryPolicy = {
    ...given,
    onRetry: (retry) => {
      given.onRetry?.(retry);
      retryListeners.forEach((listener) => listener(retry));
    },
  };
  const get = <T>(url: string, check: Guard<T>) => send(port, { url, method: 'GET' }, check, policy);
  return {
    onRetry(listener) {
      retryListeners.add(listener);
      return () => void retryListeners.delete(listener);
    },
    async getTicket(id) {
      return (await get(urls.ticket(id), shapes.ticket)).ticket;
    },
    async updateTicketSafely(id, update, updatedStamp) {
      const body = { ticket: { ...update, safe_update: true, updated_stamp: updatedStamp } };
      return (await send(port, { url: urls.ticket(id), method: 'PUT', body }, shapes.ticket, policy)).ticket;
    },
    async getComments(ticketId) {
      const { items, truncated } = await allPages(
        (cursor) => get(urls.ticketComments(ticketId, cursor), shapes.comments),
        'comments',
        MAX_COMMENT_PAGES,
      );
      return { comments: items, truncated };
    },
    async getUsers(ids) {
      const unique = [...new Set(ids)].filter((id) => Number.isFinite(id));
      const users: ZdUser[] = [];
      // show_many takes up to 100 ids a call.
      for (let i = 0; i < unique.length; i += 100) {
        users.push(...(await get(urls.usersShowMany(unique.slice(i, i + 100)), shapes.users)).users);
      }
      return users;
    },
    async getGroups() {
      return (await get(urls.groups(), shapes.groups)).groups;
    },
    async getTicketField(id) {
      return (await get(urls.ticketField(id), shapes.ticketField)).ticket_field;
    },
    async createFieldOption(fieldId, option) {
      const body = { custom_field_option: option };
      const answer = await send(port, { url: urls.ticketFieldOptions(fieldId), method: 'POST', body }, shapes.fieldOption, policy);
      return answer.custom_field_option;
    },
    searchExportPage(query, cursor, pageSize = 1000) {
      return get(urls.searchExport(query, pageSize, cursor), shapes.searchExport);
    },
    async searchCount(query) {
      return (await get(urls.searchCount(query), shapes.count)).count;
    },
    async updateInstallationSettings(installationId, settings) {
      await send(port, { url: urls.appInstallation(installationId), method: 'PUT', body: { settings } }, shapes.appInstallation, policy);
    },
    async getAudits(ticketId) {
      const { items } = await allPages((cursor) => get(urls.ticketAudits(ticketId, cursor), shapes.audits), 'audits', MAX_COMMENT_PAGES);
      return items;
    },
  };
}
