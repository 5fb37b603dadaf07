/** What the lead is looking at; dates are inclusive UTC calendar days (YYYY-MM-DD). */
export interface DashboardFilters {
  from: string;
  to: string;
  valueTags: string[];
  agentIds: number[];
  groupIds: number[];
}

const DAY = 24 * 60 * 60 * 1000;

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The last four full weeks up to today: long enough for weekly badges to mean something. */
export function defaultFilters(now: Date): DashboardFilters {
  return { from: isoDay(new Date(now.getTime() - 27 * DAY)), to: isoDay(now), valueTags: [], agentIds: [], groupIds: [] };
}

export type RangePreset = 'this-week' | 'last-4-weeks' | 'this-quarter';
export const RANGE_PRESETS: readonly RangePreset[] = ['this-week', 'last-4-weeks', 'this-quarter'];

/** The dates of a preset, ending today (UTC days; weeks start on Monday, quarters on Jan, Apr, Jul, Oct 1). */
export function presetRange(preset: RangePreset, now: Date): { from: string; to: string } {
  const to = isoDay(now);
  if (preset === 'last-4-weeks') return { from: isoDay(new Date(now.getTime() - 27 * DAY)), to };
  if (preset === 'this-week') return { from: isoDay(new Date(now.getTime() - ((now.getUTCDay() + 6) % 7) * DAY)), to };
  const quarterMonth = Math.floor(now.getUTCMonth() / 3) * 3;
  return { from: isoDay(new Date(Date.UTC(now.getUTCFullYear(), quarterMonth, 1))), to };
}

/** The preset these dates are, or 'custom'. */
export function presetOf(range: { from: string; to: string }, now: Date): RangePreset | 'custom' {
  return (
    RANGE_PRESETS.find((p) => {
      const r = presetRange(p, now);
      return r.from === range.from && r.to === range.to;
    }) ?? 'custom'
  );
}
