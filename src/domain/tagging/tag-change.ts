import { isValidTag } from '../catalogue/tag-rules';
import { EVENT_ID, isZendeskId } from './tag-event';

/**
 * What a tagger asked for. Each record line needs its own event id, so ids are paired with the
 * tag (add) or the add being removed (remove) rather than passed as a separate list.
 */
export type TagChange = TagAddChange | TagRemoveChange;

export interface TagAddChange {
  op: 'add';
  adds: { tag: string; eventId: string }[];
  /** The comment id of the reply being tagged; null when unknown. */
  replyId: number | null;
  /** The reply's author, recorded so leads credit the right agent; optional. */
  replyAuthorId?: number;
  note?: string;
  by: number;
  at: string;
}

export interface TagRemoveChange {
  op: 'remove';
  /**
   * `ref` is the add event being removed. It is null for a tag with no add event (set by hand in
   * Zendesk, or when there is no record field): such a removal only touches the field.
   */
  removes: { tag: string; ref: string | null; eventId: string }[];
  by: number;
  at: string;
}

export const TAG_CHANGE_REJECTIONS = [
  'tagging.change.empty',
  'tagging.change.invalid-event-id',
  'tagging.change.duplicate-event-id',
  'tagging.change.invalid-tag',
  'tagging.change.invalid-user',
  'tagging.change.invalid-time',
  'tagging.change.record-full',
] as const;

export type TagChangeRejection = (typeof TAG_CHANGE_REJECTIONS)[number];

export function changeEventIds(change: TagChange): string[] {
  return change.op === 'add' ? change.adds.map((item) => item.eventId) : change.removes.map((item) => item.eventId);
}

/** Why a change cannot be applied at all, or null. Guards the write path against caller bugs. */
export function checkTagChange(change: TagChange): TagChangeRejection | null {
  const items = change.op === 'add' ? change.adds : change.removes;
  if (items.length === 0) return 'tagging.change.empty';
  const ids = changeEventIds(change);
  if (ids.some((id) => !EVENT_ID.test(id))) return 'tagging.change.invalid-event-id';
  if (change.op === 'remove' && change.removes.some((item) => item.ref !== null && !EVENT_ID.test(item.ref))) {
    return 'tagging.change.invalid-event-id';
  }
  if (new Set(ids).size !== ids.length) return 'tagging.change.duplicate-event-id';
  if (items.some((item) => !isValidTag(item.tag))) return 'tagging.change.invalid-tag';
  if (!isZendeskId(change.by)) return 'tagging.change.invalid-user';
  if (change.at === '' || Number.isNaN(Date.parse(change.at))) return 'tagging.change.invalid-time';
  return null;
}

/** Reads a change back from storage (the outbox); null when it is not a well-formed change. */
export function readTagChange(value: unknown): TagChange | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as Record<string, unknown>;
  const { by, at } = raw;
  if (typeof by !== 'number' || typeof at !== 'string') return null;
  let change: TagChange;
  if (raw.op === 'add') {
    const adds = readItems(raw.adds, ({ tag, eventId }) =>
      typeof tag === 'string' && typeof eventId === 'string' ? { tag, eventId } : null,
    );
    const replyId = raw.replyId ?? null;
    if (!adds || (replyId !== null && !isZendeskId(replyId))) return null;
    if (raw.note !== undefined && typeof raw.note !== 'string') return null;
    change = { op: 'add', adds, replyId, by, at };
    if (isZendeskId(raw.replyAuthorId)) change.replyAuthorId = raw.replyAuthorId;
    if (typeof raw.note === 'string') change.note = raw.note;
  } else if (raw.op === 'remove') {
    const removes = readItems(raw.removes, ({ tag, eventId, ref = null }) =>
      typeof tag === 'string' && typeof eventId === 'string' && (ref === null || typeof ref === 'string') ? { tag, ref, eventId } : null,
    );
    if (!removes) return null;
    change = { op: 'remove', removes, by, at };
  } else {
    return null;
  }
  return checkTagChange(change) === null ? change : null;
}

function readItems<T>(value: unknown, read: (item: Record<string, unknown>) => T | null): T[] | null {
  if (!Array.isArray(value)) return null;
  const items: T[] = [];
  for (const item of value) {
    const parsed = typeof item === 'object' && item !== null ? read(item as Record<string, unknown>) : null;
    if (parsed === null) return null;
    items.push(parsed);
  }
  return items;
}
