import type { NamedValue } from './build-catalogue';
import type { IssueList } from './issue-list';
import { slugify } from './slug';
import { hasNoSlugCharacters } from './text-cleanup';

/**
 * Ids come from names. Two passes: names with Latin letters claim their slug first (a clash there
 * is a real duplicate, reported and skipped); names with none (`共感`) cannot be told apart by slug,
 * so they get `value`, `value-2`, … around the claimed ones.
 */
export function assignIds<T extends NamedValue>(named: T[], issues: IssueList): (T & { id: string })[] {
  const claimed = new Set<string>();
  const ids = new Map<T, string>();
  for (const entry of named) {
    if (hasNoSlugCharacters(entry.value.name)) continue;
    const id = slugify(entry.value.name);
    if (claimed.has(id)) {
      issues.error('catalogue.value.duplicate-id', lineOf(entry), { id, name: entry.value.name });
      continue;
    }
    claimed.add(id);
    ids.set(entry, id);
  }
  const result: (T & { id: string })[] = [];
  for (const entry of named) {
    let id = ids.get(entry);
    if (id === undefined) {
      if (!hasNoSlugCharacters(entry.value.name)) continue;
      id = firstFree('value', claimed);
      claimed.add(id);
      issues.warn('catalogue.value.name-not-latin', lineOf(entry), { name: entry.value.name, id });
    }
    result.push({ ...entry, id });
  }
  return result;
}

/** `base`, then `base-2`, `base-3`, … whichever is not taken yet. */
export function firstFree(base: string, taken: ReadonlySet<string>, separator = '-'): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}${separator}${n}`)) n += 1;
  return `${base}${separator}${n}`;
}

export function lineOf(entry: NamedValue): { line: number } {
  return { line: entry.draft.name?.line ?? entry.draft.line };
}
