import type { WallNote } from './note';
import type { NoteOutboxEntry } from './note-outbox';

/** A note as shown: Zendesk's copy with the author's queued changes on top, and whether some are still on their way. */
export interface ShownNote extends WallNote {
  /** Null when what is shown is what Zendesk has; otherwise the queued write's last error (null: not tried yet or in flight). */
  pending: null | { error: string | null };
}

const int = (v: unknown): number | null => (typeof v === 'number' && Number.isSafeInteger(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function withFields(note: WallNote, fields: Record<string, unknown>): WallNote {
  return {
    ...note,
    valueTag: str(fields.value_tag) ?? note.valueTag,
    body: str(fields.body) ?? note.body,
    ticketId: 'ticket_id' in fields ? int(fields.ticket_id) : note.ticketId,
    hidden: typeof fields.hidden === 'boolean' ? fields.hidden : note.hidden,
    hiddenBy: 'hidden_by' in fields ? int(fields.hidden_by) : note.hiddenBy,
    hiddenByName: 'hidden_by_name' in fields ? str(fields.hidden_by_name) : note.hiddenByName,
    hiddenAt: 'hidden_at' in fields ? str(fields.hidden_at) : note.hiddenAt,
    featured: typeof fields.featured === 'boolean' ? fields.featured : note.featured,
  };
}

function fromFields(noteId: string, fields: Record<string, unknown>, queuedAt: string): WallNote | null {
  const valueTag = str(fields.value_tag);
  const body = str(fields.body);
  const authorId = int(fields.author_id);
  if (!valueTag || body === null || authorId === null) return null;
  const writtenAt = str(fields.written_at) ?? queuedAt;
  return {
    id: noteId,
    recordId: null,
    valueTag,
    body,
    authorId,
    authorName: str(fields.author_name) ?? '',
    ticketId: int(fields.ticket_id),
    writtenAt,
    updatedAt: queuedAt,
    hidden: false,
    hiddenBy: null,
    hiddenByName: null,
    hiddenAt: null,
    featured: false,
  };
}

/**
 * Lays the outbox over a list loaded from Zendesk: queued edits show at once, queued deletes are
 * gone, and notes not yet in Zendesk come first (they are the newest) when they belong in the list.
 */
export function applyPending(
  notes: readonly WallNote[],
  entries: readonly NoteOutboxEntry[],
  belongs: (note: WallNote) => boolean,
): ShownNote[] {
  const byId = new Map(entries.map((e) => [e.noteId, e] as const));
  const deleted = new Set(entries.filter((e) => e.write.kind === 'delete').map((e) => e.noteId));
  const shown: ShownNote[] = [];
  const known = new Set(notes.map((n) => n.id));
  for (const entry of entries) {
    if (entry.write.kind !== 'upsert' || known.has(entry.noteId)) continue;
    const note = fromFields(entry.noteId, entry.write.fields, entry.queuedAt);
    if (note && belongs(note)) shown.push({ ...note, pending: { error: entry.lastError } });
  }
  shown.sort((a, b) => (a.writtenAt < b.writtenAt ? 1 : -1));
  for (const note of notes) {
    if (deleted.has(note.id)) continue;
    const queued = entries.filter((e) => e.noteId === note.id && e.write.kind !== 'delete');
    if (queued.length === 0 || !byId.has(note.id)) {
      shown.push({ ...note, pending: null });
      continue;
    }
    let next = note;
    for (const entry of queued) if (entry.write.kind !== 'delete') next = withFields(next, entry.write.fields);
    shown.push({ ...next, pending: { error: queued.find((e) => e.lastError)?.lastError ?? null } });
  }
  return shown;
}
