import { isIsoTime } from './tag-event';
import type { TagChange } from './tag-change';

/** Why a stored change was refused at send time: it disagrees with what Zendesk says is true. */
export const FORGERY_CODES = [
  'tagging.forged.tagger',
  'tagging.forged.reply-missing',
  'tagging.forged.reply-author',
  'tagging.forged.time',
] as const;

export type ForgeryCode = (typeof FORGERY_CODES)[number];

/** A stored change may be dated this far ahead of the sender's clock (clocks drift); later is post-dated. */
const CLOCK_SKEW_MS = 5 * 60_000;

export interface SendFacts {
  /** The signed-in user, from Zendesk (never from storage). */
  userId: number;
  /** The tagged reply's author as read from the ticket right before the write; `missing` when the ticket has no such reply. */
  reply: { authorId: number } | 'missing' | null;
  /** When the write is sent: the record's `at` (what the ticket's audit will also say, within seconds). */
  now: Date;
}

export type Authority = { ok: true; change: TagChange } | { ok: false; code: ForgeryCode };

/**
 * The change as it will be written: who tagged and whose reply it is come from `facts`, never from
 * what was stored in the browser. A stored change that disagrees (another tagger, a reply that does
 * not exist or another author, a date in the future) has been edited: it is refused, not repaired,
 * so the author hears about it and nothing is written in anyone else's name.
 */
export function authorizeChange(change: TagChange, facts: SendFacts): Authority {
  if (change.by !== facts.userId) return { ok: false, code: 'tagging.forged.tagger' };
  if (!isIsoTime(change.at) || Date.parse(change.at) > facts.now.getTime() + CLOCK_SKEW_MS)
    return { ok: false, code: 'tagging.forged.time' };
  const at = facts.now.toISOString();
  if (change.op === 'remove') return { ok: true, change: { ...change, at } };
  if (change.replyId === null) {
    const { replyAuthorId: _ignored, ...rest } = change;
    return { ok: true, change: { ...rest, at } };
  }
  if (facts.reply === 'missing' || facts.reply === null) return { ok: false, code: 'tagging.forged.reply-missing' };
  if (change.replyAuthorId !== undefined && change.replyAuthorId !== facts.reply.authorId) {
    return { ok: false, code: 'tagging.forged.reply-author' };
  }
  return { ok: true, change: { ...change, replyAuthorId: facts.reply.authorId, at } };
}
