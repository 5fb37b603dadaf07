import { itemKey, type RoundItem } from './round';
import { roundExcerpt, SUBJECT_MAX } from './records';

export interface SampleComment {
  id: number;
  authorId: number;
  public: boolean;
  body: string;
  createdAt: string;
}

export interface SampleTicket {
  id: number;
  subject: string;
  requesterId: number;
}

/**
 * The reply a round asks about for one ticket: its newest public comment written by staff (not the
 * requester, and not an end user), or null when the ticket has none.
 */
export function latestAgentReply(
  ticket: SampleTicket,
  comments: readonly SampleComment[],
  isStaff: (id: number) => boolean,
): RoundItem | null {
  const reply = [...comments]
    .filter((c) => c.public && c.authorId !== ticket.requesterId && isStaff(c.authorId) && c.body.trim() !== '')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id)[0];
  if (!reply) return null;
  return {
    key: itemKey(ticket.id, reply.id),
    ticketId: ticket.id,
    commentId: reply.id,
    subject: roundExcerpt(ticket.subject, SUBJECT_MAX),
    excerpt: roundExcerpt(reply.body),
    authorId: reply.authorId,
  };
}
