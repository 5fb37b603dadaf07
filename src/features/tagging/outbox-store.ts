import type { LocalStore } from '../../adapters/storage/local-store';
import { dequeue, enqueue, parseOutbox, recordAttempt, serializeOutbox, type OutboxEntry } from '../../domain/tagging/outbox';
import { changeEventIds } from '../../domain/tagging/tag-change';

const KEY = 'outbox:v1';

/**
 * Tag changes that have not reached Zendesk yet, persisted before every attempt so that a closed
 * tab or a lost connection loses nothing. Re-read before each change: other tabs share it.
 */
export interface OutboxStore {
  entries(): OutboxEntry[];
  add(entry: OutboxEntry): void;
  attempted(entry: OutboxEntry, errorCode: string): void;
  remove(entry: OutboxEntry): void;
  /** True when stored entries could not be read back (shown to the user, never silently dropped). */
  corrupt(): boolean;
}

const firstId = (entry: OutboxEntry) => changeEventIds(entry.change)[0] ?? '';

export function createOutboxStore(storage: LocalStore): OutboxStore {
  const read = () => parseOutbox(storage.read(KEY));
  const write = (entries: OutboxEntry[]) => {
    if (entries.length === 0) storage.remove(KEY);
    else storage.write(KEY, serializeOutbox(entries));
  };
  return {
    entries: () => read().entries,
    corrupt: () => read().corrupt,
    add: (entry) => write(enqueue(read().entries, entry)),
    attempted: (entry, errorCode) => write(recordAttempt(read().entries, firstId(entry), errorCode)),
    remove: (entry) => write(dequeue(read().entries, firstId(entry))),
  };
}
