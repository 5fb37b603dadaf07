const DAY_MS = 86_400_000;

/** Monday (UTC) of the ISO week containing `date`, as YYYY-MM-DD. */
export function weekStart(date: Date): string {
  const day = (date.getUTCDay() + 6) % 7; // Monday = 0
  const monday = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) - day * DAY_MS;
  return new Date(monday).toISOString().slice(0, 10);
}

/** ISO 8601 week label `YYYY-Www`: the week belongs to the year of its Thursday. */
export function isoWeek(date: Date): string {
  const monday = Date.parse(`${weekStart(date)}T00:00:00Z`);
  const thursday = new Date(monday + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const firstThursday = Date.UTC(year, 0, 4);
  const firstMonday = Date.parse(`${weekStart(new Date(firstThursday))}T00:00:00Z`);
  const week = Math.round((monday - firstMonday) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Never more bars than this, whatever reaches the chart: 3 years of weeks and a bit. */
export const MAX_WEEKS = 160;

/**
 * Every week (Monday start) from the week of `from` to the week of `to`, inclusive; at most the last
 * MAX_WEEKS of them, and none for a date that is not one (the range is checked before, this is the floor).
 */
export function weeksBetween(from: string, to: string): { week: string; start: string }[] {
  const weeks: { week: string; start: string }[] = [];
  const fromMs = Date.parse(`${from}T00:00:00Z`);
  const toMs = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(fromMs) || Number.isNaN(toMs)) return weeks;
  const end = Date.parse(`${weekStart(new Date(toMs))}T00:00:00Z`);
  const first = Math.max(Date.parse(`${weekStart(new Date(fromMs))}T00:00:00Z`), end - (MAX_WEEKS - 1) * 7 * DAY_MS);
  for (let t = first; t <= end; t += 7 * DAY_MS) {
    weeks.push({ week: isoWeek(new Date(t)), start: new Date(t).toISOString().slice(0, 10) });
  }
  return weeks;
}
