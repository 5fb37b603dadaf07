import type { AuthorRole, SatisfactionScore, TicketComment, TicketSnapshot } from '../../domain/ticket';
import { htmlToText } from './html-to-text';
import type { ZdComment, ZdTicket, ZdUser } from './zendesk-types';

const SCORES: SatisfactionScore[] = ['good', 'bad', 'offered', 'unoffered'];

function roleOf(user: ZdUser | undefined): AuthorRole {
  if (!user) return 'system';
  return user.role === 'end-user' ? 'end-user' : user.role;
}

export function commentText(comment: ZdComment): string {
  if (comment.plain_body !== undefined) return comment.plain_body;
  if (comment.body !== undefined && comment.html_body === undefined) return comment.body;
  return htmlToText(comment.html_body ?? comment.body ?? '');
}

export function toTicketComment(comment: ZdComment, users: Map<number, ZdUser>): TicketComment {
  return {
    id: comment.id,
    authorId: comment.author_id,
    authorRole: roleOf(users.get(comment.author_id)),
    public: comment.public,
    body: commentText(comment),
    createdAt: comment.created_at,
  };
}

export function satisfactionOf(ticket: ZdTicket): SatisfactionScore | null {
  const score = ticket.satisfaction_rating?.score;
  return SCORES.includes(score as SatisfactionScore) ? (score as SatisfactionScore) : null;
}

export function toTicketSnapshot(ticket: ZdTicket, comments: ZdComment[], users: Map<number, ZdUser>): TicketSnapshot {
  return {
    id: ticket.id,
    subject: ticket.subject ?? '',
    description: ticket.description ?? '',
    priority: ticket.priority,
    status: ticket.status,
    tags: ticket.tags ?? [],
    satisfaction: satisfactionOf(ticket),
    channel: ticket.via?.channel,
    comments: comments.map((c) => toTicketComment(c, users)),
  };
}

export function customFieldValue(ticket: ZdTicket, fieldId: number): unknown {
  return ticket.custom_fields?.find((f) => f.id === fieldId)?.value ?? null;
}
