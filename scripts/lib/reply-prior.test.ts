import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ReplyPrior } from '../../src/domain/suggest/reply-prior';
import { heldOutPrior, labelledPriorRows } from './eval-core';
import { priorOptionsFor, trainPrior, type PriorMode } from './reply-prior';

// Training on every labelled team takes a few seconds.
describe('the reply and situation priors (ADR 0155)', { timeout: 120_000 }, () => {
  // Each mode's rows are read once per process (the eval harness's own, which its held-out priors learn from).
  const rowsOf = (mode: PriorMode) => labelledPriorRows(mode);
  // And each mode's prior on every team is trained once for the file (the longest step here).
  const fullByMode = new Map<PriorMode, ReplyPrior>();
  const fullOf = (mode: PriorMode) => {
    if (!fullByMode.has(mode)) fullByMode.set(mode, trainPrior(rowsOf(mode), priorOptionsFor(mode)));
    return fullByMode.get(mode)!;
  };

  it.each([
    ['reply', 'src/domain/suggest/data/reply-prior.json'],
    ['situation', 'src/domain/suggest/data/situation-prior.json'],
  ] as const)(
    'ships the %s prior `npm run build:prior` trains on every labelled team, so the asset can be rebuilt and checked',
    (mode, file) => {
      const shipped = JSON.parse(readFileSync(file, 'utf8')) as ReplyPrior;
      const trained = fullOf(mode);
      expect(shipped.behaviours).toEqual(trained.behaviours);
      expect(shipped.alpha).toBeCloseTo(trained.alpha, 3);
      expect(shipped.unit).toBe(trained.unit);
      expect(Object.keys(shipped.stems).sort()).toEqual(Object.keys(trained.stems).sort());
      // Rounded to hundredths on any machine: a weight may land one step apart.
      for (const [stem, row] of Object.entries(trained.stems))
        row.forEach((w, b) => expect(Math.abs(w - shipped.stems[stem]![b]!), stem).toBeLessThanOrEqual(1));
      // The values' side (ADR 0164; the situation prior's since ADR 0166, from stems more teams share).
      expect(Object.keys(shipped.values ?? {}).sort()).toEqual(Object.keys(trained.values ?? {}).sort());
      expect(shipped.valueUnit).toBe(trained.valueUnit);
      // The shortest length a text is read at (ADR 0169), from the training texts.
      expect(shipped.minTerms).toBe(trained.minTerms);
      expect(Object.keys(shipped.values ?? {}).length).toBeGreaterThan(mode === 'reply' ? 1000 : 100);
      for (const [stem, row] of Object.entries(trained.values ?? {}))
        row.forEach((w, b) => expect(Math.abs(w - shipped.values![stem]![b]!), stem).toBeLessThanOrEqual(1));
    },
  );

  it('scores each labelled team with priors trained without it', () => {
    const team = 'center';
    const rows = rowsOf('reply');
    expect(rows.some((r) => r.team === team)).toBe(true);
    const without = trainPrior(rows.filter((r) => r.team !== team));
    expect(heldOutPrior(team)).toEqual(without);
    expect(without).not.toEqual(fullOf('reply'));
    const situationRows = rowsOf('situation');
    expect(heldOutPrior(team, 'situation')).toEqual(
      trainPrior(
        situationRows.filter((r) => r.team !== team),
        priorOptionsFor('situation'),
      ),
    );
  });
});
