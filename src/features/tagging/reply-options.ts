import type { ZdComment, ZdUser } from '../../adapters/zendesk-api/zendesk-types';
import { commentText } from '../../adapters/zendesk-api/mappers';

export interface ReplyOption {
  commentId: number;
  commentIndex: number;
  authorId: number;
  authorName: string;
  createdAt: string;
  excerpt: string;
}

const EXCERPT_LENGTH = 80;

/** The replies a tag can refer to: agents' public comments, newest first. */
export function replyOptions(comments: ZdComment[], users: Map<number, ZdUser>): ReplyOption[] {
  const options: ReplyOption[] = [];
  comments.forEach((comment, index) => {
    const author = users.get(comment.author_id);
    if (!comment.public || !author || author.role === 'end-user') return;
    const text = commentText(comment).replace(/\s+/g, ' ').trim();
    options.push({
      commentId: comment.id,
      commentIndex: index,
      authorId: comment.author_id,
      authorName: author.name,
      createdAt: comment.created_at,
      excerpt: text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text,
    });
  });
  return options.reverse();
}
