import fc from 'fast-check';
import type { TagAddChange, TagRemoveChange } from './tag-change';
import type { TagAddEvent, TagEvent, TagRemoveEvent } from './tag-event';

/** Small builders shared by the tagging specs; not used by production code. */
export const AT = '2026-11-20T10:00:00.000Z';

export function addEvent(e: string, tag: string, extra: Partial<TagAddEvent> = {}): TagAddEvent {
  return { v: 1, e, op: 'add', tag, by: 1, at: AT, reply: 10, ...extra };
}

export function removeEvent(e: string, ref: string, tag: string, extra: Partial<TagRemoveEvent> = {}): TagRemoveEvent {
  return { v: 1, e, op: 'remove', tag, by: 1, at: AT, ref, ...extra };
}

export function addChange(items: [tag: string, eventId: string][], extra: Partial<TagAddChange> = {}): TagAddChange {
  return { op: 'add', adds: items.map(([tag, eventId]) => ({ tag, eventId })), replyId: 10, by: 1, at: AT, ...extra };
}

export function removeChange(
  items: [tag: string, ref: string | null, eventId: string][],
  extra: Partial<TagRemoveChange> = {},
): TagRemoveChange {
  return { op: 'remove', removes: items.map(([tag, ref, eventId]) => ({ tag, ref, eventId })), by: 1, at: AT, ...extra };
}

/** Any well-formed record event. */
export const tagEvent: fc.Arbitrary<TagEvent> = fc.oneof(
  fc.record(
    {
      v: fc.constant(1 as const),
      e: fc.stringMatching(/^[a-z0-9]{1,8}$/),
      op: fc.constant('add' as const),
      tag: fc.stringMatching(/^[a-z0-9_]{1,12}$/),
      by: fc.integer({ min: 1, max: 2 ** 40 }),
      at: fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
      reply: fc.option(fc.integer({ min: 1 }), { nil: null }),
      note: fc.option(fc.string({ unit: 'binary', maxLength: 40 }), { nil: undefined }),
    },
    { requiredKeys: ['v', 'e', 'op', 'tag', 'by', 'at', 'reply'] },
  ),
  fc.record({
    v: fc.constant(1 as const),
    e: fc.stringMatching(/^[a-z0-9]{1,8}$/),
    op: fc.constant('remove' as const),
    tag: fc.stringMatching(/^[a-z0-9_]{1,12}$/),
    by: fc.integer({ min: 1 }),
    at: fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
    ref: fc.stringMatching(/^[a-z0-9]{1,8}$/),
  }),
);
