import type { TicketSnapshot } from '../ticket';
import { activeText } from './clean';
import { maskMarkup, tokenize, type Token } from './text';

export type Speaker = 'agent' | 'customer' | 'note' | 'subject';

/** A readable part of the ticket: its new words (quotes and signatures left out) and who wrote it. */
export interface Segment {
  /** -1 for the subject. */
  commentIndex: number;
  speaker: Speaker;
  source: string;
  tokens: Token[];
}

/**
 * All comments together are read up to this many characters, newest first: bounded work on any
 * thread (a 1 MB thread costs what 320 KB costs). What a ticket calls for now is in its recent
 * messages; 320 KB is still hundreds of them.
 */
export const TOTAL_CHAR_BUDGET = 320_000;

function speakerOf(role: string, isPublic: boolean): Speaker {
  if (role === 'end-user') return 'customer';
  return isPublic ? 'agent' : 'note';
}

export function segmentsOf(ticket: TicketSnapshot): Segment[] {
  const segments: Segment[] = [];
  const subject = String(ticket.subject ?? '').slice(0, 2000);
  segments.push({ commentIndex: -1, speaker: 'subject', source: subject, tokens: tokenize(maskMarkup(subject)) });
  let budget = TOTAL_CHAR_BUDGET;
  const comments = Array.isArray(ticket.comments) ? ticket.comments : [];
  const read: Segment[] = [];
  for (let i = comments.length - 1; i >= 0 && budget > 0; i--) {
    const comment = comments[i];
    const body = typeof comment?.body === 'string' ? comment.body : '';
    const active = activeText(body);
    const end = Math.min(active.end, active.start + budget);
    budget -= end - active.start;
    const masked = maskMarkup(body.slice(0, end));
    const tokens = tokenize(masked, active.start, end).filter((t) => !active.skip.some(([a, b]) => t.start >= a && t.end <= b));
    read.push({ commentIndex: i, speaker: speakerOf(String(comment?.authorRole ?? ''), comment?.public !== false), source: body, tokens });
  }
  return segments.concat(read.reverse());
}
