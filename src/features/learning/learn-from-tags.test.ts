import { describe, expect, it } from 'vitest';
import type { ExportRow } from '../../domain/export/rows';
import { LEARN_CAP, learnableRows } from './learn-from-tags';
import { taggedReply } from '../../../test/support/export-rows';

const row = (i: number, valueTag: string, counted: 0 | 1 = 1) =>
  taggedReply(1000 + i, 10_000 + i, valueTag, new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(), counted);

const tally = (rows: readonly ExportRow[]) => {
  const out: Record<string, number> = {};
  for (const r of rows) out[r.valueTag] = (out[r.valueTag] ?? 0) + 1;
  return out;
};

describe('which tagged replies a refresh reads (ADR 0149)', () => {
  it('reads every counted tag, oldest first, when they fit', () => {
    const rows = [row(3, 'b'), row(1, 'a'), row(2, 'a', 0), row(0, 'c')];
    expect(learnableRows(rows).map((r) => r.ticketId)).toEqual([1000, 1001, 1003]);
  });

  it('over the cap, shares it evenly across values, newest first within each, and keeps time order', () => {
    // 30 old tags of a rare value, then 1,000 newer tags of two busy ones.
    const rows = [
      ...Array.from({ length: 30 }, (_, i) => row(i, 'rare')),
      ...Array.from({ length: 1000 }, (_, i) => row(30 + i, i % 2 === 0 ? 'busy-a' : 'busy-b')),
    ];
    const chosen = learnableRows(rows);
    expect(chosen).toHaveLength(LEARN_CAP);
    expect(tally(chosen)).toEqual({ rare: 30, 'busy-a': 185, 'busy-b': 185 });
    // Within a value, the newest tags are the ones read.
    expect(Math.min(...chosen.filter((r) => r.valueTag === 'busy-a').map((r) => r.ticketId))).toBe(1000 + 30 + 2 * (500 - 185));
    const times = chosen.map((r) => r.taggedAt!);
    expect(times).toEqual([...times].sort());
  });

  it('with more values than the cap holds evenly, every value still gets its newest tags first', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => row(i, `v${i % 50}`));
    const counts = Object.values(tally(learnableRows(rows)));
    expect(counts).toHaveLength(50);
    expect(counts.every((n) => n === LEARN_CAP / 50)).toBe(true);
  });
});
