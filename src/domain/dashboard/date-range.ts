/**
 * The date range a lead may ask for. A date field holds half-typed years while someone types
 * (`0202-11-01`); such a range must never reach the charts (it once built 95,177 week bars).
 */
export const MIN_YEAR = 2000;
/** Three years of weekly buckets at most (157 bars): enough for trends, small enough to draw. */
export const MAX_RANGE_DAYS = 3 * 366;

export type RangeProblemCode = 'invalid' | 'year' | 'order' | 'too-long';

export interface RangeProblem {
  field: 'from' | 'to';
  code: RangeProblemCode;
}

const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayMs(text: string): number | null {
  const match = DAY.exec(text);
  if (!match) return null;
  const ms = Date.parse(`${text}T00:00:00Z`);
  // Date.parse rolls 2026-02-31 over; a real day prints back the same.
  return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== text ? null : ms;
}

/** Problems with a range, each placed on the field to fix; none means the range may be loaded. */
export function checkRange(from: string, to: string, today: Date): RangeProblem[] {
  const maxYear = today.getUTCFullYear() + 1;
  const problems: RangeProblem[] = [];
  const days = { from: dayMs(from), to: dayMs(to) };
  for (const field of ['from', 'to'] as const) {
    const ms = days[field];
    if (ms === null) problems.push({ field, code: 'invalid' });
    else {
      const year = new Date(ms).getUTCFullYear();
      if (year < MIN_YEAR || year > maxYear) problems.push({ field, code: 'year' });
    }
  }
  if (problems.length > 0 || days.from === null || days.to === null) return problems;
  if (days.from > days.to) return [{ field: 'from', code: 'order' }];
  if ((days.to - days.from) / DAY_MS + 1 > MAX_RANGE_DAYS) return [{ field: 'from', code: 'too-long' }];
  return [];
}
