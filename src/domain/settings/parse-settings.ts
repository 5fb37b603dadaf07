import { parseCatalogue } from '../catalogue/parse-catalogue';
import type { CatalogueParseResult } from '../catalogue/parse-result';
import { DEFAULT_PER_AGENT_ROLES, DEFAULT_TAGGER_ROLES, type AppSettings, type TaggingAvailability } from './app-settings';
import { DEFAULT_LEADS_ROLES } from './leads-access';
import { parseModelSettings } from './model-settings';
import { readBoolean, readFieldId, readList, roleKey } from './setting-values';
import type { SettingName, SettingsIssue } from './settings-issue-codes';

export interface ParsedSettings {
  settings: AppSettings;
  catalogue: CatalogueParseResult;
  issues: SettingsIssue[];
}

/**
 * Reads the installation parameters. Never throws and never refuses: each bad parameter is reported
 * by name and replaced by a safe default, so the rest of the app keeps working.
 */
export function parseSettings(raw: Record<string, unknown>): ParsedSettings {
  const issues: SettingsIssue[] = [];
  const report = (setting: SettingName, issue: Omit<SettingsIssue, 'setting'>): void => {
    issues.push({ setting, ...issue });
  };

  const text = (setting: SettingName): string => {
    const value = raw[setting];
    if (value === undefined || value === null) return '';
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return String(value);
    const params = { expected: 'text', found: typeof value };
    report(setting, { severity: 'error', code: 'settings.wrong-type', params });
    return '';
  };

  const fieldId = (setting: 'values_field_id' | 'record_field_id'): number | null => {
    const read = readFieldId(raw[setting]);
    if (read.ok) return read.value;
    report(setting, { severity: 'error', code: 'settings.field-id.invalid', params: { value: read.found } });
    return null;
  };

  const flag = (setting: 'agents_tag_own_replies' | 'private_note'): boolean => {
    const read = readBoolean(raw[setting]);
    if (read.ok) return read.value ?? false;
    report(setting, { severity: 'warning', code: 'settings.boolean.invalid', params: { value: read.found } });
    return false;
  };

  const catalogueText = raw.catalogue;
  const catalogue = parseCatalogue(typeof catalogueText === 'string' ? catalogueText : text('catalogue'));

  const valuesFieldId = fieldId('values_field_id');
  let recordFieldId = fieldId('record_field_id');
  let tagging: TaggingAvailability = { enabled: true };
  if (valuesFieldId === null) {
    // Reported only when nothing was entered; an invalid id already has its own issue.
    if (!issues.some((issue) => issue.setting === 'values_field_id')) {
      report('values_field_id', { severity: 'error', code: 'settings.values-field-id.missing', params: {} });
      tagging = { enabled: false, reason: 'settings.values-field-id.missing' };
    } else {
      tagging = { enabled: false, reason: 'settings.field-id.invalid' };
    }
  }
  if (recordFieldId !== null && recordFieldId === valuesFieldId) {
    // Writing JSON lines into the multi-select field would break it; ignore the record field.
    report('record_field_id', {
      severity: 'error',
      code: 'settings.record-field-id.same-as-values-field',
      params: { id: recordFieldId },
    });
    recordFieldId = null;
  }

  const groupList = (setting: 'tagger_group_ids' | 'per_agent_group_ids' | 'leads_group_ids'): number[] => {
    const ids: number[] = [];
    for (const entry of readList(text(setting))) {
      const id = /^\d{1,16}$/.test(entry) ? Number(entry) : NaN;
      if (Number.isSafeInteger(id) && id > 0) {
        if (!ids.includes(id)) ids.push(id);
      } else {
        report(setting, { severity: 'warning', code: 'settings.group-ids.invalid-entry', params: { entry } });
      }
    }
    return ids;
  };
  const groupIds = groupList('tagger_group_ids');
  const roles = [...new Set(readList(text('tagger_roles')).map(roleKey))];
  const perAgentGroupIds = groupList('per_agent_group_ids');
  const perAgentRoles = [...new Set(readList(text('per_agent_roles')).map(roleKey))];
  const leadsGroupIds = groupList('leads_group_ids');
  const leadsRoles: string[] = [];
  for (const role of new Set(readList(text('leads_roles')).map(roleKey))) {
    // End users never open the agent interface: naming them is a mistake worth telling.
    if (role === 'end-user') report('leads_roles', { severity: 'warning', code: 'settings.leads-roles.end-user', params: { entry: role } });
    else leadsRoles.push(role);
  }

  const settings: AppSettings = {
    valuesFieldId,
    recordFieldId,
    // With neither roles nor groups named, only admins tag: the safe default for a review tool.
    taggerRoles: roles.length === 0 && groupIds.length === 0 ? [...DEFAULT_TAGGER_ROLES] : roles,
    taggerGroupIds: groupIds,
    agentsTagOwnReplies: flag('agents_tag_own_replies'),
    privateNote: flag('private_note'),
    tagging,
    model: parseModelSettings(raw, report),
    // With neither roles nor groups named, only admins see per-agent figures.
    perAgent: {
      roles: perAgentRoles.length === 0 && perAgentGroupIds.length === 0 ? [...DEFAULT_PER_AGENT_ROLES] : perAgentRoles,
      groupIds: perAgentGroupIds,
    },
    // With neither roles nor groups named, admins and team leads open the leads page.
    leadsAccess: {
      roles: leadsRoles.length === 0 && leadsGroupIds.length === 0 ? [...DEFAULT_LEADS_ROLES] : leadsRoles,
      groupIds: leadsGroupIds,
    },
  };
  return { settings, catalogue, issues };
}
