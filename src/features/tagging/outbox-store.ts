import type { LocalStore } from '../../adapters/storage/local-store';
import {
  dequeue,
  enqueue,
  hold,
  parseOutbox,
  recordAttempt,
  release,
  serializeOutbox,
  type OutboxEntry,
} from '../../domain/tagging/outbox';
import { changeEventIds } from '../../domain/tagging/tag-change';

const KEY = 'outbox:v1';

/**
 * Tag changes that have not reached Zendesk yet, persisted before every attempt so that a closed
 * tab or a lost connection loses nothing. Re-read before each change: other tabs share it. Every
 * write is checked: a change the browser would not store is reported as not stored.
 */
export interface OutboxStore {
  /** False when the browser gives the app no storage: there is no outbox, and the UI says so. */
  readonly persistent: boolean;
  entries(): OutboxEntry[];
  /** True only when the entry is now in storage (or was already). */
  add(entry: OutboxEntry): boolean;
  attempted(entry: OutboxEntry, errorCode: string): void;
  hold(entry: OutboxEntry, errorCode: string): void;
  release(entry: OutboxEntry): void;
  remove(entry: OutboxEntry): void;
  /** True when stored entries could not be read back (shown to the user, never silently dropped). */
  corrupt(): boolean;
}

const firstId = (entry: OutboxEntry) => changeEventIds(entry.change)[0] ?? '';

export function createOutboxStore(storage: LocalStore): OutboxStore {
  const read = () => parseOutbox(storage.read(KEY));
  const write = (entries: OutboxEntry[]): boolean => {
    if (entries.length > 0) return storage.write(KEY, serializeOutbox(entries));
    storage.remove(KEY);
    return true;
  };
  return {
    persistent: storage.available,
    entries: () => read().entries,
    corrupt: () => read().corrupt,
    add: (entry) => storage.available && write(enqueue(read().entries, entry)),
    attempted: (entry, errorCode) => void write(recordAttempt(read().entries, firstId(entry), errorCode)),
    hold: (entry, errorCode) => void write(hold(read().entries, firstId(entry), errorCode)),
    release: (entry) => void write(release(read().entries, firstId(entry))),
    remove: (entry) => void write(dequeue(read().entries, firstId(entry))),
  };
}
