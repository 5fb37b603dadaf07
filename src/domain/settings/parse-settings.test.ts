import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from '../catalogue/default-catalogue';
import { parseSettings } from './parse-settings';
import { SETTINGS_ISSUE_CODES, type SettingsIssueCode } from './settings-issue-codes';

const base = { values_field_id: '360001', catalogue: '' };

describe('parseSettings', () => {
  it('applies the app defaults to a minimal installation', () => {
    const { settings, catalogue, issues } = parseSettings(base);
    expect(issues).toEqual([]);
    expect(catalogue.catalogue).toBe(DEFAULT_CATALOGUE);
    expect(settings).toEqual({
      valuesFieldId: 360001,
      recordFieldId: null,
      taggerRoles: ['admin'],
      taggerGroupIds: [],
      agentsTagOwnReplies: false,
      privateNote: false,
      tagging: { enabled: true },
      model: { enabled: false, provider: 'openai', model: '', baseUrl: 'https://api.openai.com/v1', masking: true, dailyCap: 200 },
      perAgent: { roles: ['admin'], groupIds: [] },
      leadsAccess: { roles: ['admin', 'team lead'], groupIds: [] },
    });
  });

  it('reads who sees per-agent figures: roles and groups, admins only by default, bad group ids named', () => {
    expect(parseSettings({ per_agent_roles: 'Admin, Team lead' }).settings.perAgent).toEqual({
      roles: ['admin', 'team lead'],
      groupIds: [],
    });
    const { settings, issues } = parseSettings({ values_field_id: 1, per_agent_group_ids: '12, x, 12' });
    expect(settings.perAgent).toEqual({ roles: [], groupIds: [12] });
    expect(issues).toEqual([
      { severity: 'warning', setting: 'per_agent_group_ids', code: 'settings.group-ids.invalid-entry', params: { entry: 'x' } },
    ]);
  });

  it('keeps the values but disables tagging, with a reason, when the field id is missing', () => {
    const { settings, catalogue, issues } = parseSettings({ catalogue: 'Value: Own it' });
    expect(catalogue.catalogue.values[0]?.name).toBe('Own it');
    expect(settings.tagging).toEqual({ enabled: false, reason: 'settings.values-field-id.missing' });
    expect(issues).toEqual([{ severity: 'error', setting: 'values_field_id', code: 'settings.values-field-id.missing', params: {} }]);
  });

  it('names the setting of an unusable field id', () => {
    const { settings, issues } = parseSettings({ values_field_id: 'abc', record_field_id: 'custom_field_77' });
    expect(settings.valuesFieldId).toBeNull();
    expect(settings.recordFieldId).toBe(77);
    expect(settings.tagging).toEqual({ enabled: false, reason: 'settings.field-id.invalid' });
    expect(issues).toEqual([
      { severity: 'error', setting: 'values_field_id', code: 'settings.field-id.invalid', params: { value: 'abc' } },
    ]);
  });

  it('ignores a record field that is the values field', () => {
    const { settings, issues } = parseSettings({ values_field_id: 5, record_field_id: '5' });
    expect(settings.recordFieldId).toBeNull();
    expect(issues[0]?.code).toBe('settings.record-field-id.same-as-values-field');
  });

  it.each([
    [true, true],
    ['true', true],
    [' TRUE ', true],
    ['1', true],
    [1, true],
    [false, false],
    ['false', false],
    ['0', false],
    ['', false],
    [undefined, false],
  ])('reads the checkbox value %j as %s', (raw, expected) => {
    const { settings, issues } = parseSettings({ ...base, private_note: raw, agents_tag_own_replies: raw });
    expect(settings.privateNote).toBe(expected);
    expect(settings.agentsTagOwnReplies).toBe(expected);
    expect(issues).toEqual([]);
  });

  it('warns about a checkbox value it cannot read and uses the default', () => {
    const { settings, issues } = parseSettings({ ...base, private_note: 'maybe' });
    expect(settings.privateNote).toBe(false);
    expect(issues).toEqual([
      { severity: 'warning', setting: 'private_note', code: 'settings.boolean.invalid', params: { value: 'maybe' } },
    ]);
  });

  it('reads roles and groups as lists', () => {
    const { settings, issues } = parseSettings({
      ...base,
      tagger_roles: ' Admin, Team  Lead ,agent,admin',
      tagger_group_ids: '12, 34; x, 12',
    });
    expect(settings.taggerRoles).toEqual(['admin', 'team lead', 'agent']);
    expect(settings.taggerGroupIds).toEqual([12, 34]);
    expect(issues).toEqual([
      { severity: 'warning', setting: 'tagger_group_ids', code: 'settings.group-ids.invalid-entry', params: { entry: 'x' } },
    ]);
  });

  it('lets groups alone restrict tagging (no default role added)', () => {
    expect(parseSettings({ ...base, tagger_group_ids: '9' }).settings.taggerRoles).toEqual([]);
  });

  it('reports parameters of the wrong type', () => {
    const { issues } = parseSettings({ ...base, tagger_roles: ['admin'] });
    expect(issues).toEqual([
      { severity: 'error', setting: 'tagger_roles', code: 'settings.wrong-type', params: { expected: 'text', found: 'object' } },
    ]);
  });

  it('can produce every exported code', () => {
    const seen = new Set<SettingsIssueCode>();
    const inputs: Record<string, unknown>[] = [
      {},
      { values_field_id: 'x' },
      { values_field_id: 1, record_field_id: 1 },
      { private_note: 'x' },
      { tagger_group_ids: 'x' },
      { tagger_roles: {} },
      { llm_enabled: true, llm_provider: 'gemini' },
      { llm_enabled: true, llm_model: 'm', llm_base_url: 'http://x' },
      { llm_enabled: true, llm_model: 'm', llm_provider: 'azure' },
      { llm_enabled: true, llm_daily_cap: 'lots', llm_masking: 'maybe' },
      { leads_roles: 'end-user' },
    ];
    for (const input of inputs) for (const issue of parseSettings(input).issues) seen.add(issue.code);
    expect([...seen].sort()).toEqual([...SETTINGS_ISSUE_CODES].sort());
  });

  it('never throws on arbitrary parameters', () => {
    const anyValue = fc.oneof(fc.string(), fc.boolean(), fc.integer(), fc.constant(null), fc.jsonValue());
    fc.assert(
      fc.property(
        fc.record(
          {
            catalogue: anyValue,
            values_field_id: anyValue,
            record_field_id: anyValue,
            tagger_roles: anyValue,
            tagger_group_ids: anyValue,
            agents_tag_own_replies: anyValue,
            private_note: anyValue,
            llm_enabled: anyValue,
            llm_provider: anyValue,
            llm_model: anyValue,
            llm_base_url: anyValue,
            llm_daily_cap: anyValue,
            llm_masking: anyValue,
          },
          { requiredKeys: [] },
        ),
        (raw) => {
          const { settings, catalogue } = parseSettings(raw);
          expect(catalogue.catalogue.values.length).toBeGreaterThan(0);
          expect(settings.tagging.enabled).toBe(settings.valuesFieldId !== null);
          if (settings.model.enabled) expect(settings.model.model).not.toBe('');
          if (settings.model.enabled) expect(settings.model.baseUrl).toMatch(/^https:\/\//);
        },
      ),
    );
  });
});
