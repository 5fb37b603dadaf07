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
