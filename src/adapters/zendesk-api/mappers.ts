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
  const author = users.get(comment.author_id);
  return {
    id: comment.id,
    authorId: comment.author_id,
    authorRole: roleOf(author),
    ...(author?.name ? { authorName: author.name } : {}),
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
    requesterId: ticket.requester_id,
    assigneeId: ticket.assignee_id,
    customFields: customFieldsOf(ticket),
  };
}

/** Every custom field value of a ticket as the API answered it, by field id. */
export function customFieldsOf(ticket: Pick<ZdTicket, 'custom_fields'>): Record<number, unknown> {
  return Object.fromEntries((ticket.custom_fields ?? []).map((f) => [f.id, f.value ?? null]));
}

export function customFieldValue(ticket: ZdTicket, fieldId: number): unknown {
  return ticket.custom_fields?.find((f) => f.id === fieldId)?.value ?? null;
}
