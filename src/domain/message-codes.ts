import { CATALOGUE_ISSUE_CODES } from './catalogue/issue-codes';
import { SETTINGS_ISSUE_CODES } from './settings/settings-issue-codes';
import { TAGGING_CODES } from './tagging/tagging-codes';

/**
 * Every message code the domain can hand to the UI, so a test on the translation files can check
 * that each one has a string in every locale.
 */
export const DOMAIN_MESSAGE_CODES = [...CATALOGUE_ISSUE_CODES, ...SETTINGS_ISSUE_CODES, ...TAGGING_CODES] as const;

export type DomainMessageCode = (typeof DOMAIN_MESSAGE_CODES)[number];
