import { describe, expect, it } from 'vitest';
import { callsThisWeek, underCap } from './usage';

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('usage ledger', () => {
  it('counts calls per day against the cap (0: no cap)', () => {
    const ledger = { '2026-12-01': 3 };
    expect(underCap(ledger, at('2026-12-01'), 3)).toBe(false);
    expect(underCap(ledger, at('2026-12-01'), 4)).toBe(true);
    expect(underCap(ledger, at('2026-12-01'), 0)).toBe(true);
    expect(underCap(ledger, at('2026-12-02'), 3)).toBe(true);
  });

  it('adds up the ISO week (Monday to today)', () => {
    const ledger = { '2026-11-29': 5, '2026-11-30': 2, '2026-12-01': 1, '2026-10-01': 9, '2026-12-02': 4 };
    expect(callsThisWeek(ledger, at('2026-12-01'))).toBe(3);
    expect(callsThisWeek(ledger, at('2026-12-02'))).toBe(7);
  });
});
