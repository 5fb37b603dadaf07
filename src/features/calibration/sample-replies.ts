import type { ZendeskApi } from '../../adapters/zendesk-api/zendesk-api';
import type { ZdComment } from '../../adapters/zendesk-api/zendesk-types';
import { latestAgentReply } from '../../domain/calibration/sample';
import type { RoundItem } from '../../domain/calibration/round';

/** Tickets whose comments we read per batch: enough for most rounds in one users request. */
const BATCH = 25;

/**
 * The newest public agent reply of each of the most recently updated tickets in the range, up to `count`:
 * one Search Export page, then one comments request per ticket, one users request per batch.
 */
export async function sampleReplies(
  api: ZendeskApi,
  range: { from: string; to: string },
  count: number,
  signal: AbortSignal,
): Promise<{ items: RoundItem[]; staff: { id: number; name: string }[] }> {
  const page = await api.searchExportPage(`updated>=${range.from} updated<=${range.to}`, null, 100);
  const tickets = [...page.results].sort((a, b) => b.updated_at.localeCompare(a.updated_at) || b.id - a.id);
  const items: RoundItem[] = [];
  const staff = new Map<number, boolean>();
  const names = new Map<number, string>();
  for (let start = 0; start < tickets.length && items.length < count;) {
    // Read only as many tickets as replies are still missing (most tickets have one), at most a batch.
    const batch = tickets.slice(start, start + Math.min(BATCH, count - items.length));
    start += batch.length;
    const read: { ticket: (typeof tickets)[number]; comments: ZdComment[] }[] = [];
    for (const ticket of batch) {
      if (signal.aborted) return { items, staff: [] };
      read.push({ ticket, comments: (await api.getComments(ticket.id)).comments });
    }
    const unknown = [...new Set(read.flatMap((r) => r.comments.map((c) => c.author_id)))].filter((id) => !staff.has(id));
    if (unknown.length > 0)
      for (const user of await api.getUsers(unknown)) {
        staff.set(user.id, user.role !== 'end-user');
        if (user.role !== 'end-user') names.set(user.id, user.name);
      }
    for (const { ticket, comments } of read) {
      const item = latestAgentReply(
        { id: ticket.id, subject: ticket.subject ?? '', requesterId: ticket.requester_id },
        comments.map((c) => ({ id: c.id, authorId: c.author_id, public: c.public, body: c.plain_body ?? c.body, createdAt: c.created_at })),
        (id) => staff.get(id) === true,
      );
      if (item && items.length < count) items.push(item);
    }
  }
  // The staff who wrote replies here are candidate reviewers too (named without another request).
  return { items, staff: [...names].map(([id, name]) => ({ id, name })) };
}
