import { firstFree, lineOf, type IdentifiedValue } from './assign-ids';
import type { IssueList } from './issue-list';
import { CATALOGUE_LIMITS } from './limits';
import { normaliseTag, tagForId } from './tag-rules';
import type { CatalogueValue } from './types';

/**
 * Tags: admin-given tags are claimed first (a clash means two values would write the same field
 * option, so the later value is skipped); values without one get `vc_<id>` around the claimed
 * tags, made unique with `_2`, `_3`, … so a generated tag never steals an admin's tag.
 */
export function assignTags(values: IdentifiedValue[], issues: IssueList): CatalogueValue[] {
  const claimed = new Set<string>();
  const given = new Map<IdentifiedValue, string>();
  for (const entry of values) {
    const tag = givenTag(entry, issues);
    if (tag === null) continue;
    if (claimed.has(tag)) {
      issues.error('catalogue.value.duplicate-tag', tagLine(entry), { tag, name: entry.value.name });
      given.set(entry, '');
      continue;
    }
    claimed.add(tag);
    given.set(entry, tag);
  }
  const result: CatalogueValue[] = [];
  for (const entry of values) {
    let tag = given.get(entry);
    if (tag === '') continue;
    if (tag === undefined) {
      tag = tagForId(entry.id);
      if (claimed.has(tag)) {
        // Room for a `_NNN` suffix within Zendesk's tag length.
        tag = firstFree(tag.slice(0, CATALOGUE_LIMITS.tag - 4), claimed, '_');
        issues.warn('catalogue.value.tag-made-unique', lineOf(entry), { tag, name: entry.value.name });
      }
      claimed.add(tag);
    }
    result.push({ id: entry.id, ...entry.value, tag });
  }
  return result;
}

/** The admin's tag, normalised; null when none was given or nothing valid was left of it. */
function givenTag(entry: IdentifiedValue, issues: IssueList): string | null {
  const source = entry.draft.tag;
  if (!source || source.value.trim() === '') return null;
  const given = source.value.trim();
  const { tag, changed, truncated } = normaliseTag(given);
  const at = tagLine(entry);
  if (tag === '') {
    issues.error('catalogue.value.tag-invalid', at, { given, name: entry.value.name });
    return null;
  }
  if (truncated) issues.warn('catalogue.value.tag-too-long', at, { given, tag, max: CATALOGUE_LIMITS.tag });
  else if (changed) issues.warn('catalogue.value.tag-normalised', at, { given, tag });
  return tag;
}

function tagLine(entry: IdentifiedValue): { line: number; column?: number } {
  const source = entry.draft.tag;
  if (!source) return lineOf(entry);
  return source.column === undefined ? { line: source.line } : { line: source.line, column: source.column };
}
