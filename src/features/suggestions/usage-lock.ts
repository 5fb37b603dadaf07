/**
 * Runs one read-then-write of the agent's own usage count at a time across this browser's sidebars
 * (each ticket tab is its own iframe of the same origin), so two tabs never both write "n + 1".
 * Without the Web Locks API (old browsers, jsdom) it runs unguarded: at worst one call goes uncounted.
 */
export function withUsageLock<T>(run: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { locks?: LockManager }).locks;
  return locks ? (locks.request('vc-model-usage', run) as Promise<T>) : run();
}
