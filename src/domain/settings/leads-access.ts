import { roleKey } from './setting-values';

/** Who may open the leads page (issue 13): roles or group members; admins always may. */
export interface LeadsAccess {
  /** Lower-cased role names (`admin`, `agent` or custom role names such as `team lead`). */
  roles: string[];
  groupIds: number[];
}

/** Roles that may open the leads page when the admin names neither roles nor groups. */
export const DEFAULT_LEADS_ROLES: readonly string[] = ['admin', 'team lead'];

export interface LeadsViewer {
  /** `admin`, `agent` or a custom role's name. */
  role: string;
  groupIds: readonly number[];
}

/**
 * Whether this viewer may open the leads page. Admins always may (they can change the setting
 * anyway); anyone else by role or by membership of a named group.
 */
export function canOpenLeads(viewer: LeadsViewer, access: LeadsAccess): boolean {
  const role = roleKey(viewer.role);
  if (role === 'admin') return true;
  if (role === 'end-user') return false;
  return access.roles.includes(role) || viewer.groupIds.some((id) => access.groupIds.includes(id));
}
