import { describe, expect, it } from 'vitest';
import { defaultFilters, presetOf, presetRange } from './filters';

describe('range presets', () => {
  const sunday = new Date('2026-11-22T12:00:00Z');
  it('this week from Monday, the last four weeks, this quarter from its first day', () => {
    expect(presetRange('this-week', sunday)).toEqual({ from: '2026-11-16', to: '2026-11-22' });
    expect(presetRange('this-week', new Date('2026-11-16T01:00:00Z'))).toEqual({ from: '2026-11-16', to: '2026-11-16' });
    expect(presetRange('last-4-weeks', sunday)).toEqual({ from: '2026-10-26', to: '2026-11-22' });
    expect(presetRange('this-quarter', sunday)).toEqual({ from: '2026-10-01', to: '2026-11-22' });
  });
  it('names the preset the dates are, else custom; the page opens on the last four weeks', () => {
    expect(presetOf(defaultFilters(sunday), sunday)).toBe('last-4-weeks');
    expect(presetOf({ from: '2026-11-01', to: '2026-11-22' }, sunday)).toBe('custom');
  });
});
