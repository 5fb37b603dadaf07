/**
 * One line of the tag record field. The format is fixed: other modules (export, dashboard) read it.
 * `{"v":1,"e":"k3x9","op":"add","tag":"vc_own_it","by":123,"at":"2026-11-20T10:00:00.000Z","reply":456,"note":"…"}`
 * `{"v":1,"e":"k3xa","op":"remove","tag":"vc_own_it","by":123,"at":"…","ref":"k3x9"}`
 */
export interface TagAddEvent {
  v: 1;
  /** Event id, chosen by the client that created the event (random base36). */
  e: string;
  op: 'add';
  tag: string;
  /** Zendesk user id of the tagger. */
  by: number;
  /** ISO 8601 time the tagger saved the tag. */
  at: string;
  /** Zendesk comment id of the reply, or null when it is unknown. */
  reply: number | null;
  /** Zendesk user id of the reply's author (who the tag celebrates), when known. */
  author?: number;
  note?: string;
}

export interface TagRemoveEvent {
  v: 1;
  e: string;
  op: 'remove';
  tag: string;
  by: number;
  at: string;
  /** Id of the add event this removes. */
  ref: string;
}

export type TagEvent = TagAddEvent | TagRemoveEvent;

/**
 * Notes are cut to this many characters; the record field is shared by every tag on a ticket and
 * a save of several values repeats the note on each line (see RECORD_MAX_BYTES in record-limits.ts).
 */
export const NOTE_MAX_LENGTH = 500;

/** An ISO 8601 date-time with a zone, as `Date.prototype.toISOString` writes it (offsets accepted). */
const ISO_TIME = /^([+-]\d{6}|\d{4})-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** True for an ISO time that denotes a real instant: record lines with anything else are unreadable. */
export function isIsoTime(value: unknown): value is string {
  return typeof value === 'string' && ISO_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

/** Caller-made ids: short and safe inside JSON and log lines. */
export const EVENT_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export function isZendeskId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

/** Checks one parsed record line; anything not exactly a version-1 event is null. */
export function readTagEvent(value: unknown): TagEvent | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const line = value as Record<string, unknown>;
  const { v, e, op, tag, by, at } = line;
  if (v !== 1 || typeof e !== 'string' || !EVENT_ID.test(e)) return null;
  if (typeof tag !== 'string' || tag === '' || !isZendeskId(by) || !isIsoTime(at)) return null;
  if (op === 'add') {
    const reply = line.reply ?? null;
    const note = line.note;
    const author = line.author;
    if (reply !== null && !isZendeskId(reply)) return null;
    if (note !== undefined && typeof note !== 'string') return null;
    const event: TagAddEvent = { v, e, op, tag, by, at, reply };
    if (isZendeskId(author)) event.author = author;
    if (note !== undefined) event.note = note;
    return event;
  }
  if (op === 'remove') {
    const { ref } = line;
    if (typeof ref !== 'string' || !EVENT_ID.test(ref)) return null;
    return { v, e, op, tag, by, at, ref };
  }
  return null;
}

/** The canonical compact line for an event, keys in the documented order. */
export function formatTagEvent(event: TagEvent): string {
  if (event.op === 'remove') {
    const { v, e, op, tag, by, at, ref } = event;
    return JSON.stringify({ v, e, op, tag, by, at, ref });
  }
  const { v, e, op, tag, by, at, reply, author, note } = event;
  return JSON.stringify({
    v,
    e,
    op,
    tag,
    by,
    at,
    reply,
    ...(author === undefined ? {} : { author }),
    ...(note === undefined ? {} : { note }),
  });
}
