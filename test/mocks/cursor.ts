/**
 * Opaque cursors: base64 JSON carrying when they were issued (for search export's one-hour expiry)
 * and where the next page starts. btoa/atob exist in browsers and Node alike.
 */
export interface CursorState {
  /** Issue time, store clock, epoch ms. */
  t: number;
  /** Position: the last returned item's sort key. */
  k: number[];
}

export function encodeCursor(state: CursorState): string {
  return btoa(JSON.stringify(state)).replace(/=+$/, '');
}

export function decodeCursor(cursor: string): CursorState | null {
  try {
    const parsed: unknown = JSON.parse(atob(cursor));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { t, k } = parsed as Record<string, unknown>;
    if (typeof t !== 'number' || !Array.isArray(k) || !k.every((n) => typeof n === 'number')) return null;
    return { t, k: k };
  } catch {
    return null;
  }
}
