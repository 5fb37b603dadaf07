import { describe, expect, it } from 'vitest';
import { canRemove, canTag, type TaggingSettings, type TaggingUser } from './permissions';
import { addEvent } from './test-factories';

const settings: TaggingSettings = {
  taggerRoles: ['admin'],
  taggerGroupIds: [],
  agentsTagOwnReplies: false,
  tagging: { enabled: true },
};
const admin: TaggingUser = { id: 1, role: 'admin', groupIds: [] };
const agent: TaggingUser = { id: 2, role: 'agent', groupIds: [7] };
const lead: TaggingUser = { id: 3, role: 'Team Lead', groupIds: [] };
const customer: TaggingUser = { id: 4, role: 'end-user', groupIds: [7] };
const replyBy = (authorId: number) => ({ authorId, authorRole: 'agent' as const, public: true });

describe('canTag', () => {
  it('allows admins only by default', () => {
    expect(canTag(admin, settings)).toEqual({ allowed: true });
    expect(canTag(agent, settings)).toEqual({ allowed: false, reason: 'tagging.denied.not-a-tagger' });
  });
  it('allows listed roles, custom role names matched without regard to case', () => {
    expect(canTag(agent, { ...settings, taggerRoles: ['agent'] }).allowed).toBe(true);
    expect(canTag(lead, { ...settings, taggerRoles: ['team lead'] }).allowed).toBe(true);
    const customAgent = { ...agent, customRoleName: 'Reviewer' };
    expect(canTag(customAgent, { ...settings, taggerRoles: ['reviewer'] }).allowed).toBe(true);
    expect(canTag(customAgent, { ...settings, taggerRoles: ['agent'] }).allowed).toBe(true);
  });
  it('allows members of a tagger group whatever their role', () => {
    expect(canTag(agent, { ...settings, taggerRoles: [], taggerGroupIds: [7] }).allowed).toBe(true);
  });
  it('always allows admins, even when only groups are listed', () => {
    expect(canTag(admin, { ...settings, taggerRoles: [], taggerGroupIds: [7] }).allowed).toBe(true);
  });
  it('never allows end users, even in a tagger group', () => {
    expect(canTag(customer, { ...settings, taggerRoles: ['end-user'], taggerGroupIds: [7] })).toEqual({
      allowed: false,
      reason: 'tagging.denied.end-user',
    });
  });
  it('lets agents tag their own replies only when the setting is on; admins always', () => {
    const taggers = { ...settings, taggerRoles: ['agent'] };
    expect(canTag(agent, taggers, replyBy(2))).toEqual({ allowed: false, reason: 'tagging.denied.own-reply' });
    expect(canTag(agent, { ...taggers, agentsTagOwnReplies: true }, replyBy(2)).allowed).toBe(true);
    expect(canTag(agent, taggers, replyBy(5)).allowed).toBe(true);
    expect(canTag(admin, settings, replyBy(1)).allowed).toBe(true);
  });
  it('only applies to public replies written by agents', () => {
    expect(canTag(admin, settings, { ...replyBy(5), public: false })).toEqual({
      allowed: false,
      reason: 'tagging.denied.reply-not-public',
    });
    expect(canTag(admin, settings, { authorId: 4, authorRole: 'end-user', public: true })).toEqual({
      allowed: false,
      reason: 'tagging.denied.reply-not-by-agent',
    });
  });
  it('is off while tagging is not configured', () => {
    const off: TaggingSettings = { ...settings, tagging: { enabled: false, reason: 'settings.values-field-id.missing' } };
    expect(canTag(admin, off)).toEqual({ allowed: false, reason: 'tagging.denied.not-configured' });
    expect(canRemove(admin, addEvent('e', 't'), off)).toEqual({ allowed: false, reason: 'tagging.denied.not-configured' });
  });
});

describe('canRemove', () => {
  it('allows the original tagger and admins', () => {
    expect(canRemove(agent, addEvent('e', 't', { by: 2 }), settings).allowed).toBe(true);
    expect(canRemove(admin, addEvent('e', 't', { by: 2 }), settings).allowed).toBe(true);
    expect(canRemove(lead, addEvent('e', 't', { by: 2 }), settings)).toEqual({
      allowed: false,
      reason: 'tagging.denied.not-original-tagger',
    });
    expect(canRemove(customer, addEvent('e', 't', { by: 4 }), settings)).toEqual({
      allowed: false,
      reason: 'tagging.denied.end-user',
    });
  });
});
