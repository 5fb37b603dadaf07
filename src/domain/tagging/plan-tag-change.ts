import { activeTags } from './active-tags';
import { checkTagChange, type TagAddChange, type TagChange, type TagChangeRejection, type TagRemoveChange } from './tag-change';
import { formatTagEvent, NOTE_MAX_LENGTH, type TagAddEvent, type TagEvent } from './tag-event';
import { compactRecord } from './compact-record';
import { RECORD_MAX_BYTES, recordBytes } from './record-limits';
import { parseRecord, serializeRecord } from './tag-record';

export interface TicketTagState {
  /** Current value of the multi-select field: option tags, including ones set by hand. */
  fieldTags: string[];
  /** Current value of the record field (null when empty or not configured). */
  recordText: string | null;
}

export interface PlanContext {
  /** Whether a record field is configured; without it only the multi-select field is written. */
  hasRecordField: boolean;
}

export interface TagPlan extends TicketTagState {
  /** Nothing to write: the change is already in the ticket (a retry, or a double save). */
  noop: boolean;
  /** Record lines this plan adds (empty without a record field). */
  appended: TagEvent[];
  addedToField: string[];
  removedFromField: string[];
  /** Set when the change itself is invalid; the plan then leaves the ticket as it is. */
  rejected: TagChangeRejection | null;
  /** True when the record had to be compacted (see compact-record.ts) to stay under its cap. */
  compacted: boolean;
  /** Size of the planned record in UTF-8 bytes (what RECORD_MAX_BYTES caps). */
  recordBytes: number;
}

/**
 * Plans the write for one change on top of the ticket as last read. Pure and idempotent, so a 409
 * retry can re-plan the same change on a freshly read ticket: ids already in the record are
 * skipped, other people's tags are never dropped, and with a record field the result does not
 * depend on the order in which concurrent changes land.
 */
export function planTagChange(current: TicketTagState, change: TagChange, ctx: PlanContext): TagPlan {
  const fieldTags = unique(current.fieldTags);
  const rejected = checkTagChange(change);
  if (rejected) return unchanged(current, fieldTags, rejected);
  if (!ctx.hasRecordField) return planFieldOnly(current, fieldTags, change);

  const events = parseRecord(current.recordText).events;
  const appended = change.op === 'add' ? newAdds(events, change) : newRemoves(events, change);
  const after = activeTags([...events, ...appended]);
  const activeTagNames = new Set(after.map((event) => event.tag));
  const nextField = [...fieldTags];
  if (change.op === 'add') {
    // Only adds still active go into the field: one already removed (its remove landed first) must not.
    for (const item of change.adds) {
      if (activeTagNames.has(item.tag) && !nextField.includes(item.tag)) nextField.push(item.tag);
    }
  } else {
    const byTag = change.removes.filter((item) => item.ref === null).map((item) => item.tag);
    const touched = new Set([...appended.map((event) => event.tag), ...byTag]);
    for (const tag of touched) {
      const index = nextField.indexOf(tag);
      if (!activeTagNames.has(tag) && index >= 0) nextField.splice(index, 1);
    }
  }
  if (appended.length === 0) return result(current, fieldTags, nextField, current.recordText, appended);
  let recordText = appendLines(current.recordText, appended);
  let compacted = false;
  if (recordBytes(recordText) > RECORD_MAX_BYTES) {
    // Only when needed: otherwise the existing text stays byte for byte as others wrote it.
    recordText = appendLines(serializeRecord(compactRecord(parseRecord(current.recordText).entries)), appended);
    compacted = true;
    if (recordBytes(recordText) > RECORD_MAX_BYTES) return unchanged(current, fieldTags, 'tagging.change.record-full');
  }
  return { ...result(current, fieldTags, nextField, recordText, appended), compacted };
}

function newAdds(events: readonly TagEvent[], change: TagAddChange): TagAddEvent[] {
  const known = new Set(events.map((event) => event.e));
  const active = activeTags(events);
  const note = cleanNote(change.note);
  const added: TagAddEvent[] = [];
  for (const { tag, eventId } of change.adds) {
    if (known.has(eventId)) continue;
    // Saving twice by accident (new ids, same tagger, tag and reply) records once.
    const same = (event: TagAddEvent): boolean => event.tag === tag && event.by === change.by && event.reply === change.replyId;
    if (active.some(same) || added.some(same)) continue;
    const { by, at, replyId: reply } = change;
    const event: TagAddEvent = { v: 1, e: eventId, op: 'add', tag, by, at, reply };
    if (change.replyAuthorId !== undefined) event.author = change.replyAuthorId;
    if (note !== null) event.note = note;
    added.push(event);
    known.add(eventId);
  }
  return added;
}

function newRemoves(events: readonly TagEvent[], change: TagRemoveChange): TagEvent[] {
  const known = new Set(events.map((event) => event.e));
  const removedRefs = new Set<string>();
  const addTags = new Map<string, string>();
  for (const event of events) {
    if (event.op === 'remove') removedRefs.add(event.ref);
    else if (!addTags.has(event.e)) addTags.set(event.e, event.tag);
  }
  const removes: TagEvent[] = [];
  for (const { tag, ref, eventId } of change.removes) {
    // Already applied (a retry) or already removed by someone else: nothing left to do.
    if (ref === null || known.has(eventId) || removedRefs.has(ref)) continue;
    // The add's own tag wins, so the field decision matches what was actually added.
    const { by, at } = change;
    removes.push({ v: 1, e: eventId, op: 'remove', tag: addTags.get(ref) ?? tag, by, at, ref });
    known.add(eventId);
    removedRefs.add(ref);
  }
  return removes;
}

/** Without a record field the multi-select field is the whole truth: add and remove by tag. */
function planFieldOnly(current: TicketTagState, fieldTags: string[], change: TagChange): TagPlan {
  const next =
    change.op === 'add'
      ? unique([...fieldTags, ...change.adds.map((item) => item.tag)])
      : fieldTags.filter((tag) => !change.removes.some((item) => item.tag === tag));
  return result(current, fieldTags, next, current.recordText, []);
}

function result(current: TicketTagState, before: string[], fieldTags: string[], recordText: string | null, appended: TagEvent[]): TagPlan {
  const addedToField = fieldTags.filter((tag) => !before.includes(tag));
  const removedFromField = before.filter((tag) => !fieldTags.includes(tag));
  const noop = appended.length === 0 && addedToField.length === 0 && removedFromField.length === 0;
  // A no-op hands back the ticket's own values so a caller comparing them sees no change at all.
  return noop
    ? unchanged(current, fieldTags, null)
    : {
        fieldTags,
        recordText,
        noop,
        appended,
        addedToField,
        removedFromField,
        rejected: null,
        compacted: false,
        recordBytes: recordBytes(recordText),
      };
}

function unchanged(current: TicketTagState, fieldTags: string[], rejected: TagChangeRejection | null): TagPlan {
  return {
    fieldTags,
    recordText: current.recordText,
    noop: true,
    appended: [],
    addedToField: [],
    removedFromField: [],
    rejected,
    compacted: false,
    recordBytes: recordBytes(current.recordText),
  };
}

/** Appends after the existing text untouched, so malformed or foreign lines survive byte for byte. */
function appendLines(text: string | null, events: TagEvent[]): string {
  const lines = events.map(formatTagEvent).join('\n');
  const existing = (text ?? '').replace(/[\r\n]+$/, '');
  return existing.trim() === '' ? lines : `${existing}\n${lines}`;
}

function cleanNote(note: string | undefined): string | null {
  const trimmed = note?.trim() ?? '';
  if (trimmed === '') return null;
  return Array.from(trimmed).slice(0, NOTE_MAX_LENGTH).join('');
}

function unique(tags: readonly string[]): string[] {
  return [...new Set(tags)];
}
