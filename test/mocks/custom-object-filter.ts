import type { CustomObjectRecord } from './custom-object-types';

/**
 * The filter language of `POST …/records/search`: comparison objects keyed by attribute
 * (`custom_object_fields.<key>` or a standard field), combined with `$and` / `$or`.
 */
export type RecordFilter =
  | { kind: 'and'; parts: RecordFilter[] }
  | { kind: 'or'; parts: RecordFilter[] }
  | { kind: 'compare'; attribute: string; operator: Operator; value: unknown };

const OPERATORS = ['$eq', '$noteq', '$gt', '$gte', '$lt', '$lte', '$in', '$notin', '$exists', '$contains', '$notcontains'] as const;
type Operator = (typeof OPERATORS)[number];

const STANDARD = new Set(['created_at', 'updated_at', 'created_by_user', 'updated_by_user', 'name', 'external_id', 'id']);

type Read = { ok: true; filter: RecordFilter } | { ok: false; message: string };

export function readFilter(raw: unknown): Read {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, message: 'filter must be an object' };
  const parts: RecordFilter[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(value)) return { ok: false, message: `${key} must be an array` };
      const inner: RecordFilter[] = [];
      for (const item of value) {
        const read = readFilter(item);
        if (!read.ok) return read;
        inner.push(read.filter);
      }
      parts.push({ kind: key === '$and' ? 'and' : 'or', parts: inner });
      continue;
    }
    if (!key.startsWith('custom_object_fields.') && !STANDARD.has(key)) return { ok: false, message: `Unknown filter attribute ${key}` };
    if (typeof value !== 'object' || value === null) return { ok: false, message: `${key} needs a comparison object` };
    for (const [operator, operand] of Object.entries(value as Record<string, unknown>)) {
      if (!(OPERATORS as readonly string[]).includes(operator)) return { ok: false, message: `Unsupported operator ${operator}` };
      if ((operator === '$in' || operator === '$notin') && !Array.isArray(operand))
        return { ok: false, message: `${operator} needs an array` };
      parts.push({ kind: 'compare', attribute: key, operator: operator as Operator, value: operand });
    }
  }
  return { ok: true, filter: parts.length === 1 && parts[0] ? parts[0] : { kind: 'and', parts } };
}

function attributeOf(record: CustomObjectRecord, attribute: string): unknown {
  if (attribute.startsWith('custom_object_fields.')) return record.custom_object_fields[attribute.slice('custom_object_fields.'.length)];
  if (attribute === 'created_by_user') return record.created_by_user_id;
  if (attribute === 'updated_by_user') return record.updated_by_user_id;
  return (record as unknown as Record<string, unknown>)[attribute];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value ?? '');
}

/** Numbers and ids compare as numbers, everything else as strings (ISO dates sort as strings). */
function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' || typeof b === 'number') return Number(a) - Number(b);
  const left = text(a);
  const right = text(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'boolean' || typeof b === 'boolean') return String(a) === String(b);
  return a !== undefined && a !== null && compare(a, b) === 0;
}

export function matchesFilter(record: CustomObjectRecord, filter: RecordFilter): boolean {
  if (filter.kind === 'and') return filter.parts.every((part) => matchesFilter(record, part));
  if (filter.kind === 'or') return filter.parts.some((part) => matchesFilter(record, part));
  const actual = attributeOf(record, filter.attribute);
  const present = actual !== undefined && actual !== null && actual !== '';
  const { value } = filter;
  switch (filter.operator) {
    case '$eq':
      return same(actual, value);
    case '$noteq':
      return !same(actual, value);
    case '$gt':
      return present && compare(actual, value) > 0;
    case '$gte':
      return present && compare(actual, value) >= 0;
    case '$lt':
      return present && compare(actual, value) < 0;
    case '$lte':
      return present && compare(actual, value) <= 0;
    case '$in':
      return (value as unknown[]).some((v) => same(actual, v));
    case '$notin':
      return !(value as unknown[]).some((v) => same(actual, v));
    case '$exists':
      return present === Boolean(value);
    case '$contains':
      return present && text(actual).toLowerCase().includes(text(value).toLowerCase());
    case '$notcontains':
      return !present || !text(actual).toLowerCase().includes(text(value).toLowerCase());
  }
}
