import { BEHAVIOURS, describeStems, describePatternsWithout, stemPattern, type Behaviour } from '../../src/domain/suggest/behaviours';
import { clausesOf } from '../../src/domain/suggest/value-behaviours';
import type { Catalogue } from '../../src/domain/catalogue/types';
import { DEFAULT_PARAMS, type EngineParams } from '../../src/domain/suggest/params';
import { behaviourFrequency, byTeam, fewShot, figures, rankCase, rebanded, type Outcome, type Prepared } from './eval-core';

/** The choices the harness may tune, each with the values it tries. */
export const GRID: Partial<Record<keyof EngineParams, number[]>> = {
  earlierReplyWeight: [0, 0.2, 0.4, 0.6, 0.8],
  noteWeight: [0, 0.15, 0.3],
  customerWeight: [0, 0.2, 0.4, 0.6, 0.8],
  saturation: [0.75, 1, 1.5, 2.5],
  figuresWeight: [0, 0.5, 1],
  composureWeight: [0, 0.5, 1, 1.5],
  centre: [0, 0.5, 1],
  promptWeight: [0, 0.25, 0.5, 1],
  thesaurusWeight: [0, 0.25, 0.5],
  lexicalWeight: [0, 0.3, 0.6, 1, 1.5, 2, 3],
  rarity: [0, 0.5, 1, 1.5],
};

type Scorer = (params: EngineParams, cases: readonly Prepared[]) => number;

/** One team's score: (strict + lenient) / 2 + top-3 / 4, as shares. */
export function teamScore(outcomes: readonly Outcome[]): number {
  const f = figures(outcomes);
  return (f.strict + f.lenient) / 2 / f.n + f.top3 / f.n / 4;
}

/** The mean of `teamScore` over the teams of `cases`, each team ranked by `run`: every team counts the same, whatever its size. */
const meanTeamScore = (cases: readonly Prepared[], run: (team: Prepared[]) => Outcome[]) => {
  const teams = [...byTeam(cases).values()];
  return teams.reduce((sum, team) => sum + teamScore(run(team)), 0) / Math.max(1, teams.length);
};

/** Cold: every case ranked without a profile. */
export const accuracyScore: Scorer = (params, cases) => meanTeamScore(cases, (team) => team.map((c) => rankCase(c, params)));

/**
 * The same score over few-shot runs (each team's 4 folds ranked with a profile from the other three): how the reading
 * serves a team that has tagged replies (ADR 0144).
 */
export const fewShotScore: Scorer = (params, cases) => meanTeamScore(cases, (team) => fewShot(team, params));

/** What a reading tuned on few-shot runs changes from the cold one: the `withProfile` a fold would ship (ADR 0144). */
export function profileOverrides(cold: EngineParams, withTags: EngineParams): NonNullable<EngineParams['withProfile']> {
  const out: Record<string, unknown> = {};
  for (const key of [...Object.keys(GRID), 'behaviourWeight'] as (keyof EngineParams)[])
    if (JSON.stringify(withTags[key]) !== JSON.stringify(cold[key])) out[key] = withTags[key];
  return out;
}

/** Coordinate ascent over GRID (two passes), starting from the defaults; ties keep the current value. */
const BEHAVIOUR_WEIGHTS = [0, 0.5, 1, 1.5, 2];

export function tune(
  cases: readonly Prepared[],
  score: Scorer = accuracyScore,
  start: EngineParams = DEFAULT_PARAMS,
  options: { perBehaviour?: boolean; grid?: Partial<Record<keyof EngineParams, number[]>> } = {},
): EngineParams {
  let best = { ...start };
  let bestScore = score(best, cases);
  for (let pass = 0; pass < 2; pass++) {
    for (const [key, values] of Object.entries(options.grid ?? GRID) as [keyof EngineParams, number[]][]) {
      for (const v of values) {
        if (v === best[key]) continue;
        const candidate = { ...best, [key]: v };
        const s = score(candidate, cases);
        if (s > bestScore + 1e-9) {
          best = candidate;
          bestScore = s;
        }
      }
    }
    if (!options.perBehaviour) continue;
    for (const b of BEHAVIOURS) {
      for (const v of BEHAVIOUR_WEIGHTS) {
        if (v === (best.behaviourWeight[b] ?? 1)) continue;
        const candidate = { ...best, behaviourWeight: { ...best.behaviourWeight, [b]: v } };
        const s = score(candidate, cases);
        if (s > bestScore + 1e-9) {
          best = candidate;
          bestScore = s;
        }
      }
    }
  }
  return best;
}

const MARGINS = [0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3, 0.4];
/** A cold lead is in spreads of the catalogue's totals (ADR 0124): it runs higher than a raw one. */
const SPREAD_MARGINS = [...MARGINS, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.5, 3, 3.5, 4, 4.5, 5];
const SCORES = [0, 0.1, 0.2, 0.3, 0.4, 0.5];
const MODERATE = [0, 0.01, 0.02, 0.03, 0.05, 0.08, 0.1, 0.15];
/** Cold, what each quoted reason adds to the lead before the strong cut-off (ADR 0139), chosen with it. */
const REASON_WEIGHTS = [0, 0.25, 0.5, 0.75, 1];
/** Cut-offs on the top value's share of belief, read with the reply prior (ADR 0155). */
const PROBABILITIES = Array.from({ length: 34 }, (_, i) => Math.round((0.3 + 0.02 * i) * 100) / 100);

/**
 * Band cut-offs from training cases: `strong` covers as many tickets as possible while its lenient
 * precision on the training cases, pooled and as the mean over teams, stays at or above `target`; `weak` takes the leads below which the
 * top value is right less often than not. `mode`: which cut-offs — `profile`, those that apply when a learned profile informed
 * the ranking (calibrate them on few-shot outcomes).
 */
/**
 * Lenient precision of the `strong` band as the mean over teams (every team counts the same, as in `accuracyScore`):
 * pooled, the easy teams' many sure tickets hid a team where "Likely" was right half the time (ADR 0110).
 */
function meanTeamPrecision(outcomes: readonly Outcome[]): number {
  let sum = 0;
  let teams = 0;
  for (const team of byTeam(outcomes.map((o) => o.case)).keys()) {
    const s = figures(outcomes.filter((o) => o.case.team === team)).bands.strong;
    if (s.n === 0) continue;
    sum += s.lenient / s.n;
    teams++;
  }
  return teams > 0 ? sum / teams : 0;
}

export function calibrateBands(
  outcomes: readonly Outcome[],
  params: EngineParams,
  target = 0.9,
  mode: 'reply' | 'profile' | 'situation' = 'reply',
): EngineParams {
  const keys =
    mode === 'situation'
      ? ({ strong: 'situationStrongMargin', score: 'situationStrongScore', moderate: 'situationModerateMargin' } as const)
      : mode === 'profile'
        ? ({ strong: 'profileStrongMargin', score: 'profileStrongScore', moderate: 'profileModerateMargin' } as const)
        : ({ strong: 'strongMargin', score: 'strongScore', moderate: 'moderateMargin' } as const);
  const outcomesOf = (p: EngineParams) => rebanded(outcomes, p);
  let best = { ...params, [keys.strong]: 1, [keys.score]: 1 };
  let bestCoverage = -1;
  // Read with the reply prior, "Likely" is the top value's share of belief (ADR 0155): its cut-off is what is calibrated.
  const probabilityKey = mode === 'profile' ? 'profileStrongProbability' : 'strongProbability';
  const withPrior = mode !== 'situation' && outcomes.some((o) => o.probability !== undefined);
  if (withPrior) best = { ...params, [probabilityKey]: 1.01 };
  for (const cut of withPrior ? PROBABILITIES : []) {
    const p = { ...params, [probabilityKey]: cut };
    const banded = outcomesOf(p);
    const strong = figures(banded).bands.strong;
    if (strong.n >= 5 && strong.lenient / strong.n >= target && meanTeamPrecision(banded) >= target && strong.n > bestCoverage) {
      best = p;
      bestCoverage = strong.n;
    }
  }
  for (const strongMargin of withPrior ? [] : mode === 'reply' ? SPREAD_MARGINS : MARGINS) {
    // A cold lead in spreads is read alone: a floor on the raw top score would bring the catalogue's scale back (ADR 0124).
    for (const strongScore of mode === 'reply' ? [0] : SCORES)
      for (const reasonWeight of mode === 'reply' ? REASON_WEIGHTS : [params.strongReasonWeight]) {
        const p = { ...params, [keys.strong]: strongMargin, [keys.score]: strongScore, strongReasonWeight: reasonWeight };
        const banded = outcomesOf(p);
        const f = figures(banded);
        const strong = f.bands.strong;
        if (strong.n >= 5 && strong.lenient / strong.n >= target && meanTeamPrecision(banded) >= target && strong.n > bestCoverage) {
          best = p;
          bestCoverage = strong.n;
        }
      }
  }
  // The largest lead below which the top value is still mostly wrong: there, say "no clear value yet". Not before a
  // reply (ADR 0121): there the top value is mostly wrong at almost every lead, and the card's prompts are the coaching
  // an agent reads before writing; "Possible" says no more than that, and "Likely" is what the calibration withholds.
  if (mode === 'situation') return { ...best, [keys.moderate]: 0 };
  let chosen = 0;
  for (const moderateMargin of MODERATE) {
    const weak = figures(outcomesOf({ ...best, [keys.moderate]: moderateMargin })).bands.weak;
    if (weak.n === 0 || weak.lenient / weak.n < 0.5) chosen = moderateMargin;
  }
  return { ...best, [keys.moderate]: chosen };
}

export interface FoldResult {
  team: string;
  params: EngineParams;
  cold: Outcome[];
  tuned: Outcome[];
}

/** Leave one team out: tune on the other teams, score the held-out one with the defaults and with the tuned choices. */
export function leaveOneTeamOut(
  cases: readonly Prepared[],
  options: { tuneWeights: boolean; perBehaviour?: boolean; target?: number },
): FoldResult[] {
  const teams = byTeam(cases);
  return [...teams].map(([team, held]) => {
    const training = cases.filter((c) => c.team !== team);
    const start = { ...DEFAULT_PARAMS, behaviourFrequency: behaviourFrequency(training) };
    const weights = options.tuneWeights ? tune(training, accuracyScore, start, { perBehaviour: options.perBehaviour }) : start;
    const params = calibrateBands(
      training.map((c) => rankCase(c, weights)),
      weights,
      options.target,
    );
    return { team, params, cold: held.map((c) => rankCase(c)), tuned: held.map((c) => rankCase(c, params)) };
  });
}

/**
 * Per team, the describing stems only its own catalogue uses among the given teams (ADR 0132): the lexicon is code, so
 * leave-one-team-out never holds it out with the team; a stem that matches one team's values and no other's may have
 * been written for that team. Scoring a team without them bounds how much its figures lean on its own value words.
 */
export function ownStems(cases: readonly Prepared[]): Map<string, Map<Behaviour, Set<string>>> {
  const catalogues = new Map<string, Catalogue>();
  for (const c of cases) catalogues.set(c.team, c.catalogue);
  const clauses = new Map([...catalogues].map(([team, cat]) => [team, cat.values.flatMap((v) => clausesOf(v).map((x) => x.clause))]));
  const out = new Map([...catalogues.keys()].map((t) => [t, new Map<Behaviour, Set<string>>()]));
  for (const b of BEHAVIOURS) {
    for (const stem of describeStems()[b]) {
      const pattern = stemPattern(stem);
      const users = [...clauses].filter(([, cs]) => cs.some((c) => pattern.test(c))).map(([t]) => t);
      if (users.length !== 1) continue;
      const mine = out.get(users[0]!)!;
      mine.set(b, (mine.get(b) ?? new Set()).add(stem));
    }
  }
  return out;
}

/** Each case read with the lexicon its own team would have had if the stems only it uses had never been written. */
export function withoutOwnStems(cases: readonly Prepared[], own = ownStems(cases)): Prepared[] {
  const lexicons = new Map([...own].map(([team, drop]) => [team, describePatternsWithout(drop)]));
  return cases.map((c) => ({ ...c, describe: lexicons.get(c.team)! }));
}
