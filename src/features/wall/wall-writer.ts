import { ApiError } from '../../adapters/zendesk-api/api-error';
import type { CustomObjectRecordsApi, ZdCustomObjectRecord } from '../../adapters/zendesk-api/custom-object-records';
import type { LocalStore } from '../../adapters/storage/local-store';
import {
  discard,
  parseNoteOutbox,
  queueWrite,
  recordFailure,
  serializeNoteOutbox,
  settle,
  type NoteOutboxEntry,
  type NoteWrite,
} from '../../domain/wall/note-outbox';
import { WALL_OBJECT } from '../../domain/wall/note-record';

const KEY = 'wall-outbox:v1';
/** Failures worth retrying by themselves: the note is fine, Zendesk or the network was not. */
const TRANSIENT = new Set(['offline', 'server', 'rate-limited', 'conflict']);
const MAX_BACKOFF_MS = 60_000;

export type Landed = { noteId: string; record: ZdCustomObjectRecord | null };

export interface WallWriter {
  entries: () => NoteOutboxEntry[];
  corrupt: () => boolean;
  queue: (noteId: string, write: NoteWrite) => void;
  /** Sends everything queued, one at a time; resolves when this pass is over. */
  flush: () => Promise<void>;
  discard: (noteId: string) => void;
  /** Tries a refused entry again (after the admin set the wall up, say). */
  retry: (noteId: string) => Promise<void>;
  subscribe: (listener: () => void) => () => void;
  /** Called with each write that reached Zendesk (record null for a delete). */
  onLanded: (listener: (landed: Landed) => void) => () => void;
  /** Stops the retry timer (tests, unmount of the last user). */
  dispose: () => void;
}

function errorCode(error: unknown): string {
  if (!(error instanceof ApiError)) return 'unexpected';
  // A 404 on an author write means the account has no wall object yet.
  return error.kind === 'not-found' ? 'not-set-up' : error.kind;
}

/**
 * The wall's write path: every change is persisted in the outbox (localStorage) before it is sent,
 * sent as an idempotent upsert or delete by note id, and removed only once Zendesk answered. What
 * fails for a passing reason (offline, 429, 5xx, 409) is retried with backoff and when the browser
 * comes back online; what Zendesk refuses stays visible with its reason until the author acts.
 */
export function createWallWriter(storage: LocalStore, api: CustomObjectRecordsApi, clock: () => Date = () => new Date()): WallWriter {
  const listeners = new Set<() => void>();
  const landedListeners = new Set<(landed: Landed) => void>();
  let running: Promise<void> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let backoff = 2_000;
  let snapshot = parseNoteOutbox(storage.read(KEY));

  const read = () => parseNoteOutbox(storage.read(KEY));
  const write = (entries: NoteOutboxEntry[]) => {
    if (entries.length === 0) storage.remove(KEY);
    else storage.write(KEY, serializeNoteOutbox(entries));
    changed();
  };
  const changed = () => {
    snapshot = read();
    for (const listener of listeners) listener();
  };

  async function sendOne(entry: NoteOutboxEntry): Promise<ZdCustomObjectRecord | null> {
    const w = entry.write;
    if (w.kind === 'upsert') return api.upsertByExternalId(WALL_OBJECT.key, entry.noteId, { name: w.name, fields: w.fields });
    if (w.kind === 'moderate') return api.update(WALL_OBJECT.key, w.recordId, { fields: w.fields });
    await api.deleteByExternalId(WALL_OBJECT.key, entry.noteId);
    return null;
  }

  function schedule(): void {
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      void writer.flush();
    }, backoff);
    backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
  }

  async function pass(): Promise<void> {
    // Entries that failed for a lasting reason wait for the author; the rest go in order.
    for (const entry of read().entries.filter((e) => e.lastError === null || TRANSIENT.has(e.lastError))) {
      try {
        const record = await sendOne(entry);
        write(settle(read().entries, entry));
        backoff = 2_000;
        for (const listener of landedListeners) listener({ noteId: entry.noteId, record });
      } catch (error) {
        const code = errorCode(error);
        write(recordFailure(read().entries, entry, code));
        if (TRANSIENT.has(code)) {
          schedule();
          return;
        }
      }
    }
  }

  const onOnline = () => void writer.flush();
  globalThis.addEventListener?.('online', onOnline);

  const writer: WallWriter = {
    entries: () => snapshot.entries,
    corrupt: () => snapshot.corrupt,
    queue(noteId, noteWrite) {
      const entries = read().entries.map((e) => (e.noteId === noteId ? { ...e, lastError: null } : e));
      write(queueWrite(entries, noteId, noteWrite, clock().toISOString()));
    },
    flush() {
      // One pass at a time; a pass started while one runs follows it (it may hold new entries).
      const next = (running ?? Promise.resolve()).then(pass);
      running = next.finally(() => {
        if (running === next) running = null;
      });
      return next;
    },
    discard(noteId) {
      write(discard(read().entries, noteId));
    },
    retry(noteId) {
      write(read().entries.map((e) => (e.noteId === noteId ? { ...e, lastError: null } : e)));
      return writer.flush();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onLanded(listener) {
      landedListeners.add(listener);
      return () => landedListeners.delete(listener);
    },
    dispose() {
      if (timer) clearTimeout(timer);
      timer = null;
      globalThis.removeEventListener?.('online', onOnline);
    },
  };
  return writer;
}
