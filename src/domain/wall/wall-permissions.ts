import type { AppSettings } from '../settings/app-settings';
import { roleKey } from '../settings/setting-values';
import type { WallNote } from './note';

export interface WallUser {
  id: number;
  role: string;
  groupIds: number[];
}

/** Anyone on the team (agents and admins) may write on the wall; end users never see it. */
export function canWrite(user: WallUser): boolean {
  return roleKey(user.role) !== 'end-user';
}

/** Authors, and only authors, edit or delete their own notes. */
export function canEditNote(user: WallUser, note: Pick<WallNote, 'authorId'>): boolean {
  return canWrite(user) && note.authorId === user.id;
}

/**
 * Leads and admins moderate: hide (never delete) and feature notes. Leads are the people the admin
 * named as taggers (roles or groups), the same people who review replies.
 */
export function canModerate(user: WallUser, settings: Pick<AppSettings, 'taggerRoles' | 'taggerGroupIds'>): boolean {
  const role = roleKey(user.role);
  if (role === 'admin') return true;
  if (role === 'end-user') return false;
  return settings.taggerRoles.some((r) => roleKey(r) === role) || user.groupIds.some((id) => settings.taggerGroupIds.includes(id));
}
