import type { Catalogue, CatalogueValue } from '../catalogue/types';
import type { AppSettings } from '../settings/app-settings';

/** What the app knows of a ticket field; `missing` when Zendesk answered 404. */
export type FieldInfo = { kind: 'missing' } | { kind: 'found'; type: string; title: string; active: boolean; optionTags: string[] };

export type SetupFinding =
  | { code: 'values-field.not-set' }
  | { code: 'values-field.missing'; fieldId: number }
  | { code: 'values-field.wrong-type'; fieldId: number; type: string }
  | { code: 'values-field.inactive'; fieldId: number }
  | { code: 'values-field.options-missing'; fieldId: number; values: CatalogueValue[] }
  | { code: 'record-field.not-set' }
  | { code: 'record-field.missing'; fieldId: number }
  | { code: 'record-field.wrong-type'; fieldId: number; type: string };

export interface SetupReport {
  findings: SetupFinding[];
  /** True when tagging can write: the values field is a multi-select with an option per value. */
  ready: boolean;
}

/** Zendesk's API names the multi-select type `multiselect` and the multi-line text type `textarea`. */
const VALUES_FIELD_TYPE = 'multiselect';
const RECORD_FIELD_TYPE = 'textarea';

/** Checks the installation against the account's ticket fields. Pure: the feature fetches the fields. */
export function checkSetup(
  settings: Pick<AppSettings, 'valuesFieldId' | 'recordFieldId'>,
  catalogue: Catalogue,
  valuesField: FieldInfo | null,
  recordField: FieldInfo | null,
): SetupReport {
  const findings: SetupFinding[] = [];
  const { valuesFieldId, recordFieldId } = settings;
  if (valuesFieldId === null || valuesField === null) findings.push({ code: 'values-field.not-set' });
  else if (valuesField.kind === 'missing') findings.push({ code: 'values-field.missing', fieldId: valuesFieldId });
  else if (valuesField.type !== VALUES_FIELD_TYPE) {
    findings.push({ code: 'values-field.wrong-type', fieldId: valuesFieldId, type: valuesField.type });
  } else {
    if (!valuesField.active) findings.push({ code: 'values-field.inactive', fieldId: valuesFieldId });
    const existing = new Set(valuesField.optionTags);
    const missing = catalogue.values.filter((value) => !existing.has(value.tag));
    if (missing.length > 0) findings.push({ code: 'values-field.options-missing', fieldId: valuesFieldId, values: missing });
  }
  if (recordFieldId === null || recordField === null) findings.push({ code: 'record-field.not-set' });
  else if (recordField.kind === 'missing') findings.push({ code: 'record-field.missing', fieldId: recordFieldId });
  else if (recordField.type !== RECORD_FIELD_TYPE) {
    findings.push({ code: 'record-field.wrong-type', fieldId: recordFieldId, type: recordField.type });
  }
  const blocking = new Set(['values-field.not-set', 'values-field.missing', 'values-field.wrong-type', 'values-field.options-missing']);
  return { findings, ready: !findings.some((f) => blocking.has(f.code)) };
}
