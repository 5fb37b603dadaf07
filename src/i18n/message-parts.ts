/**
 * The strings are split at build time by key (ADR 0070): the **first** part is what the ticket
 * sidebar needs to draw the values (and the start-up screens); the **rest** (suggestions, tagging,
 * setup check, settings issues, wall, leads page, …) loads with the lazy panels that use it.
 * The translation files stay whole: everyone keeps adding keys to the same JSON files.
 *
 * A key belongs to the first part when it equals one of these or starts with one followed by a dot.
 * A component drawn before the values that uses a key outside this list shows the raw key: the
 * first-paint test renders the sidebar with the first part only and fails on that.
 */
export const FIRST_PAINT_KEYS: readonly string[] = [
  'app.name',
  'vc.boundary',
  'vc.catalogue',
  'vc.layout.aboutTeam',
  'vc.layout.suggestedMark',
  'vc.loading',
  'vc.outsideZendesk',
  'vc.startupFailed',
  'vc.suggest.someone',
  'vc.suggest.title',
  'vc.ticketLoadFailed',
  'vc.tryAgain',
];

export type MessagePart = 'first' | 'rest';

export function partOf(key: string): MessagePart {
  return FIRST_PAINT_KEYS.some((prefix) => key === prefix || key.startsWith(`${prefix}.`)) ? 'first' : 'rest';
}

/** The nested translation tree keeping only one part's strings (empty branches dropped). */
export function treePart(tree: unknown, part: MessagePart, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!tree || typeof tree !== 'object') return out;
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      if (partOf(path) === part) out[key] = value;
    } else {
      const branch = treePart(value, part, path);
      if (Object.keys(branch).length > 0) out[key] = branch;
    }
  }
  return out;
}
