import { describe, expect, it } from 'vitest';
import { checkChangePermission } from './change-permission';
import type { TaggingSettings } from './permissions';
import type { TagEvent } from './tag-event';

const settings: TaggingSettings = { taggerRoles: ['admin'], taggerGroupIds: [7], agentsTagOwnReplies: false, tagging: { enabled: true } };
const reviewer = { id: 1, role: 'agent', groupIds: [7] };
const outsider = { id: 2, role: 'agent', groupIds: [] };
const admin = { id: 3, role: 'admin', groupIds: [] };
const add = (by: number): TagEvent => ({ v: 1, e: `a${by}`, op: 'add', tag: 'vc_x', by, at: '2026-11-20T00:00:00Z', reply: 9 });
const addChange = { op: 'add' as const, adds: [{ tag: 'vc_x', eventId: 'n1' }], replyId: 9, by: 1, at: '2026-11-21T00:00:00Z' };
const removeChange = (ref: string | null, by: number) => ({
  op: 'remove' as const,
  removes: [{ tag: 'vc_x', ref, eventId: 'r1' }],
  by,
  at: '2026-11-21T00:00:00Z',
});

describe('checkChangePermission (the write path refuses what the UI hides)', () => {
  it('lets reviewers add, refuses outsiders and own replies', () => {
    expect(
      checkChangePermission(reviewer, settings, addChange, { events: [], reply: { authorId: 5, authorRole: 'agent', public: true } }),
    ).toEqual({ allowed: true });
    expect(checkChangePermission(outsider, settings, addChange, { events: [] })).toEqual({
      allowed: false,
      reason: 'tagging.denied.not-a-tagger',
    });
    expect(
      checkChangePermission(reviewer, settings, addChange, { events: [], reply: { authorId: 1, authorRole: 'agent', public: true } }),
    ).toEqual({ allowed: false, reason: 'tagging.denied.own-reply' });
  });

  it('lets the original tagger or an admin remove, nobody else', () => {
    const events = [add(1)];
    expect(checkChangePermission(reviewer, settings, removeChange('a1', 1), { events }).allowed).toBe(true);
    expect(checkChangePermission(admin, settings, removeChange('a1', 3), { events }).allowed).toBe(true);
    expect(checkChangePermission({ id: 4, role: 'agent', groupIds: [7] }, settings, removeChange('a1', 4), { events })).toEqual({
      allowed: false,
      reason: 'tagging.denied.not-original-tagger',
    });
  });

  it('reserves removing untracked tags to admins', () => {
    expect(checkChangePermission(reviewer, settings, removeChange(null, 1), { events: [] }).allowed).toBe(false);
    expect(checkChangePermission(admin, settings, removeChange(null, 3), { events: [] }).allowed).toBe(true);
  });
});
