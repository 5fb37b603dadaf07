import { loadOnce } from './load-once';
import type { Messages } from './translator';

/**
 * The rest of the strings (ADR 0070), loaded once when the first panel that needs them loads, and
 * merged into the translator's messages so `t()` stays synchronous. Until the app registers a
 * loader (tests, which start with every string) there is nothing to wait for.
 */
let ensure: () => Promise<void> = () => Promise.resolve();

/** `into` is the translator's own messages object: the loaded strings are added to it. */
export function registerMoreMessages(load: () => Promise<Messages>, into: Messages): void {
  // A failed chunk is tried again by the panel's retry.
  ensure = loadOnce(() => load().then((more) => void Object.assign(into, more)));
}

/** Resolves once every string is there (loads the rest the first time). */
export function ensureAllMessages(): Promise<void> {
  return ensure();
}

/**
 * Wraps a lazy chunk's loader so the chunk renders only once every string is there. The loading
 * starts in the next task, not in the render that asks for it (ADR 0095): the sidebar's first render
 * draws the values and asks for half a dozen such panels, and starting their chunks there (Vite's
 * preload links, the fetches, the 45 KB of strings) held the values' commit back by about half.
 */
export function withAllMessages<T>(load: () => Promise<T>): () => Promise<T> {
  return afterRender(() => Promise.all([load(), ensure()]).then(([loaded]) => loaded));
}

/** Wraps a lazy chunk's loader so it starts in the task after the render that asks for it (see above). */
export function afterRender<T>(load: () => Promise<T>): () => Promise<T> {
  return () => nextTask().then(load);
}

/** Resolves in a later task: after the current render has committed. A message, not a timer (fake timers in tests leave it alone). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
