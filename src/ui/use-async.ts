import { useCallback, useEffect, useLayoutEffect, useRef, useState, type DependencyList } from 'react';

/** Where one piece of asynchronous data stands. `data` stays while a reload for the same key is under way. */
export type AsyncState<T> =
  { status: 'loading' } | { status: 'ready'; data: T; reloading: boolean } | { status: 'failed'; error: unknown; data?: T };

export interface AsyncResource<T> {
  state: AsyncState<T>;
  /** Loads again with the same key (e.g. after Zendesk said something changed); the data stays meanwhile. */
  reload: () => void;
  /** Replaces the loaded data without a request (e.g. with what a write answered). */
  update: (change: (data: T) => T) => void;
}

const sameKey = (a: DependencyList | null, b: DependencyList | null) =>
  a !== null && b !== null && a.length === b.length && a.every((item, i) => Object.is(item, b[i]));

/**
 * The one pattern for data loaded asynchronously (ADR 0006). `load` gets an AbortSignal that is
 * aborted when the key changes, on reload and on unmount; a result that arrives after its signal
 * was aborted is never shown, so a superseded request can never win, and data loaded for one key is
 * never shown under another. `null` as the key means "nothing to load yet" (the state stays loading).
 */
export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>, key: DependencyList | null): AsyncResource<T> {
  const [slot, setSlot] = useState<{ key: DependencyList | null; state: AsyncState<T> }>({ key: null, state: { status: 'loading' } });
  const [revision, setRevision] = useState(0);
  const loadRef = useRef(load);
  useLayoutEffect(() => {
    loadRef.current = load;
  });
  // A new array each render is the same key while its items are the same (React's "derived state" pattern).
  const [stableKey, setStableKey] = useState(key);
  if (!sameKey(stableKey, key) && !(stableKey === null && key === null)) setStableKey(key);

  useEffect(() => {
    if (stableKey === null) return undefined;
    const controller = new AbortController();
    loadRef.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setSlot({ key: stableKey, state: { status: 'ready', data, reloading: false } });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setSlot((previous) => ({
          key: stableKey,
          state:
            sameKey(previous.key, stableKey) && previous.state.status === 'ready'
              ? { status: 'failed', error, data: previous.state.data }
              : { status: 'failed', error },
        }));
      },
    );
    return () => controller.abort();
  }, [stableKey, revision]);

  const reload = useCallback(() => {
    // Set here, not in the effect: a reload keeps ready data on screen, marked as reloading.
    setSlot((previous) =>
      previous.state.status === 'ready'
        ? { ...previous, state: { ...previous.state, reloading: true } }
        : { key: previous.key, state: { status: 'loading' } },
    );
    setRevision((r) => r + 1);
  }, []);
  const update = useCallback((change: (data: T) => T) => {
    setSlot((previous) =>
      previous.state.status === 'ready' ? { ...previous, state: { ...previous.state, data: change(previous.state.data) } } : previous,
    );
  }, []);
  // Until the effect for a new key has run, what is in the slot belongs to the old key: never show it.
  const state: AsyncState<T> = sameKey(slot.key, stableKey) ? slot.state : { status: 'loading' };
  return { state, reload, update };
}
