import type { AppSettings } from '../settings/app-settings';
import { roleKey } from '../settings/setting-values';
import type { TicketComment } from '../ticket';
import type { TagAddEvent } from './tag-event';

/** Why someone may not tag or remove; the UI translates each code. */
export const TAGGING_DENIALS = [
  'tagging.denied.not-configured',
  'tagging.denied.end-user',
  'tagging.denied.not-a-tagger',
  'tagging.denied.own-reply',
  'tagging.denied.reply-not-public',
  'tagging.denied.reply-not-by-agent',
  'tagging.denied.not-original-tagger',
] as const;

export type TaggingDenial = (typeof TAGGING_DENIALS)[number];

export type Permission = { allowed: true } | { allowed: false; reason: TaggingDenial };

export interface TaggingUser {
  id: number;
  /** `admin`, `agent`, `end-user`, or a custom role name. */
  role: string;
  /**
   * The Enterprise custom role's name, when the adapter knows it. Zendesk reports such agents with
   * role `agent` plus a custom role *(check how ZAF's currentUser reports it)*, so both are matched.
   */
  customRoleName?: string | null;
  groupIds: number[];
}

export type TaggingSettings = Pick<AppSettings, 'taggerRoles' | 'taggerGroupIds' | 'agentsTagOwnReplies' | 'tagging'>;

export type TaggedReply = Pick<TicketComment, 'authorId' | 'authorRole' | 'public'>;

const ALLOWED: Permission = { allowed: true };
const deny = (reason: TaggingDenial): Permission => ({ allowed: false, reason });

/**
 * Who may tag a reply. The UI uses it to show or hide controls and the write path checks it again,
 * so the rule lives only here. Admins may always tag: they can change these settings anyway.
 */
export function canTag(user: TaggingUser, settings: TaggingSettings, reply?: TaggedReply): Permission {
  if (!settings.tagging.enabled) return deny('tagging.denied.not-configured');
  const role = roleKey(user.role);
  if (role === 'end-user') return deny('tagging.denied.end-user');
  const isAdmin = role === 'admin';
  const roles = user.customRoleName ? [role, roleKey(user.customRoleName)] : [role];
  const byRole = settings.taggerRoles.some((allowed) => roles.includes(roleKey(allowed)));
  const byGroup = user.groupIds.some((id) => settings.taggerGroupIds.includes(id));
  if (!isAdmin && !byRole && !byGroup) return deny('tagging.denied.not-a-tagger');
  if (!reply) return ALLOWED;
  // Only agents' public replies are coached; notes and customer messages are not replies.
  if (!reply.public) return deny('tagging.denied.reply-not-public');
  if (reply.authorRole !== 'agent' && reply.authorRole !== 'admin') return deny('tagging.denied.reply-not-by-agent');
  if (!isAdmin && reply.authorId === user.id && !settings.agentsTagOwnReplies) return deny('tagging.denied.own-reply');
  return ALLOWED;
}

/** Who may remove a tag: whoever added it, or an admin. */
export function canRemove(user: TaggingUser, event: TagAddEvent, settings: TaggingSettings): Permission {
  if (!settings.tagging.enabled) return deny('tagging.denied.not-configured');
  const role = roleKey(user.role);
  if (role === 'end-user') return deny('tagging.denied.end-user');
  if (role === 'admin' || event.by === user.id) return ALLOWED;
  return deny('tagging.denied.not-original-tagger');
}
