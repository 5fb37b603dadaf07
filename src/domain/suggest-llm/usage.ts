import { weekStart } from '../dashboard/iso-week';

/** Model calls per UTC day (YYYY-MM-DD → count). */
export type UsageLedger = Record<string, number>;

const KEEP_DAYS = 15;
const DAY_MS = 86_400_000;

export const dayOf = (now: Date): string => now.toISOString().slice(0, 10);

export function parseLedger(text: string | null): UsageLedger {
  try {
    const value: unknown = JSON.parse(text ?? '{}');
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    const ledger: UsageLedger = {};
    for (const [day, n] of Object.entries(value)) {
      if (/^\d{4}-\d{2}-\d{2}$/.test(day) && typeof n === 'number' && Number.isSafeInteger(n) && n > 0) ledger[day] = n;
    }
    return ledger;
  } catch {
    return {};
  }
}

export function callsOn(ledger: UsageLedger, day: string): number {
  return ledger[day] ?? 0;
}

/** A call may start when today's count is under the cap (0 means no cap). */
export function underCap(ledger: UsageLedger, now: Date, dailyCap: number): boolean {
  return dailyCap <= 0 || callsOn(ledger, dayOf(now)) < dailyCap;
}

/** Counts one call today (before it is sent: providers bill attempts) and forgets days older than two weeks. */
export function recordCall(ledger: UsageLedger, now: Date): UsageLedger {
  const today = dayOf(now);
  const oldest = dayOf(new Date(now.getTime() - KEEP_DAYS * DAY_MS));
  const kept = Object.fromEntries(Object.entries(ledger).filter(([day]) => day >= oldest));
  return { ...kept, [today]: callsOn(ledger, today) + 1 };
}

/** Calls made this ISO week (Monday to today, UTC). */
export function callsThisWeek(ledger: UsageLedger, now: Date): number {
  const monday = weekStart(now);
  const today = dayOf(now);
  return Object.entries(ledger).reduce((sum, [day, n]) => (day >= monday && day <= today ? sum + n : sum), 0);
}

/** Where the ledger is kept in the app's storage; the sidebar writes it, the leads page reads it. */
export const USAGE_STORAGE_KEY = 'llm-usage';
