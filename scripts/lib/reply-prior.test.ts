import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ReplyPrior } from '../../src/domain/suggest/reply-prior';
import { heldOutPrior, labelledPriorRows } from './eval-core';
import { PRIOR_OPTIONS, priorOptionsFor, priorVocabulary, trainPrior, type PriorMode } from './reply-prior';

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
      // What a typical training text reads like, per catalogue language and over all (ADR 0201).
      expect(Object.keys(shipped.typical ?? {})).toEqual(Object.keys(trained.typical ?? {}));
      expect(Object.keys(trained.typical ?? {})).toContain('*');
      for (const [language, typical] of Object.entries(trained.typical ?? {}))
        for (const part of ['shown', 'evidence'] as const)
          typical[part].forEach((x, b) =>
            expect(Math.abs(x - shipped.typical![language]![part][b]!), `${language} ${part}`).toBeLessThan(0.01),
          );
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

describe('which stems a prior learns (ADR 0156, 0173)', () => {
  // 20 English teams and 5 Dutch ones: each team's rows use its language's common words and one word of its own.
  const rows = [
    ...Array.from({ length: 20 }, (_, i) => ({
      team: `en${i}`,
      language: 'en',
      stems: ['refund', `product${i}`, ...(i < 8 ? ['apolog'] : [])],
    })),
    ...Array.from({ length: 5 }, (_, i) => ({
      team: `nl${i}`,
      language: 'nl',
      stems: ['terugbetal', `merk${i}`, ...(i < 2 ? ['excus'] : [])],
    })),
  ];
  const options = { ...PRIOR_OPTIONS, minTeams: 15, languageShare: 0.4, languageMinTeams: 4 };

  it('keeps a stem that enough teams use, whatever their language', () => {
    expect(priorVocabulary(rows, options)).toContain('refund');
  });

  it("keeps a stem that a good share of one language's teams use, though fewer than `minTeams` teams write that language", () => {
    expect(priorVocabulary(rows, options)).toContain('terugbetal');
    // Without the language's share, Dutch could never reach 15 teams.
    expect(priorVocabulary(rows, { ...options, languageShare: 0 })).not.toContain('terugbetal');
  });

  it("leaves out a stem too few of its language's teams use, and every team's own words", () => {
    const vocabulary = priorVocabulary(rows, options);
    // 8 of 20 English teams reach the share; 2 of 5 Dutch teams reach it too, but are fewer than `languageMinTeams`.
    expect(vocabulary).toContain('apolog');
    expect(vocabulary).not.toContain('excus');
    expect(vocabulary.filter((s) => s.startsWith('product') || s.startsWith('merk'))).toEqual([]);
  });
});
