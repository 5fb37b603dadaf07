/**
 * Runs one read-then-write of the agent's own usage count at a time across this browser's frames of the app (each ticket
 * tab's sidebar and the leads page are iframes of the same origin), so two of them never both write "n + 1".
 * Without the Web Locks API (old browsers, jsdom) it runs unguarded: at worst one call goes uncounted.
 */
export function withUsageLock<T>(run: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { locks?: LockManager }).locks;
  return locks ? (locks.request('vc-model-usage', run) as Promise<T>) : run();
}
