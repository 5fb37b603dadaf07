import { describe, expect, it } from 'vitest';
import { USAGE_FIELDS, ledgerFromRecords, ownCallsOn, usageFields, usageSlotId } from './usage-records';

const record = (userId: number, day: string, calls: unknown) => ({ user_id: String(userId), day, calls });

describe('model usage records (one slot per agent and weekday, ADR 0080)', () => {
  it('gives each agent seven slots, one per weekday, so an agent never has more than seven records', () => {
    const ids = ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06'].map((d) =>
      usageSlotId(7, d),
    );
    expect(new Set(ids).size).toBe(7);
    // A week later the same weekday reuses its slot (the old day is overwritten).
    expect(usageSlotId(7, '2026-12-08')).toBe(usageSlotId(7, '2026-12-01'));
    expect(usageSlotId(8, '2026-12-01')).not.toBe(usageSlotId(7, '2026-12-01'));
    expect(usageSlotId(7, '2026-12-01')).toBe('vc-usage-7-2');
  });

  it('writes the day, the agent and the count in the fields the object declares', () => {
    const fields = usageFields(7, '2026-12-01', 3);
    expect(fields).toEqual({ name: 'Model requests 2026-12-01 by 7', fields: { day: '2026-12-01', user_id: '7', calls: 3 } });
    expect(Object.keys(fields.fields).sort()).toEqual(USAGE_FIELDS.map((f) => f.key).sort());
  });

  it("adds every agent's count per day (the account's ledger), ignoring unreadable records", () => {
    const ledger = ledgerFromRecords([
      record(1, '2026-12-01', 3),
      record(2, '2026-12-01', '4'),
      record(1, '2026-11-30', 2),
      record(3, 'yesterday', 9),
      record(4, '2026-12-01', -1),
      record(5, '2026-12-01', 'many'),
      { day: '2026-12-01' },
    ]);
    expect(ledger).toEqual({ '2026-12-01': 7, '2026-11-30': 2 });
  });

  it("reads one agent's own count for a day (0 when their slot holds another week's day)", () => {
    const records = [record(1, '2026-12-01', 3), record(2, '2026-12-01', 4), record(1, '2026-11-24', 8)];
    expect(ownCallsOn(records, 1, '2026-12-01')).toBe(3);
    expect(ownCallsOn(records, 2, '2026-12-01')).toBe(4);
    expect(ownCallsOn(records, 3, '2026-12-01')).toBe(0);
  });
});
