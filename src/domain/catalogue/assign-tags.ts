import { firstFree, lineOf } from './assign-ids';
import type { NamedValue } from './build-catalogue';
import type { IssueList } from './issue-list';
import { CATALOGUE_LIMITS } from './limits';
import { normaliseTag, tagForId } from './tag-rules';
import type { CatalogueValue } from './types';

export interface TaggedValue extends NamedValue {
  /** The admin's tag, normalised; null when none (or nothing valid) was given. */
  givenTag: string | null;
}

/**
 * Admin-given tags, first come first served: a clash means two values would write the same field
 * option, so the later value is skipped. Runs before ids are numbered so that a skipped value
 * cannot shift the ids of the values that are kept.
 */
export function checkGivenTags(values: NamedValue[], issues: IssueList): TaggedValue[] {
  const claimed = new Set<string>();
  const kept: TaggedValue[] = [];
  for (const entry of values) {
    const givenTag = readGivenTag(entry, issues);
    if (givenTag !== null && claimed.has(givenTag)) {
      issues.error('catalogue.value.duplicate-tag', tagLine(entry), { tag: givenTag, name: entry.value.name });
      continue;
    }
    if (givenTag !== null) claimed.add(givenTag);
    kept.push({ ...entry, givenTag });
  }
  return kept;
}

/**
 * Values without a tag get `vc_<id>`, made unique with `_2`, `_3`, … so a generated tag never
 * takes a tag an admin gave to another value.
 */
export function assignTags(values: (TaggedValue & { id: string })[], issues: IssueList): CatalogueValue[] {
  const claimed = new Set(values.flatMap((entry) => (entry.givenTag === null ? [] : [entry.givenTag])));
  return values.map((entry) => {
    let tag = entry.givenTag;
    if (tag === null) {
      tag = generatedTag(entry.id, claimed);
      if (tag !== tagForId(entry.id)) issues.warn('catalogue.value.tag-made-unique', lineOf(entry), { tag, name: entry.value.name });
    }
    return { id: entry.id, ...entry.value, tag };
  });
}

/** The tag a value without one gets: `vc_<id>`, or the first free `_2`, `_3`, … after it; claimed as it is given. */
export function generatedTag(id: string, claimed: Set<string>): string {
  let tag = tagForId(id);
  // Room for a `_NNN` suffix within Zendesk's tag length.
  if (claimed.has(tag)) tag = firstFree(tag.slice(0, CATALOGUE_LIMITS.tag - 4), claimed, '_');
  claimed.add(tag);
  return tag;
}

function readGivenTag(entry: NamedValue, issues: IssueList): string | null {
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

function tagLine(entry: NamedValue): { line: number; column?: number } {
  const source = entry.draft.tag;
  if (!source) return lineOf(entry);
  return source.column === undefined ? { line: source.line } : { line: source.line, column: source.column };
}
