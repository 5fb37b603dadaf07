/** A note on the values wall: what a value means to someone, or a moment they saw it lived. */
export interface WallNote {
  /** The note's own id, made by the app when it is written; Zendesk's record `external_id`. */
  id: string;
  /** Zendesk's record id, once the note has reached Zendesk. */
  recordId: string | null;
  /** The catalogue value's tag (stable across renames of the value). */
  valueTag: string;
  body: string;
  authorId: number;
  /** The author's name when they wrote it (so showing a note costs no user lookup). */
  authorName: string;
  /** The ticket the author was on, if they chose to link it. */
  ticketId: number | null;
  /** When the author wrote it (kept from the author's device, so a note queued offline keeps its time). */
  writtenAt: string;
  /** When it last changed in Zendesk (or locally, while pending). */
  updatedAt: string;
  hidden: boolean;
  /** Who hid it and when (a lead or an admin); notes are hidden, never deleted, by moderators. */
  hiddenBy: number | null;
  hiddenByName: string | null;
  hiddenAt: string | null;
  /** Chosen by a lead to be read out at the celebration. */
  featured: boolean;
}

/** The most characters a note may have (counted as the reader sees them, not as UTF-16 units). */
export const WALL_NOTE_MAX = 500;

export type NoteBodyCheck = { ok: true; body: string } | { ok: false; code: 'wall.note.empty' | 'wall.note.too-long'; length: number };

/** Characters as a reader counts them: an emoji or an accented letter is one. */
export function noteLength(text: string): number {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (Segmenter) {
    let count = 0;
    for (const _ of new Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) count++;
    return count;
  }
  return [...text].length;
}

/**
 * Cleans what the author typed (line endings, trailing space, control characters) and checks it.
 * The text is kept as text: it is never interpreted as HTML or as a formula anywhere it is shown.
 */
export function checkNoteBody(raw: string): NoteBodyCheck {
  const body = raw
    .replace(/\r\n?/g, '\n')
    // Control characters other than newline and tab carry nothing a reader can see.
    .replace(/[^\P{Cc}\n\t]/gu, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const length = noteLength(body);
  if (length === 0) return { ok: false, code: 'wall.note.empty', length };
  if (length > WALL_NOTE_MAX) return { ok: false, code: 'wall.note.too-long', length };
  return { ok: true, body };
}

/** Newest first by when they were written; ties by id so the order is stable. */
export function newestFirst(a: WallNote, b: WallNote): number {
  return a.writtenAt < b.writtenAt ? 1 : a.writtenAt > b.writtenAt ? -1 : a.id < b.id ? 1 : -1;
}
