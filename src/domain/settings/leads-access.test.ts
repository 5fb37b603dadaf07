import { describe, expect, it } from 'vitest';
import { canOpenLeads, DEFAULT_LEADS_ROLES } from './leads-access';
import { parseSettings } from './parse-settings';

const defaults = { roles: [...DEFAULT_LEADS_ROLES], groupIds: [] };

describe('who may open the leads page', () => {
  it('lets admins and team leads in by default, not agents', () => {
    expect(canOpenLeads({ role: 'admin', groupIds: [] }, defaults)).toBe(true);
    expect(canOpenLeads({ role: 'Team Lead', groupIds: [] }, defaults)).toBe(true);
    expect(canOpenLeads({ role: 'agent', groupIds: [10] }, defaults)).toBe(false);
  });

  it('lets members of a named group in whatever their role; admins always; end users never', () => {
    const access = { roles: [], groupIds: [10] };
    expect(canOpenLeads({ role: 'agent', groupIds: [11, 10] }, access)).toBe(true);
    expect(canOpenLeads({ role: 'agent', groupIds: [11] }, access)).toBe(false);
    expect(canOpenLeads({ role: 'admin', groupIds: [] }, access)).toBe(true);
    expect(canOpenLeads({ role: 'end-user', groupIds: [10] }, { roles: ['end-user'], groupIds: [10] })).toBe(false);
  });

  it('reads the setting: roles and groups, defaults when neither is named, each bad entry named at its setting', () => {
    expect(parseSettings({ values_field_id: 1 }).settings.leadsAccess).toEqual(defaults);
    expect(parseSettings({ values_field_id: 1, leads_roles: 'Agent, Team  Lead' }).settings.leadsAccess).toEqual({
      roles: ['agent', 'team lead'],
      groupIds: [],
    });
    const { settings, issues } = parseSettings({ values_field_id: 1, leads_roles: 'end-user, admin', leads_group_ids: '7, seven' });
    expect(settings.leadsAccess).toEqual({ roles: ['admin'], groupIds: [7] });
    expect(issues).toEqual([
      { severity: 'warning', setting: 'leads_group_ids', code: 'settings.group-ids.invalid-entry', params: { entry: 'seven' } },
      { severity: 'warning', setting: 'leads_roles', code: 'settings.leads-roles.end-user', params: { entry: 'end-user' } },
    ]);
  });
});
