import type { LeadsAccess } from './leads-access';
import type { ModelSettings } from './model-settings';
import type { SettingsIssueCode } from './settings-issue-codes';

/** Tagging needs the values field; without it the app still coaches but cannot record tags. */
export type TaggingAvailability = { enabled: true } | { enabled: false; reason: SettingsIssueCode };

export interface AppSettings {
  valuesFieldId: number | null;
  /** Null when not configured or unusable: the app then falls back to ticket audits. */
  recordFieldId: number | null;
  /** Lower-cased role names (`admin`, `agent` or custom role names). */
  taggerRoles: string[];
  taggerGroupIds: number[];
  agentsTagOwnReplies: boolean;
  privateNote: boolean;
  tagging: TaggingAvailability;
  /** Suggestions by a language model (off by default). */
  model: ModelSettings;
  /** Who sees per-agent figures on the leads page and in the export (ADR 0047); everyone else sees team-level figures. */
  perAgent: { roles: string[]; groupIds: number[] };
  /** Who may open the leads page at all (issue 13); admins always may. */
  leadsAccess: LeadsAccess;
}

/** Roles allowed to tag when the admin names neither roles nor groups. */
export const DEFAULT_TAGGER_ROLES: readonly string[] = ['admin'];

/** Roles that see per-agent figures when the admin names neither roles nor groups. */
export const DEFAULT_PER_AGENT_ROLES: readonly string[] = ['admin'];
