import { weekStart } from './iso-week';

/**
 * Search Export returns tickets oldest-created first and cannot sort, so a cap applied while reading
 * keeps the oldest tickets. Instead we look for the latest lower bound `since` on `updated` whose
 * tickets fit under the cap, with search counts (one request each, no tickets transferred), and read
 * only those. Every tag at or after `since` is then on a ticket we read (a tag moves its ticket's
 * `updated` to at least the tag's time), so the figures from `since` on are complete, and the page
 * names what is missing: the tags before it.
 */
export interface NewestWindow {
  /** ISO instant the figures start at; null when the whole range fits under the cap. */
  since: string | null;
  /** Tagged tickets updated in the range (from `from` on). */
  total: number;
  /** Tagged tickets updated from `since` on: what is read. */
  kept: number;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

const instant = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** Candidate bounds after `startMs` up to `endMs` (exclusive), every `stepMs` from `firstMs`. */
function steps(firstMs: number, startMs: number, endMs: number, stepMs: number): number[] {
  const out: number[] = [];
  for (let t = firstMs; t < endMs; t += stepMs) if (t > startMs) out.push(t);
  return out;
}

/** Smallest index whose count fits (counts only shrink as the bound moves later); -1 if none does. */
async function firstFitting(candidates: readonly number[], count: (ms: number) => Promise<number>, cap: number) {
  let lo = 0;
  let hi = candidates.length;
  let fits: { index: number; count: number } | null = null;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const n = await count(candidates[mid]!);
    if (n <= cap) {
      fits = { index: mid, count: n };
      hi = mid;
    } else lo = mid + 1;
  }
  return fits;
}

export interface NewestWindowInput {
  /** Inclusive UTC days. */
  from: string;
  to: string;
  cap: number;
  /** How many tagged tickets were updated at or after an ISO instant. */
  count(since: string): Promise<number>;
}

/**
 * Whole weeks when one fits (so weekly bars stay complete); otherwise the latest hour that fits,
 * found through days then hours: at most ~8 + 3 + 5 counts. If even the last hour holds more than
 * the cap, that hour is the bound, and the caller reads at most the cap of it and says so.
 */
export async function newestWindow(input: NewestWindowInput): Promise<NewestWindow & { overfull: boolean }> {
  const fromMs = Date.parse(`${input.from}T00:00:00Z`);
  const endMs = Date.parse(`${input.to}T00:00:00Z`) + DAY_MS;
  const counts = new Map<number, number>();
  const count = async (ms: number) => {
    const known = counts.get(ms);
    if (known !== undefined) return known;
    const n = await input.count(instant(ms));
    counts.set(ms, n);
    return n;
  };
  const total = await count(fromMs);
  if (total <= input.cap) return { since: null, total, kept: total, overfull: false };

  const mondays = steps(Date.parse(`${weekStart(new Date(fromMs))}T00:00:00Z`), fromMs, endMs, 7 * DAY_MS);
  const week = await firstFitting(mondays, count, input.cap);
  if (week) return { since: instant(mondays[week.index]!), total, kept: week.count, overfull: false };
  // Even the last week is over the cap: the first day that fits, then the first hour before it that does.
  let lowerMs = mondays.at(-1) ?? fromMs; // a bound known not to fit
  const days = steps(lowerMs, lowerMs, endMs, DAY_MS);
  const day = await firstFitting(days, count, input.cap);
  const dayEnd = day ? days[day.index]! : endMs;
  if (day && day.index > 0) lowerMs = days[day.index - 1]!;
  else if (!day && days.length > 0) lowerMs = days.at(-1)!;
  const hours = [...steps(lowerMs, lowerMs, dayEnd, HOUR_MS), ...(day ? [dayEnd] : [])];
  const hour = await firstFitting(hours, count, input.cap);
  if (hour) return { since: instant(hours[hour.index]!), total, kept: hour.count, overfull: false };
  if (hours.length > 0) lowerMs = hours.at(-1)!;
  return { since: instant(lowerMs), total, kept: input.cap, overfull: true };
}
