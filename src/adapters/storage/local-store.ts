/**
 * Small persistent state in the app iframe's localStorage (per Zendesk account and app, as the
 * iframe's origin is). Never throws: storage can be full, disabled or corrupted by other tabs, and
 * browsers block it in third-party frames under some privacy settings (then even reading
 * `window.localStorage` throws).
 */
export interface LocalStore {
  read(key: string): string | null;
  /** False when nothing was stored (storage full or blocked): callers must not claim it was. */
  write(key: string, value: string): boolean;
  remove(key: string): void;
  /** False when this browser gives the app no persistent storage at all. */
  readonly available: boolean;
}

const PREFIX = 'values-coach:';
const PROBE = `${PREFIX}probe`;

/** The page's localStorage, or undefined when the browser blocks it (the getter itself throws). */
function pageStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

function usable(storage: Storage | undefined): boolean {
  if (!storage) return false;
  try {
    storage.setItem(PROBE, '1');
    storage.removeItem(PROBE);
    return true;
  } catch (error) {
    // A full storage still works for reading and for removing: only blocked storage is unavailable.
    return isQuotaError(error);
  }
}

function isQuotaError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

export function createLocalStore(given?: Storage): LocalStore {
  const storage = given ?? pageStorage();
  const available = usable(storage);
  return {
    available,
    read(key) {
      try {
        return storage?.getItem(PREFIX + key) ?? null;
      } catch {
        return null;
      }
    },
    write(key, value) {
      if (!storage) return false;
      try {
        storage.setItem(PREFIX + key, value);
        // Some browsers drop writes silently (private modes): believe only what reads back.
        return storage.getItem(PREFIX + key) === value;
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
    available: true,
    read: (key) => map.get(key) ?? null,
    write: (key, value) => (map.set(key, value), true),
    remove: (key) => void map.delete(key),
  };
}
