import type { ZendeskTransport } from './fetch-transport';
import { defaultRetryPolicy, send, type RetryPolicy } from './send';
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
}

async function allPages<T>(fetchPage: (cursor?: string) => Promise<ZdCursorPage & Record<string, unknown>>, key: string, maxPages: number) {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const body = await fetchPage(cursor);
    items.push(...((body[key] as T[]) ?? []));
    if (!body.meta?.has_more || !body.meta.after_cursor) return { items, truncated: false };
    cursor = body.meta.after_cursor;
  }
  return { items, truncated: true };
}

export function createZendeskApi(port: ZendeskTransport, policy: RetryPolicy = defaultRetryPolicy): ZendeskApi {
  const get = <T>(url: string) => send<T>(port, { url, method: 'GET' }, policy);
  return {
    async getTicket(id) {
      return (await get<{ ticket: ZdTicket }>(urls.ticket(id))).ticket;
    },
    async updateTicketSafely(id, update, updatedStamp) {
      const body = { ticket: { ...update, safe_update: true, updated_stamp: updatedStamp } };
      return (await send<{ ticket: ZdTicket }>(port, { url: urls.ticket(id), method: 'PUT', body }, policy)).ticket;
    },
    async getComments(ticketId) {
      const { items, truncated } = await allPages<ZdComment>(
        (cursor) => get(urls.ticketComments(ticketId, cursor)),
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
        users.push(...(await get<{ users: ZdUser[] }>(urls.usersShowMany(unique.slice(i, i + 100)))).users);
      }
      return users;
    },
    async getGroups() {
      return (await get<{ groups: ZdGroup[] }>(urls.groups())).groups;
    },
    async getTicketField(id) {
      return (await get<{ ticket_field: ZdTicketField }>(urls.ticketField(id))).ticket_field;
    },
    async createFieldOption(fieldId, option) {
      const body = { custom_field_option: option };
      const answer = await send<{ custom_field_option: ZdFieldOption }>(
        port,
        { url: urls.ticketFieldOptions(fieldId), method: 'POST', body },
        policy,
      );
      return answer.custom_field_option;
    },
    searchExportPage(query, cursor, pageSize = 1000) {
      return get<ZdSearchExportPage>(urls.searchExport(query, pageSize, cursor));
    },
    async searchCount(query) {
      return (await get<{ count: number }>(urls.searchCount(query))).count;
    },
    async getAudits(ticketId) {
      const { items } = await allPages<ZdAudit>((cursor) => get(urls.ticketAudits(ticketId, cursor)), 'audits', MAX_COMMENT_PAGES);
      return items;
    },
  };
}
