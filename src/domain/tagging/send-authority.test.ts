import { describe, expect, it } from 'vitest';
import { authorizeChange } from './send-authority';
import { addChange, removeChange } from './test-factories';

const now = new Date('2026-11-22T12:00:00.000Z');

describe('authorizeChange (who tagged and whose reply it is come from Zendesk, not from storage)', () => {
  it('writes the signed-in user, the real reply author and the send time', () => {
    const result = authorizeChange(addChange([['vc_a', 'e1']], { by: 7, replyId: 10, at: '2026-11-22T11:00:00Z' }), {
      userId: 7,
      reply: { authorId: 42 },
      now,
    });
    expect(result).toMatchObject({ ok: true, change: { by: 7, replyAuthorId: 42, at: now.toISOString() } });
  });

  it('refuses a change signed as someone else', () => {
    expect(authorizeChange(addChange([['vc_a', 'e1']], { by: 1 }), { userId: 7, reply: { authorId: 42 }, now })).toEqual({
      ok: false,
      code: 'tagging.forged.tagger',
    });
    expect(authorizeChange(removeChange([['vc_a', 'x', 'r1']], { by: 1 }), { userId: 7, reply: null, now }).ok).toBe(false);
  });

  it('refuses a reply that does not exist or a credited author who did not write it', () => {
    const change = addChange([['vc_a', 'e1']], { by: 7, replyId: 10, replyAuthorId: 99 });
    expect(authorizeChange(change, { userId: 7, reply: 'missing', now })).toEqual({ ok: false, code: 'tagging.forged.reply-missing' });
    expect(authorizeChange(change, { userId: 7, reply: { authorId: 42 }, now })).toEqual({
      ok: false,
      code: 'tagging.forged.reply-author',
    });
  });

  it('refuses a post-dated change, and drops an author claimed for no reply', () => {
    expect(authorizeChange(addChange([['vc_a', 'e1']], { by: 7, at: '2026-12-25T00:00:00Z' }), { userId: 7, reply: null, now })).toEqual({
      ok: false,
      code: 'tagging.forged.time',
    });
    const noReply = authorizeChange(addChange([['vc_a', 'e1']], { by: 7, replyId: null, replyAuthorId: 5 }), {
      userId: 7,
      reply: null,
      now,
    });
    expect(noReply.ok && noReply.change).not.toHaveProperty('replyAuthorId');
  });
});
