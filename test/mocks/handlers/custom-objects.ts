import { HttpResponse, type HttpHandler } from 'msw';
import type { CoResult, ListSort, PageRequest, RecordInput, RecordPage } from '../custom-objects';
import { customObjectErrors } from '../custom-objects';
import type { ZendeskStore } from '../store';
import { errorResponse, json, route } from './route';

const LIST_SORTS: ListSort[] = ['id', '-id', 'updated_at', '-updated_at'];
const SEARCH_SORTS: ListSort[] = ['name', '-name', 'created_at', '-created_at', 'updated_at', '-updated_at'];

function keyOf(params: Record<string, string>): string {
  return (params.key ?? '').replace(/\.json$/, '');
}

function reply<T>(result: CoResult<T>, body: (value: T) => unknown, status = 200): Response {
  return result.ok ? json(body(result.value), status) : errorResponse(result.error);
}

function recordInput(body: unknown): RecordInput | null {
  if (typeof body !== 'object' || body === null) return null;
  const record = (body as { custom_object_record?: unknown }).custom_object_record;
  return typeof record === 'object' && record !== null && !Array.isArray(record) ? record : null;
}

const badBody = () => errorResponse(customObjectErrors.badRequest('The request body must be {"custom_object_record": {...}}'));

function pageRequest(url: URL, sorts: ListSort[], fallback: ListSort): PageRequest | string {
  const sort = (url.searchParams.get('sort') ?? fallback) as ListSort;
  if (!sorts.includes(sort)) return `sort must be one of ${sorts.join(', ')}`;
  const after = url.searchParams.get('page[after]');
  const before = url.searchParams.get('page[before]');
  if (after && before) return 'page[before] and page[after] cannot be used together';
  const sizeRaw = url.searchParams.get('page[size]');
  const size = sizeRaw === null ? 100 : Number(sizeRaw);
  if (!Number.isInteger(size) || size < 1 || size > 100) return 'page[size] must be between 1 and 100';
  return { sort, size, after, before };
}

/** Zendesk's cursor page body: `custom_object_records`, `meta`, `links`, `count` (this page's). */
function pageBody(url: URL, page: RecordPage) {
  const link = (param: string, cursor: string | null) => {
    if (!cursor) return null;
    const next = new URL(url);
    next.searchParams.delete('page[after]');
    next.searchParams.delete('page[before]');
    next.searchParams.set(param, cursor);
    return next.toString();
  };
  return {
    custom_object_records: page.records,
    count: page.records.length,
    meta: { has_more: page.hasMore, after_cursor: page.afterCursor, before_cursor: page.beforeCursor },
    links: { next: page.hasMore ? link('page[after]', page.afterCursor) : null, prev: link('page[before]', page.beforeCursor) },
  };
}

function listOf(ids: string | null): string[] | undefined {
  return ids ? ids.split(',').filter(Boolean) : undefined;
}

/** The custom objects API (objects, fields, records) over the store; shapes in docs/zendesk-api/custom-objects.md. */
export function customObjectHandlers(store: ZendeskStore): HttpHandler[] {
  const co = store.customObjects;
  return [
    ...route(store, 'get', '/api/v2/custom_objects', () => json({ custom_objects: co.objects() })),
    ...route(store, 'post', '/api/v2/custom_objects', ({ body }) => {
      const input = (body as { custom_object?: Record<string, unknown> } | undefined)?.custom_object;
      if (!input) return errorResponse(customObjectErrors.badRequest('The request body must be {"custom_object": {...}}'));
      return reply(co.createObject(input), (custom_object) => ({ custom_object }), 201);
    }),
    ...route(store, 'get', '/api/v2/custom_objects/:key/fields', ({ params }) => {
      const key = keyOf(params);
      if (!co.object(key)) return errorResponse(customObjectErrors.notFound(`Custom object ${key} not found`));
      return json({ custom_object_fields: co.fields(key) });
    }),
    ...route(store, 'post', '/api/v2/custom_objects/:key/fields', ({ params, body }) => {
      const input = (body as { custom_object_field?: Record<string, unknown> } | undefined)?.custom_object_field;
      if (!input) return errorResponse(customObjectErrors.badRequest('The request body must be {"custom_object_field": {...}}'));
      return reply(co.createField(keyOf(params), input), (custom_object_field) => ({ custom_object_field }), 201);
    }),
    ...route(store, 'get', '/api/v2/custom_objects/:key/records/count', ({ params }) =>
      reply(co.count(keyOf(params)), (value) => ({ count: { refreshed_at: store.now().toISOString(), value } })),
    ),
    ...route(store, 'post', '/api/v2/custom_objects/:key/records/search', ({ params, url, body }) => {
      const page = pageRequest(url, SEARCH_SORTS, 'created_at');
      if (typeof page === 'string') return errorResponse(customObjectErrors.badRequest(page));
      // Without a sort Zendesk orders by relevance; the double has no relevance, so creation order stands in.
      const filter = (body as { filter?: unknown } | undefined)?.filter;
      const result = co.search(keyOf(params), page, { filter, query: url.searchParams.get('query') });
      return reply(result, (value) => pageBody(url, value));
    }),
    ...route(store, 'get', '/api/v2/custom_objects/:key/records', ({ params, url }) => {
      const page = pageRequest(url, LIST_SORTS, 'id');
      if (typeof page === 'string') return errorResponse(customObjectErrors.badRequest(page));
      const only = { ids: listOf(url.searchParams.get('filter[ids]')), externalIds: listOf(url.searchParams.get('filter[external_ids]')) };
      return reply(co.list(keyOf(params), page, only), (value) => pageBody(url, value));
    }),
    ...route(store, 'post', '/api/v2/custom_objects/:key/records', ({ params, body }) => {
      const input = recordInput(body);
      if (!input) return badBody();
      return reply(co.createRecord(keyOf(params), input), (custom_object_record) => ({ custom_object_record }), 201);
    }),
    ...route(store, 'patch', '/api/v2/custom_objects/:key/records', ({ params, url, body }) => {
      const externalId = url.searchParams.get('external_id');
      if (!externalId) return errorResponse(customObjectErrors.badRequest('external_id is required (upsert by name is not served)'));
      const input = recordInput(body);
      if (!input) return badBody();
      return reply(co.upsertRecord(keyOf(params), externalId, input), ({ record }) => ({ custom_object_record: record }));
    }),
    ...route(store, 'delete', '/api/v2/custom_objects/:key/records', ({ params, url }) => {
      const externalId = url.searchParams.get('external_id');
      if (!externalId) return errorResponse(customObjectErrors.badRequest('external_id is required'));
      const result = co.deleteRecordByExternalId(keyOf(params), externalId);
      return result.ok ? new HttpResponse(null, { status: 204 }) : errorResponse(result.error);
    }),
    ...route(store, 'get', '/api/v2/custom_objects/:key/records/:id', ({ params }) => {
      const key = keyOf(params);
      const id = (params.id ?? '').replace(/\.json$/, '');
      const record = co.record(key, id);
      if (!co.object(key) || !record) return errorResponse(customObjectErrors.notFound(`Record ${id} not found`));
      return json({ custom_object_record: record });
    }),
    ...route(store, 'patch', '/api/v2/custom_objects/:key/records/:id', ({ params, body }) => {
      const input = recordInput(body);
      if (!input) return badBody();
      const id = (params.id ?? '').replace(/\.json$/, '');
      return reply(co.updateRecord(keyOf(params), id, input), (custom_object_record) => ({ custom_object_record }));
    }),
    ...route(store, 'delete', '/api/v2/custom_objects/:key/records/:id', ({ params }) => {
      const result = co.deleteRecord(keyOf(params), (params.id ?? '').replace(/\.json$/, ''));
      return result.ok ? new HttpResponse(null, { status: 204 }) : errorResponse(result.error);
    }),
    ...route(store, 'get', '/api/v2/custom_objects/:key', ({ params }) => {
      const object = co.object(keyOf(params));
      return object ? json({ custom_object: object }) : errorResponse(customObjectErrors.notFound('Custom object not found'));
    }),
  ];
}
