export interface SatisfactionCounts {
  good: number;
  bad: number;
  offered: number;
  unoffered: number;
  total: number;
  /** good / (good + bad); null when nobody rated. */
  goodRate: number | null;
}

export function satisfactionCounts(scores: readonly (string | null | undefined)[]): SatisfactionCounts {
  const counts = { good: 0, bad: 0, offered: 0, unoffered: 0 };
  for (const score of scores) {
    if (score === 'good' || score === 'bad' || score === 'offered') counts[score]++;
    else counts.unoffered++;
  }
  return withRate({ ...counts, total: scores.length });
}

/**
 * A good rate is shown only from this many ratings: "Good rate 0%" from one rating said nothing
 * (below it the page gives the counts and says why there is no rate).
 */
export const MIN_RATINGS = 10;

/** Whether the rate of these counts may be shown. */
export const rateShown = (c: Pick<SatisfactionCounts, 'good' | 'bad'>): boolean => c.good + c.bad >= MIN_RATINGS;

export function withRate(counts: Omit<SatisfactionCounts, 'goodRate'>): SatisfactionCounts {
  const rated = counts.good + counts.bad;
  return { ...counts, goodRate: rated === 0 ? null : counts.good / rated };
}

/** Satisfaction of tagged tickets against all tickets in the range: does living the values show? */
export function outcomes(tagged: readonly { satisfaction: string | null }[], all: Omit<SatisfactionCounts, 'goodRate'>) {
  return { tagged: satisfactionCounts(tagged.map((t) => t.satisfaction)), all: withRate(all) };
}
