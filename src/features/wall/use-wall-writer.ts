import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { CustomObjectRecordsApi } from '../../adapters/zendesk-api/custom-object-records';
import type { LocalStore } from '../../adapters/storage/local-store';
import { checkNoteBody, type WallNote } from '../../domain/wall/note';
import { newNoteId } from '../../domain/wall/note-id';
import { authorFields, moderationFields, recordName } from '../../domain/wall/note-record';
import { useRecordsApi } from '../../services/records-api';
import { useServices } from '../../services/services';
import { createWallWriter, type Landed, type WallWriter } from './wall-writer';

// One writer per storage and API: every note list and composer in the iframe shares its outbox and flush.
const writers = new WeakMap<LocalStore, WeakMap<CustomObjectRecordsApi, WallWriter>>();

function writerFor(storage: LocalStore, api: CustomObjectRecordsApi): WallWriter {
  let byApi = writers.get(storage);
  if (!byApi) writers.set(storage, (byApi = new WeakMap()));
  let writer = byApi.get(api);
  if (!writer) byApi.set(api, (writer = createWallWriter(storage, api)));
  return writer;
}

export type NoteInputResult = { ok: true; noteId: string } | { ok: false; code: 'wall.note.empty' | 'wall.note.too-long'; length: number };

/** Writing on the wall: add, edit, delete (authors), hide and feature (leads), all through the outbox. */
export function useWallWriter(onLanded?: (landed: Landed) => void) {
  const { storage, user } = useServices();
  const api = useRecordsApi();
  const writer = writerFor(storage, api);
  const entries = useSyncExternalStore(writer.subscribe, writer.entries);

  useEffect(() => (onLanded ? writer.onLanded(onLanded) : undefined), [writer, onLanded]);
  useEffect(() => {
    // Whatever an earlier session left queued goes now.
    if (writer.entries().length > 0) void writer.flush();
  }, [writer]);

  const add = useCallback(
    (valueTag: string, text: string, ticketId: number | null): NoteInputResult => {
      const checked = checkNoteBody(text);
      if (!checked.ok) return checked;
      const noteId = newNoteId();
      const note = {
        valueTag,
        body: checked.body,
        authorId: user.id,
        authorName: user.name,
        ticketId,
        writtenAt: new Date().toISOString(),
      };
      writer.queue(noteId, { kind: 'upsert', name: recordName(note), fields: authorFields(note) });
      void writer.flush();
      return { ok: true, noteId };
    },
    [writer, user.id, user.name],
  );

  const edit = useCallback(
    (note: WallNote, text: string): NoteInputResult => {
      const checked = checkNoteBody(text);
      if (!checked.ok) return checked;
      const next = { ...note, body: checked.body };
      writer.queue(note.id, { kind: 'upsert', name: recordName(next), fields: authorFields(next) });
      void writer.flush();
      return { ok: true, noteId: note.id };
    },
    [writer],
  );

  const remove = useCallback(
    (note: WallNote) => {
      writer.queue(note.id, { kind: 'delete' });
      void writer.flush();
    },
    [writer],
  );

  const moderate = useCallback(
    (note: WallNote, change: { hidden?: boolean; featured?: boolean }) => {
      if (!note.recordId) return;
      const fields =
        change.hidden === undefined
          ? moderationFields(change)
          : moderationFields({
              ...change,
              hiddenBy: change.hidden ? user.id : null,
              hiddenByName: change.hidden ? user.name : null,
              hiddenAt: change.hidden ? new Date().toISOString() : null,
            });
      writer.queue(note.id, { kind: 'moderate', recordId: note.recordId, fields });
      void writer.flush();
    },
    [writer, user.id, user.name],
  );

  const retry = (noteId: string) => void writer.retry(noteId);
  const discard = (noteId: string) => writer.discard(noteId);
  return {
    entries,
    corrupt: writer.corrupt(),
    add,
    edit,
    remove,
    moderate,
    retry,
    discard,
    /** The note list's actions (NoteList's `writer`), as the sidebar's wall and the leads page's Wall tab pass them. */
    noteActions: { onEdit: edit, onDelete: remove, onModerate: moderate, onRetry: retry, onDiscard: discard },
  };
}
