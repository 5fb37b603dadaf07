import { weekStart } from '../dashboard/iso-week';

/** Model calls per UTC day (YYYY-MM-DD → count), the whole account's (see usage-records.ts, ADR 0080). */
export type UsageLedger = Record<string, number>;

export const dayOf = (now: Date): string => now.toISOString().slice(0, 10);

export function callsOn(ledger: UsageLedger, day: string): number {
  return ledger[day] ?? 0;
}

/** A call may start when today's count is under the cap (0 means no cap). */
export function underCap(ledger: UsageLedger, now: Date, dailyCap: number): boolean {
  return dailyCap <= 0 || callsOn(ledger, dayOf(now)) < dailyCap;
}

/** Calls made this ISO week (Monday to today, UTC). */
export function callsThisWeek(ledger: UsageLedger, now: Date): number {
  const monday = weekStart(now);
  const today = dayOf(now);
  return Object.entries(ledger).reduce((sum, [day, n]) => (day >= monday && day <= today ? sum + n : sum), 0);
}
