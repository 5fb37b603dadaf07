import type { Messages } from './translator';

/**
 * The rest of the strings (ADR 0070), loaded once when the first panel that needs them loads, and
 * merged into the translator's messages so `t()` stays synchronous. Until the app registers a
 * loader (tests, which start with every string) there is nothing to wait for.
 */
let ensure: () => Promise<void> = () => Promise.resolve();

/** `into` is the translator's own messages object: the loaded strings are added to it. */
export function registerMoreMessages(load: () => Promise<Messages>, into: Messages): void {
  let pending: Promise<void> | null = null;
  ensure = () =>
    (pending ??= load().then(
      (more) => void Object.assign(into, more),
      (error: unknown) => {
        pending = null; // a failed chunk is tried again by the panel's retry
        throw error;
      },
    ));
}

/** Resolves once every string is there (loads the rest the first time). */
export function ensureAllMessages(): Promise<void> {
  return ensure();
}

/** Wraps a lazy chunk's loader so the chunk renders only once every string is there. */
export function withAllMessages<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), ensure()]).then(([loaded]) => loaded);
}
