import type { Answer, Round, RoundItem, RoundValue } from './round';

/** Where rounds and answers live (ADR 0046): two custom objects, one record per round and per (round, reviewer). */
export const ROUND_OBJECT = 'vc_calibration_round';
export const ANSWER_OBJECT = 'vc_calibration_answer';

export const ROUND_FIELDS = [
  { key: 'status', type: 'text', title: 'Status' },
  { key: 'reviewer_ids', type: 'text', title: 'Reviewer ids' },
  { key: 'payload', type: 'textarea', title: 'Replies and values (JSON)' },
  { key: 'closed_at', type: 'text', title: 'Closed at' },
] as const;

export const ANSWER_FIELDS = [
  { key: 'round_id', type: 'text', title: 'Round' },
  { key: 'reviewer_id', type: 'text', title: 'Reviewer id' },
  { key: 'tags', type: 'textarea', title: 'Tags per reply (JSON)' },
  { key: 'submitted_at', type: 'text', title: 'Submitted at' },
] as const;

export const answerExternalId = (roundId: string, reviewerId: number) => `${roundId}:${reviewerId}`;

/** Zendesk's record limit is 32 KB; replies and subjects are cut so a round of 40 stays inside it. */
export const EXCERPT_MAX = 400;
export const SUBJECT_MAX = 120;
export const ROUND_MAX_ITEMS = 40;
/** What we allow a round record to weigh: Zendesk's 32 KB less room for the record's own attributes. */
export const ROUND_MAX_BYTES = 30 * 1024;

/** Whether the round's record stays within Zendesk's limit (replies in scripts that take 3 bytes a character may not). */
export function roundFits(round: Round): boolean {
  return new TextEncoder().encode(JSON.stringify(roundFields(round))).length <= ROUND_MAX_BYTES;
}

export interface RecordLike {
  name: string;
  external_id: string | null;
  created_by_user_id: string;
  created_at: string;
  custom_object_fields: Record<string, unknown>;
}

export function roundFields(round: Round): { name: string; fields: Record<string, unknown> } {
  return {
    name: round.title.slice(0, 255) || round.id,
    fields: {
      status: round.status,
      // Commas around each id so a search can ask `$contains ",<id>,"`.
      reviewer_ids: `,${round.reviewerIds.join(',')},`,
      payload: JSON.stringify({ values: round.values, items: round.items }),
      closed_at: round.closedAt,
    },
  };
}

const str = (value: unknown) => (typeof value === 'string' ? value : '');

function parseJson(text: unknown): unknown {
  try {
    return JSON.parse(str(text)) as unknown;
  } catch {
    return null;
  }
}

function isItem(value: unknown): value is RoundItem {
  const item = value as Partial<RoundItem> | null;
  return !!item && typeof item.key === 'string' && typeof item.ticketId === 'number' && typeof item.commentId === 'number';
}

function isValue(value: unknown): value is RoundValue {
  const v = value as Partial<RoundValue> | null;
  return !!v && typeof v.tag === 'string' && typeof v.name === 'string';
}

/** A round from its record, or null when the record is not one we can read (never guessed at). */
export function roundFromRecord(record: RecordLike): Round | null {
  const f = record.custom_object_fields;
  const payload = parseJson(f.payload) as { values?: unknown; items?: unknown } | null;
  if (!record.external_id || !payload || !Array.isArray(payload.items) || !Array.isArray(payload.values)) return null;
  if (!payload.items.every(isItem) || !payload.values.every(isValue)) return null;
  const status = f.status === 'closed' ? 'closed' : f.status === 'open' ? 'open' : null;
  if (status === null) return null;
  return {
    id: record.external_id,
    title: record.name,
    createdBy: Number(record.created_by_user_id),
    createdAt: record.created_at,
    status,
    closedAt: typeof f.closed_at === 'string' && f.closed_at ? f.closed_at : null,
    reviewerIds: str(f.reviewer_ids)
      .split(',')
      .filter((s) => /^\d+$/.test(s))
      .map(Number),
    values: payload.values.map((v) => ({ tag: v.tag, name: v.name })),
    items: payload.items.map((i) => ({
      key: i.key,
      ticketId: i.ticketId,
      commentId: i.commentId,
      subject: str(i.subject),
      excerpt: str(i.excerpt),
      authorId: typeof i.authorId === 'number' ? i.authorId : null,
    })),
  };
}

export function answerFields(answer: Answer): { name: string; fields: Record<string, unknown> } {
  return {
    name: `Answer ${answer.roundId} ${answer.reviewerId}`.slice(0, 255),
    fields: {
      round_id: answer.roundId,
      reviewer_id: String(answer.reviewerId),
      tags: JSON.stringify(answer.tags),
      submitted_at: answer.submittedAt,
    },
  };
}

export function answerFromRecord(record: RecordLike): Answer | null {
  const f = record.custom_object_fields;
  const tags = parseJson(f.tags);
  const reviewerId = Number(f.reviewer_id);
  if (typeof f.round_id !== 'string' || !Number.isSafeInteger(reviewerId) || !tags || typeof tags !== 'object' || Array.isArray(tags))
    return null;
  const clean: Record<string, string[]> = {};
  for (const [key, list] of Object.entries(tags as Record<string, unknown>))
    if (Array.isArray(list)) clean[key] = list.filter((t): t is string => typeof t === 'string');
  return {
    roundId: f.round_id,
    reviewerId,
    tags: clean,
    submittedAt: typeof f.submitted_at === 'string' && f.submitted_at ? f.submitted_at : null,
  };
}

/** Text short enough for the record, cut at a word. */
export function roundExcerpt(text: string, max = EXCERPT_MAX): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
