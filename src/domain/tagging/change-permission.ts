import { activeTags } from './active-tags';
import { canRemove, canTag, type Permission, type TaggedReply, type TaggingSettings, type TaggingUser } from './permissions';
import type { TagChange } from './tag-change';
import type { TagEvent } from './tag-event';

/**
 * The write path's own check, on top of what the UI shows: may this user make this change to a
 * ticket whose record holds `events`? Adds follow `canTag` (with the reply when it is known);
 * removes follow `canRemove` for the add they cancel. A tag with no add event (set by hand) has no
 * tagger to match, so only admins may remove it.
 */
export function checkChangePermission(
  user: TaggingUser,
  settings: TaggingSettings,
  change: TagChange,
  context: { events: readonly TagEvent[]; reply?: TaggedReply },
): Permission {
  if (change.op === 'add') return canTag(user, settings, context.reply);
  const base = canTag(user, settings);
  if (!base.allowed && base.reason !== 'tagging.denied.not-a-tagger') return base;
  const active = new Map(activeTags(context.events).map((event) => [event.e, event]));
  for (const item of change.removes) {
    if (item.ref === null) {
      if (user.role.toLowerCase() !== 'admin') return { allowed: false, reason: 'tagging.denied.not-original-tagger' };
      continue;
    }
    const event = active.get(item.ref);
    if (!event) continue; // already removed: the change is a no-op for this item
    const permission = canRemove(user, event, settings);
    if (!permission.allowed) return permission;
  }
  return { allowed: true };
}
