import { allPages, type CustomObjectRecordsApi, type RecordFilter } from '../../adapters/zendesk-api/custom-object-records';
import { ensureObject } from '../../adapters/zendesk-api/custom-object-setup';
import {
  ANSWER_FIELDS,
  ANSWER_OBJECT,
  answerExternalId,
  answerFields,
  answerFromRecord,
  ROUND_FIELDS,
  ROUND_OBJECT,
  roundFields,
  roundFromRecord,
} from '../../domain/calibration/records';
import type { Answer, Round } from '../../domain/calibration/round';
import { pendingRounds, type PendingRound } from '../../domain/calibration/pending';
import { ApiError } from '../../adapters/zendesk-api/api-error';

/** Rounds and answers in Zendesk custom object records (ADR 0046). */
export interface CalibrationStore {
  /** Whether both objects exist; creates them (and their fields) when `create` and the user is an admin. */
  ready: (create: boolean) => Promise<boolean>;
  rounds: () => Promise<Round[]>;
  /** One round as it is now (null when deleted). */
  round: (roundId: string) => Promise<Round | null>;
  saveRound: (round: Round) => Promise<Round>;
  /** The viewer's own answer only: what a reviewer's page reads before submitting. */
  ownAnswer: (roundId: string, reviewerId: number) => Promise<Answer | null>;
  /** Every answer of a round: only once the viewer may see them (answerScope 'all'). */
  allAnswers: (roundId: string) => Promise<Answer[]>;
  saveAnswer: (answer: Answer) => Promise<Answer>;
  /**
   * The open rounds this reviewer has not submitted: one search for the open rounds naming them, then
   * their own answer per round found (never anyone else's). None when the objects do not exist.
   */
  pendingFor: (reviewerId: number) => Promise<PendingRound[]>;
}

const eq = (key: string, value: string): RecordFilter => ({ [`custom_object_fields.${key}`]: { $eq: value } });

export function createCalibrationStore(api: CustomObjectRecordsApi): CalibrationStore {
  return {
    async ready(create) {
      const description = 'Values Coach calibration (ADR 0046)';
      const rounds = await ensureObject(
        api,
        { key: ROUND_OBJECT, title: 'Calibration round', titlePlural: 'Calibration rounds', description, fields: ROUND_FIELDS },
        create,
      );
      const answers =
        rounds &&
        (await ensureObject(
          api,
          { key: ANSWER_OBJECT, title: 'Calibration answer', titlePlural: 'Calibration answers', description, fields: ANSWER_FIELDS },
          create,
        ));
      return answers;
    },
    async rounds() {
      const records = await allPages((cursor) => api.list(ROUND_OBJECT, { sort: '-id', cursor }));
      return records.map(roundFromRecord).filter((r): r is Round => r !== null);
    },
    async round(roundId) {
      const page = await api.list(ROUND_OBJECT, { externalIds: [roundId], pageSize: 1 });
      const record = page.records[0];
      return record ? roundFromRecord(record) : null;
    },
    async saveRound(round) {
      const record = await api.upsertByExternalId(ROUND_OBJECT, round.id, roundFields(round));
      return roundFromRecord(record) ?? round;
    },
    async ownAnswer(roundId, reviewerId) {
      const filter = { $and: [eq('round_id', roundId), eq('reviewer_id', String(reviewerId))] };
      const page = await api.search(ANSWER_OBJECT, { filter, pageSize: 1 });
      const record = page.records[0];
      return record ? answerFromRecord(record) : null;
    },
    async allAnswers(roundId) {
      const records = await allPages((cursor) => api.search(ANSWER_OBJECT, { filter: eq('round_id', roundId), cursor }));
      return records.map(answerFromRecord).filter((a): a is Answer => a !== null);
    },
    async pendingFor(reviewerId) {
      const filter = { $and: [eq('status', 'open'), { 'custom_object_fields.reviewer_ids': { $contains: `,${reviewerId},` } }] };
      let rounds: Round[];
      try {
        const records = await allPages((cursor) => api.search(ROUND_OBJECT, { filter, cursor }));
        rounds = records.map(roundFromRecord).filter((r): r is Round => r !== null && r.reviewerIds.includes(reviewerId));
      } catch (error) {
        if (error instanceof ApiError && error.kind === 'not-found') return [];
        throw error;
      }
      const own = await Promise.all(rounds.map((round) => this.ownAnswer(round.id, reviewerId)));
      return pendingRounds(rounds, own, reviewerId);
    },
    async saveAnswer(answer) {
      const record = await api.upsertByExternalId(ANSWER_OBJECT, answerExternalId(answer.roundId, answer.reviewerId), answerFields(answer));
      return answerFromRecord(record) ?? answer;
    },
  };
}
