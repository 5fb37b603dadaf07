/** A calibration round: the replies, the reviewers, and each reviewer's blind answers. ADR 0045, 0046. */
export interface RoundItem {
  /** `<ticketId>:<commentId>`: unique within a round. */
  key: string;
  ticketId: number;
  commentId: number;
  subject: string;
  /** The reply as the reviewers read it (the round carries it, so their page never reads the ticket). */
  excerpt: string;
  authorId: number | null;
}

export interface RoundValue {
  tag: string;
  name: string;
}

export interface Round {
  /** The record's external id (`vc-round-…`). */
  id: string;
  title: string;
  createdBy: number;
  createdAt: string;
  status: 'open' | 'closed';
  closedAt: string | null;
  reviewerIds: number[];
  /** The catalogue's values when the round started: answers are judged against these. */
  values: RoundValue[];
  items: RoundItem[];
}

export interface Answer {
  roundId: string;
  reviewerId: number;
  /** Item key → the value tags this reviewer saw in the reply (an empty list is an answer: "none"). */
  tags: Record<string, string[]>;
  submittedAt: string | null;
}

export const itemKey = (ticketId: number, commentId: number) => `${ticketId}:${commentId}`;

/** Whether every item has an answer (an empty selection counts: "none of these values"). */
export function isComplete(round: Round, answer: Pick<Answer, 'tags'>): boolean {
  return round.items.every((item) => Array.isArray(answer.tags[item.key]));
}

/**
 * Whose answers this viewer's page may read. Blindness: a reviewer of an open round reads only their
 * own until they have submitted; once the round is closed, or once they submitted, every answer.
 * A lead who is not a reviewer may read all (to see who has answered).
 */
export function answerScope(round: Round, viewerId: number, ownSubmitted: boolean): 'own' | 'all' {
  if (round.status === 'closed') return 'all';
  if (!round.reviewerIds.includes(viewerId)) return round.createdBy === viewerId ? 'all' : 'own';
  return ownSubmitted ? 'all' : 'own';
}
