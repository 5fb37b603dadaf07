import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from '../catalogue/default-catalogue';
import { checkSetup, type FieldInfo } from './check-setup';

const catalogue = DEFAULT_CATALOGUE;
const allTags = catalogue.values.map((v) => v.tag);
const multiselect = (optionTags: string[]): FieldInfo => ({
  kind: 'found',
  type: 'multiselect',
  title: 'Values',
  active: true,
  optionTags,
});
const textarea: FieldInfo = { kind: 'found', type: 'textarea', title: 'Record', active: true, optionTags: [] };

describe('checkSetup', () => {
  it('is ready when the field has an option per value and the record field is a textarea', () => {
    const report = checkSetup({ valuesFieldId: 1, recordFieldId: 2 }, catalogue, multiselect(allTags), textarea);
    expect(report).toEqual({ findings: [], ready: true });
  });

  it('lists exactly the values without an option', () => {
    const [first, ...rest] = allTags;
    const report = checkSetup({ valuesFieldId: 1, recordFieldId: 2 }, catalogue, multiselect(rest), textarea);
    expect(report.ready).toBe(false);
    expect(report.findings).toEqual([
      { code: 'values-field.options-missing', fieldId: 1, values: [catalogue.values.find((v) => v.tag === first)] },
    ]);
  });

  it('reports a missing or wrongly typed field', () => {
    expect(checkSetup({ valuesFieldId: 1, recordFieldId: null }, catalogue, { kind: 'missing' }, null).findings.map((f) => f.code)).toEqual(
      ['values-field.missing', 'record-field.not-set'],
    );
    const wrong = checkSetup({ valuesFieldId: 1, recordFieldId: 2 }, catalogue, { ...textarea }, multiselect([]));
    expect(wrong.findings.map((f) => f.code)).toEqual(['values-field.wrong-type', 'record-field.wrong-type']);
  });

  it('reports an unset values field and still checks the record field', () => {
    const report = checkSetup({ valuesFieldId: null, recordFieldId: 2 }, catalogue, null, { kind: 'missing' });
    expect(report.findings.map((f) => f.code)).toEqual(['values-field.not-set', 'record-field.missing']);
    expect(report.ready).toBe(false);
  });

  it('warns about an inactive field without blocking', () => {
    const report = checkSetup(
      { valuesFieldId: 1, recordFieldId: 2 },
      catalogue,
      { ...multiselect(allTags), active: false } as FieldInfo,
      textarea,
    );
    expect(report).toEqual({ findings: [{ code: 'values-field.inactive', fieldId: 1 }], ready: true });
  });
});
