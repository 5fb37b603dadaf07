import { answerScope, type Answer, type Round } from '../../domain/calibration/round';
import { useServices } from '../../services/services';
import { useAsync } from '../../ui/use-async';
import type { CalibrationStore } from './calibration-store';

export interface RoundAnswers {
  own: Answer | null;
  /** Every answer of the round, or null while this viewer may not see them (blindness). */
  all: Answer[] | null;
}

/**
 * The answers this viewer may read. A reviewer of an open round asks Zendesk for their own answer
 * only; the others' are requested only once they have submitted (ADR 0046).
 */
export function useRoundAnswers(store: CalibrationStore, round: Round) {
  const { user } = useServices();
  return useAsync<RoundAnswers>(async () => {
    if (answerScope(round, user.id, false) === 'all') {
      const all = await store.allAnswers(round.id);
      return { own: all.find((a) => a.reviewerId === user.id) ?? null, all };
    }
    const own = round.reviewerIds.includes(user.id) ? await store.ownAnswer(round.id, user.id) : null;
    if (answerScope(round, user.id, own?.submittedAt != null) === 'all') return { own, all: await store.allAnswers(round.id) };
    return { own, all: null };
  }, [store, round.id, round.status, user.id]);
}
