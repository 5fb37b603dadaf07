import type { ExportRow } from '../export/rows';

export interface FeedEntry {
  ticketId: number;
  subject: string;
  replyCommentId: number | null;
  values: string[];
  notes: { by: string; note: string }[];
  taggedBy: string[];
  /** Who wrote the reply, as recorded with the tag (null: not recorded; never the assignee). */
  replyAuthorId: number | null;
  replyAuthor: string;
  /** The newest tag time of the entry. */
  at: string;
  excerpt: string;
}

/**
 * Tagged replies to read out, newest first: one entry per (ticket, reply), values and notes merged.
 * Only values still on the ticket: a tag whose value was removed outside the app is not exemplary,
 * nor is a tag whose line does not match the ticket's history (ADR 0050).
 */
export function exemplaryFeed(rows: readonly ExportRow[], limit: number): FeedEntry[] {
  const entries = new Map<string, FeedEntry>();
  for (const row of rows) {
    // A line that does not match the ticket's history is not read out (it is listed as unverified instead).
    if (row.taggedAt === null || row.recordState !== 'in-field' || row.verified === false) continue;
    const key = `${row.ticketId}:${row.replyCommentId ?? '-'}`;
    const entry = entries.get(key) ?? {
      ticketId: row.ticketId,
      subject: row.subject,
      replyCommentId: row.replyCommentId,
      values: [],
      notes: [],
      taggedBy: [],
      replyAuthorId: row.replyAuthorId,
      replyAuthor: row.replyAuthor,
      at: row.taggedAt,
      excerpt: row.replyExcerpt,
    };
    if (!entry.values.includes(row.value)) entry.values.push(row.value);
    if (row.note) entry.notes.push({ by: row.taggedBy, note: row.note });
    if (!entry.taggedBy.includes(row.taggedBy)) entry.taggedBy.push(row.taggedBy);
    if (row.taggedAt > entry.at) entry.at = row.taggedAt;
    if (entry.replyAuthorId === null && row.replyAuthorId !== null) {
      entry.replyAuthorId = row.replyAuthorId;
      entry.replyAuthor = row.replyAuthor;
    }
    if (!entry.excerpt && row.replyExcerpt) entry.excerpt = row.replyExcerpt;
    entries.set(key, entry);
  }
  return [...entries.values()].sort((a, b) => b.at.localeCompare(a.at) || b.ticketId - a.ticketId).slice(0, limit);
}
