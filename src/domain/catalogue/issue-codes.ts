/**
 * Every code the catalogue parser can report. The UI owns the wording: it needs one translation
 * per code, so this tuple is the contract between the parser and the translation files.
 */
export const CATALOGUE_ISSUE_CODES = [
  'catalogue.no-values',
  'catalogue.too-many-values',
  'catalogue.too-many-issues',
  'catalogue.text-too-long',
  'catalogue.list-too-long',
  'catalogue.mission.missing',
  'catalogue.vision.missing',
  'catalogue.value.missing-name',
  'catalogue.value.duplicate-name',
  'catalogue.value.duplicate-id',
  'catalogue.value.name-not-latin',
  'catalogue.value.empty-description',
  'catalogue.value.tag-normalised',
  'catalogue.value.tag-too-long',
  'catalogue.value.tag-invalid',
  'catalogue.value.duplicate-tag',
  'catalogue.value.tag-made-unique',
  'catalogue.value.unknown-behaviour',
  'catalogue.json.unexpected-character',
  'catalogue.json.unexpected-end',
  'catalogue.json.unterminated-string',
  'catalogue.json.invalid-escape',
  'catalogue.json.control-character',
  'catalogue.json.invalid-number',
  'catalogue.json.trailing-comma',
  'catalogue.json.trailing-content',
  'catalogue.json.too-deep',
  'catalogue.json.root-not-object',
  'catalogue.json.wrong-type',
  'catalogue.json.unknown-key',
  'catalogue.json.duplicate-key',
  'catalogue.text.unrecognised-line',
  'catalogue.text.field-outside-value',
  'catalogue.text.item-outside-list',
  'catalogue.text.duplicate-field',
  'catalogue.text.unterminated-quote',
  'catalogue.question.phrase-not-found',
] as const;

export type CatalogueIssueCode = (typeof CATALOGUE_ISSUE_CODES)[number];

export type IssueSeverity = 'error' | 'warning';

/** Values the UI interpolates into a translated message (names, paths, limits). */
export type IssueParams = Record<string, string | number>;

export interface CatalogueIssue {
  /** `error`: something the admin wrote was not used. `warning`: it was used, adjusted or is incomplete. */
  severity: IssueSeverity;
  code: CatalogueIssueCode;
  /** 1-based line in the setting's text. */
  line: number;
  /** 1-based column, when the problem is at a precise spot. */
  column?: number;
  params: IssueParams;
}
