import type { CustomObjectRecordsApi, ZdCustomObjectRecord } from '../../adapters/zendesk-api/custom-object-records';
import type { WallNote } from '../../domain/wall/note';
import { noteFromRecord, WALL_OBJECT } from '../../domain/wall/note-record';
import { wallFilter, type WallQuery } from '../../domain/wall/wall-query';

export interface NotesPage {
  notes: WallNote[];
  /** Cursor for the next page; null when there is none. */
  next: string | null;
}

/** Zendesk's maximum page: one request shows a value's latest hundred notes. */
export const NOTES_PAGE_SIZE = 100;

/** One page of notes, newest first (one search request). */
export async function loadNotesPage(api: CustomObjectRecordsApi, query: WallQuery, cursor: string | null): Promise<NotesPage> {
  const page = await api.search(WALL_OBJECT.key, { filter: wallFilter(query), sort: '-created_at', pageSize: NOTES_PAGE_SIZE, cursor });
  return { notes: page.records.map(noteFromRecord).filter((n): n is WallNote => n !== null), next: page.next };
}

/** Folds what a write answered into a loaded list: a new or changed note in place, a deleted one gone. */
export function foldLanded(
  notes: readonly WallNote[],
  noteId: string,
  record: ZdCustomObjectRecord | null,
  belongs: (n: WallNote) => boolean,
): WallNote[] {
  const rest = notes.filter((n) => n.id !== noteId);
  const note = record ? noteFromRecord(record) : null;
  if (!note || !belongs(note)) return rest;
  const index = notes.findIndex((n) => n.id === noteId);
  if (index === -1) return [note, ...rest];
  return [...rest.slice(0, index), note, ...rest.slice(index)];
}
