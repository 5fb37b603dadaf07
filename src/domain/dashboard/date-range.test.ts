import { describe, expect, it } from 'vitest';
import { checkRange } from './date-range';
import { newestWindow } from './newest-window';

const today = new Date('2026-11-22T12:00:00Z');

describe('checkRange (issue 9, item 9)', () => {
  it('accepts a range of real days between 2000 and next year, at most three years long', () => {
    expect(checkRange('2026-10-26', '2026-11-22', today)).toEqual([]);
    expect(checkRange('2023-11-24', '2026-11-22', today)).toEqual([]);
  });

  it('places each problem on the field to fix', () => {
    expect(checkRange('0202-11-01', '2026-11-22', today)).toEqual([{ field: 'from', code: 'year' }]);
    expect(checkRange('0002-11-01', '2026-11-22', today)).toEqual([{ field: 'from', code: 'year' }]);
    expect(checkRange('2026-11-01', '2028-01-01', today)).toEqual([{ field: 'to', code: 'year' }]);
    expect(checkRange('2026-02-31', '', today)).toEqual([
      { field: 'from', code: 'invalid' },
      { field: 'to', code: 'invalid' },
    ]);
    expect(checkRange('2026-11-23', '2026-11-22', today)).toEqual([{ field: 'from', code: 'order' }]);
    expect(checkRange('2020-01-01', '2026-11-22', today)).toEqual([{ field: 'from', code: 'too-long' }]);
  });
});

describe('newestWindow (issue 9, item 1)', () => {
  /** Tagged tickets, each only its `updated_at`; the count is what Search count would answer. */
  const world = (times: readonly string[]) => {
    const calls: string[] = [];
    return {
      calls,
      count: async (since: string) => (calls.push(since), times.filter((t) => Date.parse(t) >= Date.parse(since)).length),
    };
  };

  it('reads everything with one count when the range fits under the cap', async () => {
    const w = world(['2026-11-02T00:00:00Z', '2026-11-20T00:00:00Z']);
    expect(await newestWindow({ from: '2026-11-01', to: '2026-11-22', cap: 2, count: w.count })).toEqual({
      since: null,
      total: 2,
      kept: 2,
      overfull: false,
    });
    expect(w.calls).toEqual(['2026-11-01T00:00:00Z']);
  });

  it('keeps the most recent whole weeks that fit, and says from when', async () => {
    const times = [
      ...Array<string>(5).fill('2026-11-03T10:00:00Z'), // week of 2 Nov
      ...Array<string>(4).fill('2026-11-10T10:00:00Z'), // week of 9 Nov
      ...Array<string>(3).fill('2026-11-17T10:00:00Z'), // week of 16 Nov
    ];
    const result = await newestWindow({ from: '2026-11-01', to: '2026-11-22', cap: 8, count: world(times).count });
    expect(result).toEqual({ since: '2026-11-09T00:00:00Z', total: 12, kept: 7, overfull: false });
  });

  it('narrows to days, then hours, when the last week alone is over the cap', async () => {
    const times = [
      ...Array<string>(5).fill('2026-11-17T08:30:00Z'),
      ...Array<string>(5).fill('2026-11-17T14:30:00Z'),
      '2026-11-20T09:00:00Z',
    ];
    // From 17 Nov 09:00: the five of 14:30 and the one of the 20th.
    const w = world(times);
    const result = await newestWindow({ from: '2026-11-01', to: '2026-11-22', cap: 6, count: w.count });
    expect(result).toEqual({ since: '2026-11-17T09:00:00Z', total: 11, kept: 6, overfull: false });
    expect(w.calls.length).toBeLessThan(16);
  });
});
