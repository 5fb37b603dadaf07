/**
 * In i18n, the lowest layer that loads code on demand (its locale chunks), so the app can use it too
 * (ADR 0006: i18n imports nothing else). `load` run at most once at a time, its result shared by every caller; after a failure the next
 * call runs it again (a code chunk that could not load because the agent was offline, say).
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    }));
}
