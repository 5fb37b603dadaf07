import type { Answer, Round, RoundItem } from './round';

/** An open round this reviewer has not submitted yet, with the replies their draft already answers. */
export interface PendingRound {
  round: Round;
  answered: string[];
}

/**
 * How long a sidebar trusts the list of its reviewer's open rounds that the leads page remembered
 * (ADR 0081). The sidebar never asks Zendesk for it; a round closed meanwhile is caught when the
 * reviewer opens the form (the round is read again then).
 */
export const PENDING_TTL_MS = 7 * 24 * 3_600_000;
export const PENDING_STORAGE_KEY = 'calibration-pending';

interface PendingCache {
  userId: number;
  at: string;
  rounds: PendingRound[];
}

export function pendingRounds(rounds: Round[], own: (Answer | null)[], reviewerId: number): PendingRound[] {
  return rounds.flatMap((round, i) => {
    const answer = own[i] ?? null;
    if (round.status !== 'open' || !round.reviewerIds.includes(reviewerId) || answer?.submittedAt) return [];
    return [{ round, answered: Object.keys(answer?.tags ?? {}).filter((key) => Array.isArray(answer?.tags[key])) }];
  });
}

export function writePendingCache(userId: number, now: Date, rounds: PendingRound[]): string {
  return JSON.stringify({ userId, at: now.toISOString(), rounds } satisfies PendingCache);
}

/** The cached list when it is this user's and fresh; null means "ask Zendesk". */
export function readPendingCache(text: string | null, userId: number, now: Date): PendingRound[] | null {
  try {
    const cache = JSON.parse(text ?? 'null') as Partial<PendingCache> | null;
    if (!cache || cache.userId !== userId || typeof cache.at !== 'string' || !Array.isArray(cache.rounds)) return null;
    const age = now.getTime() - Date.parse(cache.at);
    if (!(age >= 0 && age < PENDING_TTL_MS)) return null;
    return cache.rounds.filter((p) => p && Array.isArray(p.round?.items) && Array.isArray(p.answered));
  } catch {
    return null;
  }
}

/** This ticket's replies still to answer, per round. */
export function repliesToAnswer(pending: PendingRound[], ticketId: number): { round: Round; items: RoundItem[] }[] {
  return pending
    .map(({ round, answered }) => ({ round, items: round.items.filter((i) => i.ticketId === ticketId && !answered.includes(i.key)) }))
    .filter((p) => p.items.length > 0);
}

/** The list after this reviewer saved their draft (answered replies) or submitted (the round leaves it). */
export function afterSave(pending: PendingRound[], answer: Answer): PendingRound[] {
  return pending.flatMap((p) => {
    if (p.round.id !== answer.roundId) return [p];
    if (answer.submittedAt) return [];
    return [{ ...p, answered: Object.keys(answer.tags) }];
  });
}
