import type { ExportRow } from '../../src/domain/export/rows';

/**
 * A counted tag of reply `replyCommentId` on ticket `ticketId` with `valueTag`, by Alex Admin (2) on Ada Agent's (1)
 * reply: the learning tests' tagged replies.
 */
export function taggedReply(ticketId: number, replyCommentId: number, valueTag: string, taggedAt: string, counted: 0 | 1 = 1): ExportRow {
  return {
    ticketId,
    ticketUrl: '',
    subject: `Ticket ${ticketId}`,
    status: 'open',
    assigneeId: 1,
    assignee: 'Ada Agent',
    groupId: null,
    group: '',
    value: valueTag,
    valueTag,
    taggedById: 2,
    taggedBy: 'Alex Admin',
    taggedAt,
    replyCommentId,
    replyAuthorId: 1,
    replyAuthor: 'Ada Agent',
    replyExcerpt: '',
    note: '',
    satisfaction: '',
    recordState: 'in-field',
    counted,
    ticketUpdatedAt: '2026-11-20T00:00:00Z',
  };
}
