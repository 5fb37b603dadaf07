import type { ApiError } from './api-errors';
import type { CustomObject, CustomObjectField, CustomObjectFieldType, CustomObjectRecord, CustomObjectsWorld } from './custom-object-types';
import { matchesFilter, readFilter, type RecordFilter } from './custom-object-filter';

export type { CustomObject, CustomObjectField, CustomObjectRecord } from './custom-object-types';

/** Zendesk's documented limit: 32 KB per record (its JSON). */
export const RECORD_MAX_BYTES = 32 * 1024;
/** Text fields hold one line of up to 255 characters; textareas much more (bounded by the record size). */
const TEXT_MAX = 255;

/**
 * Custom object errors use the `errors` array envelope (`code`, `title`, `detail`, `status`).
 * Zendesk's OpenAPI excerpt documents statuses, not these bodies: clients must rely on the status.
 */
export const customObjectErrors = {
  notFound: (detail: string): ApiError => err(404, 'RecordNotFound', 'Not found', detail),
  forbidden: (): ApiError => err(403, 'Forbidden', 'Forbidden', 'You do not have access to this resource'),
  invalid: (detail: string): ApiError => err(422, 'RecordInvalid', 'Record validation errors', detail),
  badRequest: (detail: string): ApiError => err(400, 'InvalidParameter', 'Invalid parameter', detail),
};

function err(status: number, code: string, title: string, detail: string): ApiError {
  return { status, body: { errors: [{ code, status: String(status), title, detail }] } };
}

export type CoResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export interface RecordInput {
  name?: unknown;
  external_id?: unknown;
  custom_object_fields?: unknown;
}

export type ListSort = 'id' | '-id' | 'updated_at' | '-updated_at' | 'name' | '-name' | 'created_at' | '-created_at';

interface Deps {
  /** Strictly increasing ISO stamps from the store clock. */
  stamp(): string;
  /** The signed-in user: id and role decide what they may do. */
  actor(): { id: number; role: string };
  subdomain(): string;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function base32(value: number, length: number): string {
  let out = '';
  let rest = value;
  for (let i = 0; i < length; i++) {
    out = CROCKFORD[rest % 32] + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}

/** ULID-shaped ids (what Zendesk returns): time first, so id order is creation order. */
function recordId(at: string, seq: number): string {
  return `${base32(Date.parse(at), 10)}${base32(seq, 16)}`;
}

function fieldText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function byteLength(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

function checkValue(field: CustomObjectField, value: unknown): string | null {
  if (value === null) return null;
  switch (field.type) {
    case 'text':
    case 'regexp':
      if (typeof value !== 'string') return `${field.key} must be a string`;
      if (value.includes('\n')) return `${field.key} is a single-line text field`;
      return value.length > TEXT_MAX ? `${field.key} is too long (maximum is ${TEXT_MAX} characters)` : null;
    case 'textarea':
    case 'date':
    case 'dropdown':
    case 'lookup':
      return typeof value === 'string' ? null : `${field.key} must be a string`;
    case 'checkbox':
      return typeof value === 'boolean' ? null : `${field.key} must be true or false`;
    case 'integer':
      return Number.isInteger(value) ? null : `${field.key} must be an integer`;
    case 'decimal':
      return typeof value === 'number' ? null : `${field.key} must be a number`;
    case 'multiselect':
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? null : `${field.key} must be a list of strings`;
  }
}

/** Compares records by one sort key, ties broken by creation (the id). */
function comparator(sort: ListSort): (a: CustomObjectRecord, b: CustomObjectRecord) => number {
  const desc = sort.startsWith('-');
  const key = (desc ? sort.slice(1) : sort) as 'id' | 'updated_at' | 'name' | 'created_at';
  return (a, b) => {
    const primary = a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0;
    const order = primary !== 0 ? primary : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    return desc ? -order : order;
  };
}

export interface PageRequest {
  sort: ListSort;
  size: number;
  after: string | null;
  before: string | null;
}

export interface RecordPage {
  records: CustomObjectRecord[];
  hasMore: boolean;
  afterCursor: string | null;
  beforeCursor: string | null;
}

interface CursorBody {
  /** The sort the cursor belongs to. */
  s: ListSort;
  /** The boundary record's id (a keyset cursor: inserts and deletes elsewhere never shift it). */
  id: string;
  /** Its sort value, so a cursor outlives the deletion of its boundary record. */
  v: string;
}

function encode(body: CursorBody): string {
  return btoa(unescape(encodeURIComponent(JSON.stringify(body)))).replace(/=+$/, '');
}

function decode(cursor: string): CursorBody | null {
  try {
    const parsed = JSON.parse(decodeURIComponent(escape(atob(cursor)))) as Partial<CursorBody>;
    return typeof parsed.s === 'string' && typeof parsed.id === 'string' && typeof parsed.v === 'string' ? (parsed as CursorBody) : null;
  } catch {
    return null;
  }
}

function sortValue(record: CustomObjectRecord, sort: ListSort): string {
  const key = (sort.startsWith('-') ? sort.slice(1) : sort) as 'id' | 'updated_at' | 'name' | 'created_at';
  return record[key];
}

/**
 * Cursor pages (Zendesk's: `page[size]` ≤ 100, `page[after]` / `page[before]`, `meta.has_more`).
 * Keyset cursors: a page boundary is a record and its sort value, so records added or removed
 * while someone pages never make a page repeat or skip a record that was already there.
 */
export function pageOf(all: CustomObjectRecord[], request: PageRequest): CoResult<RecordPage> {
  const compare = comparator(request.sort);
  const sorted = [...all].sort(compare);
  const cursorText = request.after ?? request.before;
  let start = 0;
  let end = sorted.length;
  if (cursorText) {
    const cursor = decode(cursorText);
    if (!cursor || cursor.s !== request.sort) return { ok: false, error: customObjectErrors.badRequest('Invalid pagination cursor') };
    // A stand-in for the boundary record: its id and its value for every sortable key.
    const boundary = { id: cursor.id, name: cursor.v, created_at: cursor.v, updated_at: cursor.v } as CustomObjectRecord;
    const index = (pass: (order: number) => boolean) => {
      const found = sorted.findIndex((r) => pass(compare(r, boundary)));
      return found === -1 ? sorted.length : found;
    };
    if (request.after) start = index((order) => order > 0);
    else end = index((order) => order >= 0);
  }
  const records = request.before ? sorted.slice(Math.max(start, end - request.size), end) : sorted.slice(start, start + request.size);
  const first = records[0];
  const last = records[records.length - 1];
  const hasMore = request.before ? end - request.size > start : start + request.size < sorted.length;
  return {
    ok: true,
    value: {
      records,
      hasMore,
      afterCursor: last ? encode({ s: request.sort, id: last.id, v: sortValue(last, request.sort) }) : null,
      beforeCursor: first ? encode({ s: request.sort, id: first.id, v: sortValue(first, request.sort) }) : null,
    },
  };
}

/** The custom objects part of the in-memory Zendesk. Generic: any object key, any fields. */
export function createCustomObjects(seed: CustomObjectsWorld, deps: Deps) {
  const objects = new Map((seed.custom_objects ?? []).map((o) => [o.key, o]));
  const fields = new Map(Object.entries(seed.custom_object_fields ?? {}));
  const records = new Map(
    Object.entries(seed.custom_object_records ?? {}).map(([key, list]) => [key, new Map(list.map((r) => [r.id, r]))]),
  );
  let seq = [...records.values()].reduce((n, m) => n + m.size, 0);
  let nextFieldId = Math.max(0, ...[...fields.values()].flat().map((f) => f.id)) + 1;

  const isAdmin = () => deps.actor().role === 'admin';
  const isStaff = () => deps.actor().role !== 'end-user';
  const urlOf = (key: string, id: string) => `https://${deps.subdomain()}.zendesk.com/api/v2/custom_objects/${key}/records/${id}.json`;

  function recordsOf(key: string): Map<string, CustomObjectRecord> {
    let map = records.get(key);
    if (!map) {
      map = new Map();
      records.set(key, map);
    }
    return map;
  }

  function byExternalId(key: string, externalId: string): CustomObjectRecord | undefined {
    for (const record of records.get(key)?.values() ?? []) if (record.external_id === externalId) return record;
    return undefined;
  }

  function guard(key: string): ApiError | null {
    if (!isStaff()) return customObjectErrors.forbidden();
    if (!objects.has(key)) return customObjectErrors.notFound(`Custom object ${key} not found`);
    return null;
  }

  /** Checks the given field values against the object's fields; returns the merged values. */
  function checkFields(key: string, given: unknown, base: Record<string, unknown>): CoResult<Record<string, unknown>> {
    if (given === undefined) return { ok: true, value: base };
    if (typeof given !== 'object' || given === null || Array.isArray(given)) {
      return { ok: false, error: customObjectErrors.invalid('custom_object_fields must be an object') };
    }
    const known = new Map((fields.get(key) ?? []).filter((f) => f.active).map((f) => [f.key, f]));
    const merged = { ...base };
    for (const [fieldKey, value] of Object.entries(given)) {
      const field = known.get(fieldKey);
      if (!field) return { ok: false, error: customObjectErrors.invalid(`Unknown field ${fieldKey}`) };
      const problem = checkValue(field, value);
      if (problem) return { ok: false, error: customObjectErrors.invalid(problem) };
      merged[fieldKey] = value;
    }
    return { ok: true, value: merged };
  }

  function checkName(name: unknown, required: boolean): CoResult<string | undefined> {
    if (name === undefined && !required) return { ok: true, value: undefined };
    if (typeof name !== 'string' || name.trim() === '') return { ok: false, error: customObjectErrors.invalid("Name can't be blank") };
    if (name.length > TEXT_MAX)
      return { ok: false, error: customObjectErrors.invalid(`Name is too long (maximum is ${TEXT_MAX} characters)`) };
    return { ok: true, value: name };
  }

  function sizeChecked(record: CustomObjectRecord): CoResult<CustomObjectRecord> {
    if (byteLength(record) > RECORD_MAX_BYTES)
      return { ok: false, error: customObjectErrors.invalid('Record exceeds the 32 KB size limit') };
    return { ok: true, value: record };
  }

  const api = {
    objects: (): CustomObject[] => [...objects.values()],
    object: (key: string): CustomObject | undefined => objects.get(key),
    fields: (key: string): CustomObjectField[] => fields.get(key) ?? [],
    /** Every record of an object, in creation order (for checks: `window.workspace.store.records`). */
    records: (key: string): CustomObjectRecord[] => [...(records.get(key)?.values() ?? [])].sort((a, b) => (a.id < b.id ? -1 : 1)),
    record: (key: string, id: string): CustomObjectRecord | undefined => records.get(key)?.get(id),

    createObject(input: { key?: unknown; title?: unknown; title_pluralized?: unknown; description?: unknown }): CoResult<CustomObject> {
      if (!isAdmin()) return { ok: false, error: customObjectErrors.forbidden() };
      const { key, title, title_pluralized } = input;
      if (typeof key !== 'string' || !/^[a-z][a-z0-9_]{0,59}$/.test(key))
        return { ok: false, error: customObjectErrors.invalid('Key is invalid') };
      if (typeof title !== 'string' || typeof title_pluralized !== 'string') {
        return { ok: false, error: customObjectErrors.invalid('Title and title_pluralized are required') };
      }
      if (objects.has(key)) return { ok: false, error: customObjectErrors.invalid('Key has already been taken') };
      const at = deps.stamp();
      const by = String(deps.actor().id);
      const object: CustomObject = {
        key,
        title,
        title_pluralized,
        ...(typeof input.description === 'string' ? { description: input.description } : {}),
        created_at: at,
        updated_at: at,
        created_by_user_id: by,
        updated_by_user_id: by,
      };
      objects.set(key, object);
      fields.set(key, []);
      return { ok: true, value: object };
    },

    createField(
      key: string,
      input: { key?: unknown; type?: unknown; title?: unknown; description?: unknown },
    ): CoResult<CustomObjectField> {
      if (!isAdmin()) return { ok: false, error: customObjectErrors.forbidden() };
      if (!objects.has(key)) return { ok: false, error: customObjectErrors.notFound(`Custom object ${key} not found`) };
      const list = fields.get(key) ?? [];
      if (typeof input.key !== 'string' || !/^[a-z][a-z0-9_]{0,63}$/.test(input.key)) {
        return { ok: false, error: customObjectErrors.invalid('Field key is invalid') };
      }
      if (list.some((f) => f.key === input.key))
        return { ok: false, error: customObjectErrors.invalid('Field key has already been taken') };
      if (list.length >= 100) return { ok: false, error: customObjectErrors.invalid('An object has at most 100 fields') };
      const type = (input.type ?? 'text') as CustomObjectFieldType;
      if (checkValue({ key: 'x', type } as CustomObjectField, null) !== null || typeof input.title !== 'string') {
        return { ok: false, error: customObjectErrors.invalid('Title is required') };
      }
      const at = deps.stamp();
      const field: CustomObjectField = {
        id: nextFieldId++,
        key: input.key,
        type,
        title: input.title,
        ...(typeof input.description === 'string' ? { description: input.description } : {}),
        active: true,
        position: list.length,
        created_at: at,
        updated_at: at,
      };
      fields.set(key, [...list, field]);
      return { ok: true, value: field };
    },

    createRecord(key: string, input: RecordInput): CoResult<CustomObjectRecord> {
      const denied = guard(key);
      if (denied) return { ok: false, error: denied };
      const name = checkName(input.name, true);
      if (!name.ok) return name;
      const external = input.external_id;
      if (external !== undefined && external !== null && typeof external !== 'string') {
        return { ok: false, error: customObjectErrors.invalid('External id must be a string') };
      }
      if (typeof external === 'string' && byExternalId(key, external)) {
        return { ok: false, error: customObjectErrors.invalid('External id has already been taken') };
      }
      const values = checkFields(key, input.custom_object_fields, {});
      if (!values.ok) return values;
      const at = deps.stamp();
      const by = String(deps.actor().id);
      const id = recordId(at, ++seq);
      const record = sizeChecked({
        id,
        name: name.value ?? '',
        custom_object_key: key,
        custom_object_fields: values.value,
        created_by_user_id: by,
        updated_by_user_id: by,
        created_at: at,
        updated_at: at,
        external_id: typeof external === 'string' ? external : null,
        url: urlOf(key, id),
      });
      if (record.ok) recordsOf(key).set(id, record.value);
      return record;
    },

    updateRecord(key: string, id: string, input: RecordInput): CoResult<CustomObjectRecord> {
      const denied = guard(key);
      if (denied) return { ok: false, error: denied };
      const existing = records.get(key)?.get(id);
      if (!existing) return { ok: false, error: customObjectErrors.notFound(`Record ${id} not found`) };
      const name = checkName(input.name, false);
      if (!name.ok) return name;
      const values = checkFields(key, input.custom_object_fields, existing.custom_object_fields);
      if (!values.ok) return values;
      const updated = sizeChecked({
        ...existing,
        name: name.value ?? existing.name,
        custom_object_fields: values.value,
        updated_at: deps.stamp(),
        updated_by_user_id: String(deps.actor().id),
      });
      if (updated.ok) recordsOf(key).set(id, updated.value);
      return updated;
    },

    /** `PATCH …/records?external_id=`: updates the record with that external id, or creates it. */
    upsertRecord(key: string, externalId: string, input: RecordInput): CoResult<{ record: CustomObjectRecord; created: boolean }> {
      const existing = byExternalId(key, externalId);
      const result = existing ? api.updateRecord(key, existing.id, input) : api.createRecord(key, { ...input, external_id: externalId });
      return result.ok ? { ok: true, value: { record: result.value, created: !existing } } : result;
    },

    deleteRecord(key: string, id: string): CoResult<null> {
      const denied = guard(key);
      if (denied) return { ok: false, error: denied };
      if (!records.get(key)?.delete(id)) return { ok: false, error: customObjectErrors.notFound(`Record ${id} not found`) };
      return { ok: true, value: null };
    },

    deleteRecordByExternalId(key: string, externalId: string): CoResult<null> {
      const existing = byExternalId(key, externalId);
      if (!existing) {
        const denied = guard(key);
        return { ok: false, error: denied ?? customObjectErrors.notFound(`Record with external id ${externalId} not found`) };
      }
      return api.deleteRecord(key, existing.id);
    },

    list(key: string, page: PageRequest, only?: { ids?: string[]; externalIds?: string[] }): CoResult<RecordPage> {
      const denied = guard(key);
      if (denied) return { ok: false, error: denied };
      let all = api.records(key);
      if (only?.ids) all = all.filter((r) => only.ids?.includes(r.id));
      if (only?.externalIds) all = all.filter((r) => r.external_id !== null && only.externalIds?.includes(r.external_id));
      return pageOf(all, page);
    },

    /** `POST …/records/search`: `filter` (with `$and` / `$or`) and `query` (word prefixes in text fields). */
    search(key: string, page: PageRequest, criteria: { filter?: unknown; query?: string | null }): CoResult<RecordPage> {
      const denied = guard(key);
      if (denied) return { ok: false, error: denied };
      let filter: RecordFilter | null = null;
      if (criteria.filter !== undefined) {
        const read = readFilter(criteria.filter);
        if (!read.ok) return { ok: false, error: customObjectErrors.badRequest(read.message) };
        filter = read.filter;
      }
      const textKeys = (fields.get(key) ?? [])
        .filter((f) => f.type === 'text' || f.type === 'textarea' || f.type === 'regexp')
        .map((f) => f.key);
      const words = (criteria.query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const all = api.records(key).filter((record) => {
        if (filter && !matchesFilter(record, filter)) return false;
        if (words.length === 0) return true;
        const text = [record.name, ...textKeys.map((k) => fieldText(record.custom_object_fields[k]))].join(' ').toLowerCase();
        const tokens = text.split(/[^\p{L}\p{N}]+/u);
        return words.some((w) => tokens.some((t) => t.startsWith(w)));
      });
      return pageOf(all, page);
    },

    count(key: string): CoResult<number> {
      const denied = guard(key);
      return denied ? { ok: false, error: denied } : { ok: true, value: records.get(key)?.size ?? 0 };
    },

    /** Seeds records without the checks (worlds and benchmarks): keeps their ids and stamps. */
    seedRecords(key: string, list: CustomObjectRecord[]): void {
      const map = recordsOf(key);
      for (const record of list) map.set(record.id, record);
      seq += list.length;
    },
  };
  return api;
}

export type CustomObjectsStore = ReturnType<typeof createCustomObjects>;
