import type { ZendeskTransport } from './fetch-transport';
import { ApiError } from './api-error';
import { defaultRetryPolicy, send, type RetryPolicy } from './send';
import { unknownValue } from './shapes';

/**
 * The custom objects API (current version, `/api/v2/custom_objects`), generic over the object key:
 * the values wall and later features (calibration rounds) store their records through this one
 * client. Shapes: docs/zendesk-api/custom-objects.md (excerpt of Zendesk's OpenAPI).
 */
export interface ZdCustomObjectRecord {
  id: string;
  name: string;
  custom_object_key: string;
  custom_object_fields: Record<string, unknown>;
  created_by_user_id: string;
  updated_by_user_id: string;
  created_at: string;
  updated_at: string;
  external_id: string | null;
}

export interface ZdCustomObject {
  key: string;
  title: string;
  title_pluralized: string;
}

export interface ZdCustomObjectField {
  id: number;
  key: string;
  type: string;
  title: string;
  active?: boolean;
}

export interface RecordsPage {
  records: ZdCustomObjectRecord[];
  /** The cursor for the next page, or null when this was the last one. */
  next: string | null;
}

/** `-` first means descending. List sorts: id, updated_at; search sorts: name, created_at, updated_at. */
export type RecordSort = 'id' | '-id' | 'updated_at' | '-updated_at' | 'name' | '-name' | 'created_at' | '-created_at';

export interface PageOptions {
  sort?: RecordSort;
  /** 1–100 (Zendesk's maximum, and the default here). */
  pageSize?: number;
  cursor?: string | null;
}

/** A filter as `POST …/records/search` takes it: `{ "custom_object_fields.key": { "$eq": v } }`, `$and`, `$or`. */
export type RecordFilter = Record<string, unknown>;

export interface RecordWrite {
  name?: string;
  fields?: Record<string, unknown>;
}

export interface CustomObjectRecordsApi {
  /** The object, or null when the account does not have it (404). */
  getObject(key: string): Promise<ZdCustomObject | null>;
  createObject(object: { key: string; title: string; title_pluralized: string; description?: string }): Promise<ZdCustomObject>;
  listFields(key: string): Promise<ZdCustomObjectField[]>;
  createField(key: string, field: { key: string; type: string; title: string; description?: string }): Promise<ZdCustomObjectField>;
  list(key: string, options?: PageOptions & { externalIds?: string[] }): Promise<RecordsPage>;
  search(key: string, options?: PageOptions & { filter?: RecordFilter; query?: string }): Promise<RecordsPage>;
  get(key: string, id: string): Promise<ZdCustomObjectRecord>;
  create(key: string, record: RecordWrite & { name: string; externalId?: string }): Promise<ZdCustomObjectRecord>;
  update(key: string, id: string, record: RecordWrite): Promise<ZdCustomObjectRecord>;
  /** Creates the record with this external id, or updates it: a retried create can never make two. */
  upsertByExternalId(key: string, externalId: string, record: RecordWrite & { name: string }): Promise<ZdCustomObjectRecord>;
  delete(key: string, id: string): Promise<void>;
  /** Deletes by external id; false when there was no such record (already deleted). */
  deleteByExternalId(key: string, externalId: string): Promise<boolean>;
  count(key: string): Promise<number>;
}

const base = '/api/v2/custom_objects';
const enc = encodeURIComponent;

function pageQuery(options: PageOptions, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  params.set('page[size]', String(Math.min(100, Math.max(1, options.pageSize ?? 100))));
  if (options.sort) params.set('sort', options.sort);
  if (options.cursor) params.set('page[after]', options.cursor);
  return params.toString();
}

/** Responses are checked before use: a record without an id or fields is not something to show or write over. */
function checkRecord(value: unknown, status = 200): ZdCustomObjectRecord {
  const record = value as Partial<ZdCustomObjectRecord> | null;
  if (!record || typeof record.id !== 'string' || typeof record.custom_object_fields !== 'object' || record.custom_object_fields === null) {
    throw new ApiError('unexpected', status, value);
  }
  return record as ZdCustomObjectRecord;
}

function checkPage(body: unknown): RecordsPage {
  const page = body as { custom_object_records?: unknown; meta?: { has_more?: boolean; after_cursor?: string | null } } | null;
  if (!page || !Array.isArray(page.custom_object_records)) throw new ApiError('unexpected', 200, body);
  const records = page.custom_object_records.map((r) => checkRecord(r));
  const next = page.meta?.has_more && page.meta.after_cursor ? page.meta.after_cursor : null;
  return { records, next };
}

function writeBody(record: RecordWrite & { externalId?: string }) {
  return {
    custom_object_record: {
      ...(record.name !== undefined ? { name: record.name } : {}),
      ...(record.externalId !== undefined ? { external_id: record.externalId } : {}),
      ...(record.fields !== undefined ? { custom_object_fields: record.fields } : {}),
    },
  };
}

export function createCustomObjectRecordsApi(port: ZendeskTransport, policy: RetryPolicy = defaultRetryPolicy): CustomObjectRecordsApi {
  const call = <T>(url: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE' = 'GET', body?: unknown) =>
    // Bodies are checked below (checkRecord / checkPage) for the fields we read.
    send(port, { url, method, ...(body !== undefined ? { body } : {}) }, unknownValue, policy) as Promise<T>;
  const records = (key: string) => `${base}/${enc(key)}/records`;
  return {
    async getObject(key) {
      try {
        return (await call<{ custom_object: ZdCustomObject }>(`${base}/${enc(key)}.json`)).custom_object;
      } catch (error) {
        if (error instanceof ApiError && error.kind === 'not-found') return null;
        throw error;
      }
    },
    async createObject(object) {
      return (await call<{ custom_object: ZdCustomObject }>(`${base}.json`, 'POST', { custom_object: object })).custom_object;
    },
    async listFields(key) {
      return (await call<{ custom_object_fields: ZdCustomObjectField[] }>(`${base}/${enc(key)}/fields.json`)).custom_object_fields;
    },
    async createField(key, field) {
      const body = { custom_object_field: field };
      return (await call<{ custom_object_field: ZdCustomObjectField }>(`${base}/${enc(key)}/fields.json`, 'POST', body))
        .custom_object_field;
    },
    async list(key, options = {}) {
      const extra: Record<string, string> = options.externalIds ? { 'filter[external_ids]': options.externalIds.join(',') } : {};
      return checkPage(await call(`${records(key)}.json?${pageQuery(options, extra)}`));
    },
    async search(key, options = {}) {
      const extra: Record<string, string> = options.query ? { query: options.query } : {};
      const body = options.filter ? { filter: options.filter } : {};
      return checkPage(await call(`${records(key)}/search.json?${pageQuery(options, extra)}`, 'POST', body));
    },
    async get(key, id) {
      return checkRecord((await call<{ custom_object_record: unknown }>(`${records(key)}/${enc(id)}.json`)).custom_object_record);
    },
    async create(key, record) {
      return checkRecord(
        (await call<{ custom_object_record: unknown }>(`${records(key)}.json`, 'POST', writeBody(record))).custom_object_record,
      );
    },
    async update(key, id, record) {
      const answer = await call<{ custom_object_record: unknown }>(`${records(key)}/${enc(id)}.json`, 'PATCH', writeBody(record));
      return checkRecord(answer.custom_object_record);
    },
    async upsertByExternalId(key, externalId, record) {
      const answer = await call<{ custom_object_record: unknown }>(
        `${records(key)}.json?external_id=${enc(externalId)}`,
        'PATCH',
        writeBody(record),
      );
      return checkRecord(answer.custom_object_record);
    },
    async delete(key, id) {
      await call(`${records(key)}/${enc(id)}.json`, 'DELETE');
    },
    async deleteByExternalId(key, externalId) {
      try {
        await call(`${records(key)}.json?external_id=${enc(externalId)}`, 'DELETE');
        return true;
      } catch (error) {
        if (error instanceof ApiError && error.kind === 'not-found') return false;
        throw error;
      }
    },
    async count(key) {
      const body = await call<{ count?: { value?: number } }>(`${records(key)}/count.json`);
      return body.count?.value ?? 0;
    },
  };
}

/** Every record a paged read returns, following its cursor to the end (lists and searches alike). */
export async function allPages<T>(read: (cursor: string | null) => Promise<{ records: T[]; next: string | null }>): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const page = await read(cursor);
    out.push(...page.records);
    cursor = page.next;
  } while (cursor);
  return out;
}
