import type { AuthorRole, TicketComment, TicketPriority, TicketSnapshot, TicketStatus } from '../../domain/ticket';
import { htmlToText } from '../zendesk-api/html-to-text';
import type { ZafComment, ZafConversationEntry, ZafTicketRead } from './zaf-ticket-types';

const STATUSES: TicketStatus[] = ['new', 'open', 'pending', 'hold', 'solved', 'closed'];
const PRIORITIES: TicketPriority[] = ['low', 'normal', 'high', 'urgent'];

export function authorRoleOf(role: string | undefined): AuthorRole {
  if (role === undefined || role === '' || role === 'system') return 'system';
  if (role === 'end-user' || role === 'end_user' || role === 'enduser') return 'end-user';
  return role === 'admin' ? 'admin' : 'agent';
}

const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

function fromComment(comment: ZafComment, body: string): TicketComment {
  return {
    id: comment.id,
    authorId: comment.author?.id,
    authorRole: authorRoleOf(comment.author?.role),
    ...(comment.author?.name ? { authorName: comment.author.name } : {}),
    // Without the conversation we cannot tell a private note from a reply: never offer it as a reply.
    public: false,
    body,
  };
}

/**
 * One list of comments from ZAF's two views of the thread. `ticket.conversation` gives the order,
 * the time and public/internal; `ticket.comments` gives the comment id (what a tag refers to) and
 * the author's id. Entries are joined by author and text: a conversation entry with no comment
 * (e.g. a messaging event) still counts as text, without an id; a comment missing from the
 * conversation comes last, as private (it is never offered as a reply to tag).
 */
export function joinThread(comments: ZafComment[], conversation: ZafConversationEntry[] | null): TicketComment[] {
  const texts = comments.map((c) => htmlToText(c.value ?? ''));
  if (conversation === null) return comments.map((c, i) => fromComment(c, texts[i]!));
  const used = new Set<number>();
  const ordered = conversation
    .map((entry, index) => ({ entry, index, at: Date.parse(entry.timestamp ?? '') }))
    .sort((a, b) => (Number.isNaN(a.at) || Number.isNaN(b.at) ? a.index - b.index : a.at - b.at || a.index - b.index));
  const joined: TicketComment[] = ordered.map(({ entry }) => {
    const body = htmlToText(entry.message?.content ?? '');
    const match = comments.findIndex(
      (c, i) =>
        !used.has(i) &&
        (entry.author?.id === undefined || c.author?.id === undefined || entry.author.id === c.author.id) &&
        sameText(texts[i]!, body),
    );
    if (match >= 0) used.add(match);
    const comment = match >= 0 ? comments[match] : undefined;
    const name = entry.author?.name ?? comment?.author?.name;
    return {
      ...(comment ? { id: comment.id } : {}),
      ...((comment?.author?.id ?? entry.author?.id) === undefined ? {} : { authorId: comment?.author?.id ?? entry.author?.id }),
      authorRole: authorRoleOf(comment?.author?.role ?? entry.author?.role),
      ...(name ? { authorName: name } : {}),
      public: entry.channel?.name !== 'internal',
      body,
      ...(entry.timestamp ? { createdAt: entry.timestamp } : {}),
    };
  });
  comments.forEach((c, i) => {
    if (!used.has(i)) joined.push(fromComment(c, texts[i]!));
  });
  return joined;
}

/** The domain's one ticket snapshot, from what ZAF reads in the agent's browser (no API request). */
export function ticketFromZaf(read: ZafTicketRead): TicketSnapshot {
  const { ticket } = read;
  const comments = joinThread(read.comments, read.conversation);
  const requesterId = read.requester?.id ?? ticket.requester?.id;
  const assignee = read.assignee?.user ?? ticket.assignee?.user ?? null;
  return {
    id: Number(ticket.id),
    subject: ticket.subject ?? '',
    description: ticket.description ?? comments[0]?.body ?? '',
    priority: PRIORITIES.includes(ticket.priority as TicketPriority) ? (ticket.priority as TicketPriority) : null,
    ...(STATUSES.includes(ticket.status as TicketStatus) ? { status: ticket.status as TicketStatus } : {}),
    tags: Array.isArray(ticket.tags) ? ticket.tags.map(String) : [],
    // The agent interface's ticket object carries no satisfaction rating (check): the sidebar goes without that cue.
    satisfaction: null,
    ...(ticket.via?.channel ? { channel: ticket.via.channel } : {}),
    comments,
    ...(requesterId === undefined ? {} : { requesterId: Number(requesterId) }),
    assigneeId: assignee?.id === undefined ? null : Number(assignee.id),
    customFields: read.customFields,
  };
}
