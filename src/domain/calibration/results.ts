import { nominalAlpha, type ReliabilityData } from './alpha';
import type { Answer, Round, RoundItem } from './round';

/** Krippendorff's own cut-offs (Content Analysis, 2004, §11.4): rely on ≥ 0.800, tentative conclusions from 0.667. */
export const RELIABLE = 0.8;
export const TENTATIVE = 0.667;

export type Reading = 'good' | 'tentative' | 'poor' | 'undefined';

export function readAlpha(alpha: number | null): Reading {
  if (alpha === null) return 'undefined';
  if (alpha >= RELIABLE) return 'good';
  if (alpha >= TENTATIVE) return 'tentative';
  return 'poor';
}

export interface ValueAgreement {
  tag: string;
  name: string;
  alpha: number | null;
  reading: Reading;
  /** Reviewers who picked the value, summed over replies. */
  picks: number;
}

export interface ItemDisagreement {
  item: RoundItem;
  /** Per reviewer (in the round's order), their tags, or null when they gave no answer. */
  answers: { reviewerId: number; tags: string[] | null }[];
  /** How many values a random pair of answering reviewers differs on, on average. */
  disagreement: number;
}

export interface RoundResults {
  overall: { alpha: number | null; reading: Reading; pairable: number };
  perValue: ValueAgreement[];
  /** Most disagreement first; ties in the round's order. */
  items: ItemDisagreement[];
  /** Reviewers whose submitted answers are counted. */
  reviewers: number[];
}

/**
 * Agreement of a round (ADR 0045): for each value, α over the binary question "does the reply show
 * this value?" (one unit per reply, one coder per reviewer); overall, α over every (reply, value)
 * question pooled. Only submitted answers count; a reply a reviewer left unanswered is missing data.
 */
export function roundResults(round: Round, answers: readonly Answer[]): RoundResults {
  const submitted = round.reviewerIds
    .map((id) => answers.find((a) => a.reviewerId === id && a.roundId === round.id && a.submittedAt !== null))
    .filter((a): a is Answer => a !== undefined);
  const cell = (answer: Answer, item: RoundItem, tag: string): string | null => {
    const tags = answer.tags[item.key];
    return Array.isArray(tags) ? (tags.includes(tag) ? '1' : '0') : null;
  };
  const pooled: (string | null)[][] = [];
  const perValue = round.values.map((value) => {
    const data: ReliabilityData = round.items.map((item) => submitted.map((a) => cell(a, item, value.tag)));
    pooled.push(...data.map((unit) => [...unit]));
    const { alpha } = nominalAlpha(data);
    const picks = data.reduce((sum, unit) => sum + unit.filter((v) => v === '1').length, 0);
    return { tag: value.tag, name: value.name, alpha, reading: readAlpha(alpha), picks };
  });
  const overall = nominalAlpha(pooled);
  const items = round.items
    .map((item, index) => {
      const perReviewer = round.reviewerIds.map((reviewerId) => {
        const answer = submitted.find((a) => a.reviewerId === reviewerId);
        const tags = answer?.tags[item.key];
        return { reviewerId, tags: Array.isArray(tags) ? tags : null };
      });
      return {
        item,
        answers: perReviewer,
        disagreement: itemDisagreement(
          perReviewer,
          round.values.map((v) => v.tag),
        ),
        index,
      };
    })
    .sort((a, b) => b.disagreement - a.disagreement || a.index - b.index)
    .map(({ index: _index, ...rest }) => rest);
  return {
    overall: { alpha: overall.alpha, reading: readAlpha(overall.alpha), pairable: overall.pairable },
    perValue,
    items,
    reviewers: submitted.map((a) => a.reviewerId),
  };
}

function itemDisagreement(answers: readonly { tags: string[] | null }[], tags: readonly string[]): number {
  const given = answers.map((a) => a.tags).filter((t): t is string[] => t !== null);
  if (given.length < 2) return 0;
  let differing = 0;
  let pairs = 0;
  for (let i = 0; i < given.length; i++) {
    for (let j = i + 1; j < given.length; j++) {
      pairs += 1;
      for (const tag of tags) if ((given[i] as string[]).includes(tag) !== (given[j] as string[]).includes(tag)) differing += 1;
    }
  }
  return differing / pairs;
}

/** Agreement of closed rounds, oldest first: does the team converge? */
export function convergence(rounds: readonly { round: Round; results: RoundResults }[]) {
  return rounds
    .filter((r) => r.round.status === 'closed')
    .map((r) => ({ id: r.round.id, title: r.round.title, closedAt: r.round.closedAt ?? r.round.createdAt, alpha: r.results.overall.alpha }))
    .sort((a, b) => a.closedAt.localeCompare(b.closedAt));
}

/** The plain-words summary: which values reviewers agree on well, and which poorly. */
export function agreementSummary(results: RoundResults): { good: string[]; tentative: string[]; poor: string[] } {
  const names = (reading: Reading) => results.perValue.filter((v) => v.reading === reading).map((v) => v.name);
  return { good: names('good'), tentative: names('tentative'), poor: names('poor') };
}
