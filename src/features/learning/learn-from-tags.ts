import { toTicketComment } from '../../adapters/zendesk-api/mappers';
import type { ZendeskApi } from '../../adapters/zendesk-api/zendesk-api';
import type { ZdComment, ZdUser } from '../../adapters/zendesk-api/zendesk-types';
import type { ExportRow } from '../../domain/export/rows';
import { buildLearnedProfile, serializeLearnedProfile, type LearnedProfile, type TaggedReply } from '../../domain/suggest/learned-profile';

/** The installation setting the profile lives in (manifest.json, ADR 0026). */
export const LEARNED_PROFILE_SETTING = 'learned_profile';

/**
 * At most this many tagged replies are read per refresh: one comments request per ticket, so a refresh stays a few
 * hundred requests even for a team that tagged thousands. The profile keeps per-value averages and 12 examples per
 * value, which this many replies already fill.
 */
export const LEARN_CAP = 400;
const CONCURRENCY = 4;

/** A tag a refresh can learn from: counted (one per reply and value) and naming its reply. */
export const isLearnable = (r: ExportRow) => r.counted === 1 && r.replyCommentId !== null;

const byTime = (a: ExportRow, b: ExportRow) => (a.taggedAt ?? '').localeCompare(b.taggedAt ?? '') || a.ticketId - b.ticketId;

/**
 * The replies a refresh learns from: counted tags of a reply (one per reply and value), oldest first. Over the cap, it is
 * shared evenly across values, each value's newest tags first (ADR 0149): a large team's newest 400 tags can be hours of
 * its two busiest values, and a value tagged only before them would be learned as never tagged.
 */
export function learnableRows(rows: readonly ExportRow[], cap = LEARN_CAP): ExportRow[] {
  const counted = rows.filter(isLearnable).sort(byTime);
  if (counted.length <= cap) return counted;
  const byValue = new Map<string, ExportRow[]>();
  for (let i = counted.length - 1; i >= 0; i--) {
    const r = counted[i]!;
    const list = byValue.get(r.valueTag);
    if (list) list.push(r);
    else byValue.set(r.valueTag, [r]);
  }
  // Round by round, each value (the most recently tagged first) gives its next newest tag, until the cap is reached.
  const chosen: ExportRow[] = [];
  let open = [...byValue.values()];
  for (let round = 0; chosen.length < cap && open.length > 0; round++) {
    for (const list of open) {
      if (chosen.length === cap) break;
      chosen.push(list[round]!);
    }
    open = open.filter((list) => list.length > round + 1);
  }
  return chosen.sort(byTime);
}

export interface LearnResult {
  profile: LearnedProfile;
  json: string;
  /** Tagged replies the profile was built from, and those whose reply could not be read. */
  used: number;
  skipped: number;
}

/**
 * Reads each tagged reply's thread (comments and their authors' roles), builds the profile with the
 * domain code, and returns it serialised within the size cap. A ticket that cannot be read is
 * skipped and counted, never guessed.
 */
export async function learnFromTags(input: {
  api: ZendeskApi;
  rows: readonly ExportRow[];
  signal: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  now?: () => Date;
}): Promise<LearnResult> {
  const { api, signal } = input;
  const rows = learnableRows(input.rows);
  const ticketIds = [...new Set(rows.map((r) => r.ticketId))];
  const threads = new Map<number, ZdComment[]>();
  let done = 0;
  input.onProgress?.(0, ticketIds.length);
  const queue = [...ticketIds];
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      if (signal.aborted) return;
      try {
        threads.set(id, (await api.getComments(id)).comments);
      } catch {
        // Left out of this refresh; counted as skipped below.
      }
      input.onProgress?.(++done, ticketIds.length);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  if (signal.aborted) throw new DOMException('Aborted', 'AbortError');
  const authorIds = [...new Set([...threads.values()].flat().map((c) => c.author_id))];
  let users = new Map<number, ZdUser>();
  try {
    users = new Map((await api.getUsers(authorIds)).map((u) => [u.id, u]));
  } catch {
    // Without roles every author reads as "system": the tagged reply itself is still read.
  }
  const tagged: TaggedReply[] = [];
  for (const row of rows) {
    const comments = threads.get(row.ticketId);
    const replyIndex = comments?.findIndex((c) => c.id === row.replyCommentId) ?? -1;
    if (!comments || replyIndex < 0) continue;
    const snapshotComments = comments.map((c) => toTicketComment(c, users));
    // The tagged reply is an agent's, whatever the user look-up said.
    snapshotComments[replyIndex] = { ...snapshotComments[replyIndex]!, authorRole: 'agent' };
    tagged.push({
      ticket: { id: row.ticketId, subject: row.subject, description: '', priority: null, tags: [], comments: snapshotComments },
      replyIndex,
      tag: row.valueTag,
      ...(row.taggedBy && row.taggedById !== null && row.taggedBy !== String(row.taggedById) ? { by: row.taggedBy } : {}),
    });
  }
  const profile = { ...buildLearnedProfile(tagged), builtAt: (input.now?.() ?? new Date()).toISOString() };
  return { profile, json: serializeLearnedProfile(profile), used: tagged.length, skipped: rows.length - tagged.length };
}
