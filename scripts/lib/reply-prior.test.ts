import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ReplyPrior } from '../../src/domain/suggest/reply-prior';
import { DEV_SETS, heldOutPrior, prepareSets, unseenSets } from './eval-core';
import { priorRows, trainPrior } from './reply-prior';

// Training on every labelled team takes a few seconds.
describe('the reply prior (ADR 0155)', { timeout: 120_000 }, () => {
  const rows = priorRows(prepareSets([...DEV_SETS, ...unseenSets()]));

  it('ships what `npm run build:prior` trains on every labelled team, so the asset can be rebuilt and checked', () => {
    const shipped = JSON.parse(readFileSync('src/domain/suggest/data/reply-prior.json', 'utf8')) as ReplyPrior;
    const trained = trainPrior(rows);
    expect(shipped.behaviours).toEqual(trained.behaviours);
    expect(shipped.alpha).toBeCloseTo(trained.alpha, 3);
    expect(Object.keys(shipped.stems).sort()).toEqual(Object.keys(trained.stems).sort());
    // Rounded to thousandths on any machine: a weight may land one unit apart.
    for (const [stem, row] of Object.entries(trained.stems))
      row.forEach((w, b) => expect(Math.abs(w - shipped.stems[stem]![b]!), stem).toBeLessThanOrEqual(1));
  });

  it('scores each labelled team with a prior trained without it', () => {
    const team = 'center';
    expect(rows.some((r) => r.team === team)).toBe(true);
    const without = trainPrior(rows.filter((r) => r.team !== team));
    expect(heldOutPrior(team)).toEqual(without);
    expect(without).not.toEqual(trainPrior(rows));
  });
});
