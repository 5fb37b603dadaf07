import { describe, expect, it } from 'vitest';
import { behaviourFrequency, fewShot, folds, prepare, situationOnly, stratifiedFolds } from './eval-core';
import { readCases, readCatalogues } from './eval-data';
import { calibrateBands } from './eval-loto';
import { pairedChange, rankCase, rebanded, signTest, type Outcome } from './eval-core';
import { DEFAULT_PARAMS } from '../../src/domain/suggest/params';
import { priorOptionsFor, priorRows, trainPrior } from './reply-prior';

const DEV = '../shared/eval/dev';
const dev = prepare(
  readCatalogues(`${DEV}/catalogues.json`),
  readCases(`${DEV}/cases.jsonl`, () => undefined),
);
// These tests check the harness's shape, not its figures: a prior trained on these sixty cases themselves (in sample,
// a fraction of a second) stands in for the held-out ones, which would train on every labelled team (tens of seconds).
const prior = trainPrior(priorRows(dev));
const situationPrior = trainPrior(priorRows(dev, undefined, 'situation'), priorOptionsFor('situation'));
const cases = dev.map((c) => ({ ...c, prior, situationPrior }));

describe('eval harness', () => {
  it('splits a team into disjoint folds that cover it', () => {
    const parts = folds(cases, 4);
    expect(
      parts
        .flat()
        .map((c) => c.id)
        .sort(),
    ).toEqual(cases.map((c) => c.id).sort());
    expect(new Set(parts.flat().map((c) => c.id)).size).toBe(cases.length);
  });

  it('few-shot folds give every fold its share of each value, even when the file cycles through the values', () => {
    // dev2 lists cases cycling through the values; with 4 values, every 4th case is one value only.
    const values = ['a', 'b', 'c', 'd'];
    const cycling = Array.from({ length: 32 }, (_, i) => ({ ...cases[0]!, id: `c${i}`, expected: values[i % 4]! }));
    expect(folds(cycling, 4)[0]!.every((c) => c.expected === 'a')).toBe(true);
    const parts = stratifiedFolds(cycling, 4);
    for (const part of parts) expect(new Set(part.map((c) => c.expected))).toEqual(new Set(values));
    expect(
      parts
        .flat()
        .map((c) => c.id)
        .sort(),
    ).toEqual(cycling.map((c) => c.id).sort());
  });

  it('situation mode keeps only the customer messages, and the labels', () => {
    const situation = situationOnly(cases);
    expect(situation.every((c) => c.ticket.comments.every((m) => m.authorRole === 'end-user'))).toBe(true);
    expect(situation.map((c) => c.expected)).toEqual(cases.map((c) => c.expected));
  });

  it('few-shot ranks every case exactly once', () => {
    const outcomes = fewShot(cases);
    expect(outcomes.map((o) => o.case.id).sort()).toEqual(cases.map((c) => c.id).sort());
  });

  it('calibrates the strong band to the precision asked for on the cases it sees', () => {
    const outcomes = cases.map((c) => rankCase(c));
    const p = calibrateBands(outcomes, DEFAULT_PARAMS, 0.8);
    const strong = outcomes.map((o) => rankCase(o.case, p)).filter((o) => o.band === 'strong');
    if (strong.length > 0) expect(strong.filter((o) => o.lenient).length / strong.length).toBeGreaterThanOrEqual(0.8);
    expect(Object.values(behaviourFrequency(cases)).every((f) => f !== undefined && f >= 0 && f <= 1)).toBe(true);
  });

  it('does not let one team’s many sure tickets hide a team where the strong band is often wrong (ADR 0110)', () => {
    // Team "easy": 40 tickets with a big lead, all right. Team "hard": 10 with a medium lead, half right; 10 with a big lead, all right.
    const outcome = (team: string, lead: number, right: boolean, i: number): Outcome => ({
      case: { ...cases[0]!, id: `${team}${i}`, team },
      ranked: [],
      band: 'moderate',
      declared: false,
      top: 1,
      second: 1 - lead,
      spread: 1,
      totals: [1, 1 - lead],
      informed: false,
      situation: false,
      reasons: 1,
      strict: right,
      lenient: right,
      top3: true,
    });
    const outcomes = [
      ...Array.from({ length: 40 }, (_, i) => outcome('easy', 0.5, true, i)),
      ...Array.from({ length: 10 }, (_, i) => outcome('hard', 0.15, i % 2 === 0, i)),
      ...Array.from({ length: 10 }, (_, i) => outcome('hard', 0.5, true, 10 + i)),
    ];
    // Pooled, a lead of 0.15 is right 55 times in 60 (91.7%); in team "hard" only 15 in 20 (75%): mean over teams 87.5% < 88%.
    const p = calibrateBands(outcomes, DEFAULT_PARAMS, 0.88);
    expect(p.strongMargin).toBeGreaterThan(0.15);
    expect(p.strongMargin).toBeLessThanOrEqual(0.5);
  });

  it('calibrates the cut-offs before a reply on situation runs only, leaving the others as they were (ADR 0121)', () => {
    const outcome = (lead: number, right: boolean, i: number): Outcome => ({
      case: { ...cases[0]!, id: `s${i}`, team: 't' },
      ranked: [],
      band: 'moderate',
      declared: false,
      top: 1,
      second: 1 - lead,
      spread: 1,
      totals: [1, 1 - lead],
      informed: false,
      situation: true,
      reasons: 1,
      strict: right,
      lenient: right,
      top3: true,
    });
    // Before a reply, even a big lead is right only 3 times in 5: never "Likely". A small lead is mostly wrong, yet it
    // stays "Possible": before a reply almost every lead is (ADR 0121).
    const outcomes = [
      ...Array.from({ length: 20 }, (_, i) => outcome(0.5, i % 5 < 3, i)),
      ...Array.from({ length: 20 }, (_, i) => outcome(0.05, i % 5 < 1, 20 + i)),
    ];
    const p = calibrateBands(outcomes, DEFAULT_PARAMS, 0.9, 'situation');
    expect(p.situationStrongMargin).toBe(1);
    expect(p.situationModerateMargin).toBe(0);
    expect([p.strongMargin, p.profileStrongMargin, p.moderateMargin]).toEqual([
      DEFAULT_PARAMS.strongMargin,
      DEFAULT_PARAMS.profileStrongMargin,
      DEFAULT_PARAMS.moderateMargin,
    ]);
    expect(rebanded(outcomes, p).filter((o) => o.band === 'strong')).toEqual([]);
  });
});

describe('paired comparison of two runs', () => {
  it('counts tickets gained and lost by case id, and a sign test that only an uneven split passes', () => {
    const before = cases.slice(0, 12).map((c) => rankCase(c));
    const flipped = before.map((o, i) => (i < 9 ? { ...o, strict: !o.strict } : o));
    const change = pairedChange(before, flipped);
    expect(change.gained + change.lost).toBe(9);
    expect(change.gained).toBe(before.slice(0, 9).filter((o) => !o.strict).length);
    expect(pairedChange(before, before)).toEqual({ gained: 0, lost: 0, p: 1 });
  });

  it('gives the exact two-sided sign test', () => {
    expect(signTest(0, 0)).toBe(1);
    expect(signTest(3, 3)).toBe(1);
    // 9 : 1 → 2 × (1 + 10) / 1024
    expect(signTest(9, 1)).toBeCloseTo(22 / 1024, 10);
    expect(signTest(1, 9)).toBeCloseTo(22 / 1024, 10);
    expect(signTest(12, 8)).toBeGreaterThan(0.4);
  });
});
