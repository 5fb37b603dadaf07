export type PeriodKind = 'week' | 'month' | 'quarter';
export const PERIOD_KINDS = ['week', 'month', 'quarter'] as const;

export interface Period {
  kind: PeriodKind;
  /** First UTC day, YYYY-MM-DD (a Monday for weeks). */
  from: string;
  /** Last UTC day, inclusive. */
  to: string;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** The week (ISO, Monday first), month or quarter holding `at`, in UTC. */
export function periodOf(kind: PeriodKind, at: Date): Period {
  const y = at.getUTCFullYear();
  const m = at.getUTCMonth();
  if (kind === 'week') {
    const start = new Date(Date.UTC(y, m, at.getUTCDate() - ((at.getUTCDay() + 6) % 7)));
    return { kind, from: day(start), to: day(new Date(start.getTime() + 6 * 86_400_000)) };
  }
  const first = kind === 'month' ? m : m - (m % 3);
  const months = kind === 'month' ? 1 : 3;
  return { kind, from: day(new Date(Date.UTC(y, first, 1))), to: day(new Date(Date.UTC(y, first + months, 0))) };
}

/** The period before (-1) or after (+1) this one. */
export function shiftPeriod(period: Period, step: -1 | 1): Period {
  const from = new Date(`${period.from}T00:00:00Z`);
  if (step === -1) return periodOf(period.kind, new Date(from.getTime() - 86_400_000));
  return periodOf(period.kind, new Date(new Date(`${period.to}T00:00:00Z`).getTime() + 86_400_000));
}

export function inPeriod(period: Period, iso: string | null): boolean {
  if (iso === null) return false;
  const d = iso.slice(0, 10);
  return d >= period.from && d <= period.to;
}
