/** Whitespace runs (including line breaks and no-break spaces) become one space: the sidebar wraps. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Cuts to `max` characters without splitting a surrogate pair. */
export function cutTo(text: string, max: number): { text: string; cut: boolean } {
  const chars = Array.from(text);
  if (chars.length <= max) return { text, cut: false };
  return { text: chars.slice(0, max).join('').trimEnd(), cut: true };
}

/** Case- and accent-insensitive key used to spot duplicate names and signals. */
export function foldKey(text: string): string {
  return collapseSpace(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** True when a name has no Latin letter or digit, so `slugify` can only return its fallback. */
export function hasNoSlugCharacters(name: string): boolean {
  // `&` counts: slugify spells it "and".
  return !/[a-z0-9&]/.test(foldKey(name));
}
