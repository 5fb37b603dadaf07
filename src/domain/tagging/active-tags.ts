import type { TagAddEvent, TagEvent } from './tag-event';

/**
 * The add events still in force. OR-set semantics: an add is active unless some remove names its
 * event id. A remove therefore only cancels adds its author had seen, so concurrent adds and
 * removes give the same result in any order, and a re-add after a remove is a new, active event.
 */
export function activeTags(events: readonly TagEvent[]): TagAddEvent[] {
  const removed = new Set<string>();
  for (const event of events) if (event.op === 'remove') removed.add(event.ref);
  const seen = new Set<string>();
  const active: TagAddEvent[] = [];
  for (const event of events) {
    if (event.op !== 'add' || removed.has(event.e) || seen.has(event.e)) continue;
    seen.add(event.e);
    active.push(event);
  }
  return active;
}
