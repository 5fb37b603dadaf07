import type { AuthorRole, TicketComment } from '../../domain/ticket';

export interface ReplyOption {
  commentId: number;
  commentIndex: number;
  authorId: number;
  authorName: string;
  authorRole: AuthorRole;
  createdAt: string;
  excerpt: string;
}

const EXCERPT_LENGTH = 80;

/**
 * The replies a tag can refer to: agents' public comments, newest first. A comment must carry its
 * id (what the tag records) and its time; from ZAF that means it was found in both of its views.
 */
export function replyOptions(comments: TicketComment[]): ReplyOption[] {
  const options: ReplyOption[] = [];
  comments.forEach((comment, index) => {
    if (!comment.public || comment.id === undefined || comment.authorId === undefined || !comment.createdAt) return;
    if (comment.authorRole === 'end-user' || comment.authorRole === 'system') return;
    const text = comment.body.replace(/\s+/g, ' ').trim();
    options.push({
      commentId: comment.id,
      commentIndex: index,
      authorId: comment.authorId,
      authorName: comment.authorName ?? String(comment.authorId),
      authorRole: comment.authorRole,
      createdAt: comment.createdAt,
      excerpt: text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text,
    });
  });
  return options.reverse();
}
