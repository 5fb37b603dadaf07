/**
 * Small persistent state in the app iframe's localStorage (per Zendesk account and app, as the
 * iframe's origin is). Never throws: storage can be full, disabled or corrupted by other tabs.
 */
export interface LocalStore {
  read(key: string): string | null;
  write(key: string, value: string): boolean;
  remove(key: string): void;
}

const PREFIX = 'values-coach:';

export function createLocalStore(storage: Storage | undefined = globalThis.localStorage): LocalStore {
  return {
    read(key) {
      try {
        return storage?.getItem(PREFIX + key) ?? null;
      } catch {
        return null;
      }
    },
    write(key, value) {
      try {
        storage?.setItem(PREFIX + key, value);
        return storage !== undefined;
      } catch {
        return false;
      }
    },
    remove(key) {
      try {
        storage?.removeItem(PREFIX + key);
      } catch {
        // Nothing to do: the entry stays, and is ignored or overwritten later.
      }
    },
  };
}

export function createMemoryStore(): LocalStore {
  const map = new Map<string, string>();
  return {
    read: (key) => map.get(key) ?? null,
    write: (key, value) => (map.set(key, value), true),
    remove: (key) => void map.delete(key),
  };
}
