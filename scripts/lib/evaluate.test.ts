import { describe, expect, it } from 'vitest';
import { readCases, readCatalogues } from './eval-data';
import {
  BEHAVIOURS_ONLY,
  TRANSLATIONS,
  figures,
  meanOverTeams,
  paraphrasedDev,
  prepare,
  prepareSets,
  rankCase,
  rewordedReplies,
  translatedDev,
  unevenTags,
  holdOutTogether,
} from './eval-core';
import { evaluate } from './evaluate';

const DEV = '../shared/eval/dev';
const cases = readCases(`${DEV}/cases.jsonl`, () => undefined);

// Floors a little below what was measured with the defaults. They were 78/85/93 when the engine's
// lexicons were written with these 60 tickets in view; the behaviour model that replaced them is tuned
// leave-one-team-out over six teams (npm run --silent eval:loto), where these two teams held out score
// 54/66/83 (center) and 56/64/84 (care). The floors follow that honest figure, not the old fit.
// Each test ranks 180 or more tickets with held-out priors, which the first trains (tens of seconds under load): since
// ADR 0188 one prior per mode trained on every labelled team but the six dev teams (before, each team's group of ten,
// shared with the unseen pool's floors when both were in this file).
holdOutTogether(prepareSets().map((c) => c.team));
describe('suggestion accuracy (regression floors, a little below what was measured)', { timeout: 120_000 }, () => {
  it('on the dev set', () => {
    const report = evaluate(readCatalogues(`${DEV}/catalogues.json`), cases);
    expect(report.cases).toBe(60);
    expect(report.strict / report.cases).toBeGreaterThanOrEqual(0.52);
    expect(report.lenient / report.cases).toBeGreaterThanOrEqual(0.62);
    expect(report.top3 / report.cases).toBeGreaterThanOrEqual(0.8);
    // "Likely" must mean likely: the strong band is right (lenient) at least three times in four here.
    expect(report.bands.strong.lenient / Math.max(1, report.bands.strong.n)).toBeGreaterThanOrEqual(0.75);
  });

  it('on the same tickets with the catalogues rewritten in other words (a held-out wording check)', () => {
    const { catalogues, cases: relabelled } = paraphrasedDev();
    const report = evaluate(catalogues, relabelled);
    expect(report.cases).toBe(60);
    expect(report.strict / report.cases).toBeGreaterThanOrEqual(0.4);
    expect(report.lenient / report.cases).toBeGreaterThanOrEqual(0.58);
    expect(report.top3 / report.cases).toBeGreaterThanOrEqual(0.73);
  });

  it('on all 180 dev tickets with the catalogues translated by independent translators (a held-out language check, ADR 0141)', () => {
    // The replies stay in their language, so only behaviours are read (shared words mean nothing across languages). The
    // originals read this way score 61.7% strict; before ADR 0141 the fifteen translations averaged 44.2% (Japanese 20%:
    // no Japanese describing word at all), after it 53.9%.
    const strict = TRANSLATIONS.map((name) => {
      const { catalogues, cases: relabelled } = translatedDev(name);
      const f = figures(prepare(catalogues, relabelled).map((c) => rankCase(c, BEHAVIOURS_ONLY)));
      expect([name, f.n]).toEqual([name, 180]);
      return f.strict / f.n;
    });
    for (const [i, s] of strict.entries()) expect([TRANSLATIONS[i], s >= 0.47]).toEqual([TRANSLATIONS[i], true]);
    expect(strict.reduce((a, b) => a + b, 0) / strict.length).toBeGreaterThanOrEqual(0.52);
  });

  it('on all 180 dev tickets with the labelled reply rewritten in other words (a held-out wording check of the reply patterns, ADR 0143)', () => {
    // Measured 62.8 / 73.3 / 86.7 pooled (the replies as written: 73.9 / 81.7 / 90.0).
    const f = figures(rewordedReplies(prepareSets()).map((c) => rankCase(c)));
    expect(f.n).toBe(180);
    expect(f.strict / f.n).toBeGreaterThanOrEqual(0.58);
    expect(f.lenient / f.n).toBeGreaterThanOrEqual(0.68);
    expect(f.top3 / f.n).toBeGreaterThanOrEqual(0.82);
  });

  it('when a team has tagged one value seldom or never, that value is not buried and the others are not pulled to it (uneven tags)', () => {
    // Mean over the six dev teams, strict; cold (no tags) 73.8. Before this test: a value nobody had tagged scored 49.3 on
    // its own tickets once the team tagged the others (every one of its tickets lost to a tagged value); one tag of a
    // value pulled other values' replies to it, so the team's tickets scored 70.8, below cold.
    const dev = prepareSets();
    const cold = meanOverTeams(dev.map((c) => rankCase(c))).strict;
    const never = unevenTags(dev, 0);
    expect(meanOverTeams(never.own).strict).toBeGreaterThanOrEqual(cold - 0.05);
    expect(meanOverTeams(never.all).strict).toBeGreaterThanOrEqual(cold - 0.02);
    const once = unevenTags(dev, 1);
    expect(meanOverTeams(once.all).strict).toBeGreaterThanOrEqual(cold - 0.01);
    expect(meanOverTeams(once.own).strict).toBeGreaterThanOrEqual(cold - 0.05);
  });
});
