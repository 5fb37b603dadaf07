/** Every code `parseSettings` can report; the UI needs one translation per code. */
export const SETTINGS_ISSUE_CODES = [
  'settings.values-field-id.missing',
  'settings.field-id.invalid',
  'settings.record-field-id.same-as-values-field',
  'settings.boolean.invalid',
  'settings.group-ids.invalid-entry',
  'settings.wrong-type',
  'settings.llm.provider.invalid',
  'settings.llm.model.missing',
  'settings.llm.base-url.invalid',
  'settings.llm.base-url.missing',
  'settings.llm.cap.invalid',
  'settings.llm.masking.invalid',
  'settings.leads-roles.end-user',
] as const;

export type SettingsIssueCode = (typeof SETTINGS_ISSUE_CODES)[number];

export const SETTING_NAMES = [
  'catalogue',
  'values_field_id',
  'record_field_id',
  'tagger_roles',
  'tagger_group_ids',
  'agents_tag_own_replies',
  'private_note',
  'llm_enabled',
  'llm_provider',
  'llm_model',
  'llm_base_url',
  'llm_api_key',
  'llm_daily_cap',
  'llm_masking',
  'per_agent_roles',
  'per_agent_group_ids',
  'leads_roles',
  'leads_group_ids',
] as const;

export type SettingName = (typeof SETTING_NAMES)[number];

export interface SettingsIssue {
  severity: 'error' | 'warning';
  /** The installation parameter the admin has to fix, as named in manifest.json. */
  setting: SettingName;
  code: SettingsIssueCode;
  params: Record<string, string | number>;
}
