import { describe, expect, it } from 'vitest';
import { callsThisWeek, parseLedger, recordCall, underCap } from './usage';

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('usage ledger', () => {
  it('counts calls per day against the cap (0: no cap)', () => {
    let ledger = parseLedger(null);
    const now = at('2026-12-01');
    for (let i = 0; i < 3; i++) ledger = recordCall(ledger, now);
    expect(underCap(ledger, now, 3)).toBe(false);
    expect(underCap(ledger, now, 4)).toBe(true);
    expect(underCap(ledger, now, 0)).toBe(true);
    expect(underCap(ledger, at('2026-12-02'), 3)).toBe(true);
  });

  it('adds up the ISO week (Monday to today) and forgets days older than two weeks', () => {
    let ledger = parseLedger('{"2026-11-29": 5, "2026-11-30": 2, "2026-12-01": 1, "2026-10-01": 9, "bad": 3, "2026-12-02": -1}');
    expect(ledger).toEqual({ '2026-11-29': 5, '2026-11-30': 2, '2026-12-01': 1, '2026-10-01': 9 });
    expect(callsThisWeek(ledger, at('2026-12-01'))).toBe(3);
    ledger = recordCall(ledger, at('2026-12-01'));
    expect(ledger['2026-10-01']).toBeUndefined();
    expect(callsThisWeek(ledger, at('2026-12-01'))).toBe(4);
  });

  it('reads a corrupted ledger as empty', () => {
    expect(parseLedger('not json')).toEqual({});
    expect(parseLedger('[1,2]')).toEqual({});
  });
});
