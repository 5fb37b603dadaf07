import type { UsageLedger } from './usage';

/**
 * The account's count of model requests, shared by every agent (ADR 0080): one custom object record
 * per agent and weekday (`vc-usage-<user id>-<weekday>`), holding that day's date and the agent's
 * count. Each agent writes only their own slots, so two agents never overwrite each other's count;
 * an agent has at most seven records, overwritten a week later.
 */
export const USAGE_OBJECT = 'vc_model_usage';

export const USAGE_FIELDS = [
  { key: 'day', type: 'text', title: 'Day (UTC, YYYY-MM-DD)' },
  { key: 'user_id', type: 'text', title: 'Agent (user id)' },
  { key: 'calls', type: 'integer', title: 'Model requests' },
] as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** 0 = Sunday … 6 = Saturday, of a UTC day. */
const weekdayOf = (day: string): number => new Date(`${day}T00:00:00Z`).getUTCDay();

export const usageSlotId = (userId: number, day: string): string => `vc-usage-${userId}-${weekdayOf(day)}`;

export function usageFields(userId: number, day: string, calls: number) {
  return { name: `Model requests ${day} by ${userId}`, fields: { day, user_id: String(userId), calls } };
}

function readCount(raw: unknown): number | null {
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN;
  return Number.isSafeInteger(n) && n >= 0 ? n : null;
}

interface UsageRecordFields {
  day?: unknown;
  user_id?: unknown;
  calls?: unknown;
}

function read(fields: UsageRecordFields): { day: string; userId: string; calls: number } | null {
  const calls = readCount(fields.calls);
  if (typeof fields.day !== 'string' || !DAY.test(fields.day) || calls === null) return null;
  const userId = typeof fields.user_id === 'string' || typeof fields.user_id === 'number' ? String(fields.user_id) : '';
  return { day: fields.day, userId, calls };
}

/** Every agent's count added up per day. */
export function ledgerFromRecords(records: UsageRecordFields[]): UsageLedger {
  const ledger: UsageLedger = {};
  for (const fields of records) {
    const slot = read(fields);
    if (slot && slot.calls > 0) ledger[slot.day] = (ledger[slot.day] ?? 0) + slot.calls;
  }
  return ledger;
}

/** The count in this agent's slot for that day (0 when the slot still holds an older week). */
export function ownCallsOn(records: UsageRecordFields[], userId: number, day: string): number {
  return records.map(read).find((slot) => slot?.day === day && slot.userId === String(userId))?.calls ?? 0;
}
