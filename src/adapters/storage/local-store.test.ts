import { describe, expect, it } from 'vitest';
import { createLocalStore } from './local-store';

/** A Storage whose writes fail like a full localStorage. */
function fullStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
  };
}

/** A Storage the browser blocks: every call throws a SecurityError. */
function blockedStorage(): Storage {
  const deny = () => {
    throw new DOMException('Access is denied for this document.', 'SecurityError');
  };
  return { length: 0, clear: deny, key: deny, getItem: deny, removeItem: deny, setItem: deny };
}

describe('createLocalStore', () => {
  it('says when a write did not store anything (storage full), and stays available for reading', () => {
    const store = createLocalStore(fullStorage());
    expect(store.write('k', 'v')).toBe(false);
    expect(store.read('k')).toBeNull();
    expect(store.available).toBe(true);
  });

  it('reports blocked storage as unavailable instead of throwing', () => {
    const store = createLocalStore(blockedStorage());
    expect(store.available).toBe(false);
    expect(store.write('k', 'v')).toBe(false);
    expect(store.read('k')).toBeNull();
    expect(() => store.remove('k')).not.toThrow();
  });

  it('survives a page whose localStorage getter throws (third-party frame with storage blocked)', () => {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    try {
      expect(createLocalStore().available).toBe(false);
    } finally {
      if (descriptor) Object.defineProperty(globalThis, 'localStorage', descriptor);
      else delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });
});
