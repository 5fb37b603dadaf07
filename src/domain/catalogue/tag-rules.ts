import { CATALOGUE_LIMITS } from './limits';

export interface NormalisedTag {
  tag: string;
  /** The admin's tag needed changes (case, spaces, characters) to be valid in Zendesk. */
  changed: boolean;
  truncated: boolean;
}

const VALID_TAG = /^[a-z0-9_\-/]+$/;

export function isValidTag(tag: string): boolean {
  return tag.length > 0 && tag.length <= CATALOGUE_LIMITS.tag && VALID_TAG.test(tag);
}

/**
 * Zendesk stores tags lower-case without spaces; a tag with other characters would not match the
 * field option, so we fold it to what Zendesk would accept instead of refusing the value.
 * Returns an empty tag when nothing usable is left.
 */
export function normaliseTag(given: string): NormalisedTag {
  const folded = given
    .trim()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, '_')
    .replace(/[^a-z0-9_\-/]/g, '');
  const tag = folded.slice(0, CATALOGUE_LIMITS.tag);
  return { tag, changed: folded !== given, truncated: tag.length < folded.length };
}

/** The tag a value gets when the admin gives none: `vc_` + its id with underscores. */
export function tagForId(id: string): string {
  return `vc_${id.replace(/-/g, '_')}`.slice(0, CATALOGUE_LIMITS.tag);
}
