/**
 * Wall writes waiting to reach Zendesk, one entry per note id. Every author write is an upsert by
 * external id (the note id), so replaying an entry after a lost answer can never make a second
 * record; a delete is by external id too. Moderation (hide, feature) patches the record by its id.
 */
export type NoteWrite =
  | { kind: 'upsert'; name: string; fields: Record<string, unknown> }
  | { kind: 'delete' }
  | { kind: 'moderate'; recordId: string; fields: Record<string, unknown> };

export interface NoteOutboxEntry {
  noteId: string;
  write: NoteWrite;
  queuedAt: string;
  attempts: number;
  /** The last failure's code (the adapter's error kind), null before the first attempt. */
  lastError: string | null;
}

/**
 * Adds a write for a note, folding it into what is already queued for that note: a later upsert
 * merges its fields over an earlier one; a delete replaces anything queued; an upsert after a
 * delete revives the note (unusual, but the latest intent wins); moderation merges likewise.
 */
export function queueWrite(entries: readonly NoteOutboxEntry[], noteId: string, write: NoteWrite, at: string): NoteOutboxEntry[] {
  // A delete makes anything still queued for the note moot (its moderation included).
  if (write.kind === 'delete') return [...entries.filter((e) => e.noteId !== noteId), fresh(noteId, write, at)];
  const existing = entries.find((e) => e.noteId === noteId && sameLane(e.write, write));
  if (!existing) return [...entries, fresh(noteId, write, at)];
  const merged: NoteWrite =
    existing.write.kind === 'upsert' && write.kind === 'upsert'
      ? { kind: 'upsert', name: write.name, fields: { ...existing.write.fields, ...write.fields } }
      : existing.write.kind === 'moderate' && write.kind === 'moderate'
        ? { kind: 'moderate', recordId: write.recordId, fields: { ...existing.write.fields, ...write.fields } }
        : write;
  return entries.map((e) => (e === existing ? { ...e, write: merged } : e));
}

/** Author writes (upsert, delete) share a lane; moderation has its own, so neither overwrites the other. */
function sameLane(a: NoteWrite, b: NoteWrite): boolean {
  return (a.kind === 'moderate') === (b.kind === 'moderate');
}

function fresh(noteId: string, write: NoteWrite, at: string): NoteOutboxEntry {
  return { noteId, write, queuedAt: at, attempts: 0, lastError: null };
}

export function recordFailure(entries: readonly NoteOutboxEntry[], entry: NoteOutboxEntry, code: string): NoteOutboxEntry[] {
  return entries.map((e) =>
    e.noteId === entry.noteId && e.write.kind === entry.write.kind ? { ...e, attempts: e.attempts + 1, lastError: code } : e,
  );
}

/** Removes the entry once it landed, unless it changed meanwhile (then the newer write still has to go). */
export function settle(entries: readonly NoteOutboxEntry[], sent: NoteOutboxEntry): NoteOutboxEntry[] {
  return entries.filter(
    (e) => !(e.noteId === sent.noteId && e.write.kind === sent.write.kind && JSON.stringify(e.write) === JSON.stringify(sent.write)),
  );
}

export function discard(entries: readonly NoteOutboxEntry[], noteId: string): NoteOutboxEntry[] {
  return entries.filter((e) => e.noteId !== noteId);
}

const FORMAT = 1;

export function serializeNoteOutbox(entries: readonly NoteOutboxEntry[]): string {
  return JSON.stringify({ v: FORMAT, entries });
}

/** Reads stored entries; keeps every readable one and says when some could not be read. */
export function parseNoteOutbox(text: string | null): { entries: NoteOutboxEntry[]; corrupt: boolean } {
  if (!text) return { entries: [], corrupt: false };
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return { entries: [], corrupt: true };
  }
  const list = (stored as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(list)) return { entries: [], corrupt: true };
  const entries: NoteOutboxEntry[] = [];
  let corrupt = false;
  for (const item of list) {
    if (isEntry(item)) entries.push(item);
    else corrupt = true;
  }
  return { entries, corrupt };
}

function isEntry(value: unknown): value is NoteOutboxEntry {
  const e = value as Partial<NoteOutboxEntry> | null;
  if (!e || typeof e.noteId !== 'string' || typeof e.queuedAt !== 'string' || typeof e.attempts !== 'number') return false;
  if (e.lastError !== null && typeof e.lastError !== 'string') return false;
  const w = e.write as Partial<NoteWrite> | undefined;
  if (!w) return false;
  if (w.kind === 'delete') return true;
  const fieldsOk = typeof (w as { fields?: unknown }).fields === 'object' && (w as { fields?: unknown }).fields !== null;
  if (w.kind === 'upsert') return fieldsOk && typeof (w as { name?: unknown }).name === 'string';
  return w.kind === 'moderate' && fieldsOk && typeof (w as { recordId?: unknown }).recordId === 'string';
}
