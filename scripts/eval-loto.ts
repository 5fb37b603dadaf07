// `npm run --silent eval:loto [-- <set dir>...] [--no-tune] [--write docs/eval.md]`: leave one team out over every team of
// the given sets (default ../shared/eval/dev and ../shared/eval/dev2). For each team: the engine's
// defaults (cold), then weights tuned and band cut-offs calibrated on the other teams only, scored
// on the held-out team; also few-shot (4 folds per team) and situation mode (agent comments removed).
import {
  behaviourFrequency,
  fewShot,
  figures,
  meanOverTeams,
  line,
  pairedChange,
  prepareSets,
  DEV_SETS,
  situationOnly,
  rankCase,
  type Outcome,
  type Prepared,
  unevenTags,
  firstTags,
  pct,
  unseenSets,
} from './lib/eval-core';
import { writeFileSync } from 'node:fs';
import {
  calibrateBands,
  fewShotScore,
  leaveOneTeamOut,
  ownStems,
  profileOverrides,
  teamScore,
  tune,
  withoutOwnStems,
} from './lib/eval-loto';
import { DEFAULT_PARAMS } from '../src/domain/suggest/params';
import { endQuietlyWhenThePipeCloses } from './lib/stdout';

endQuietlyWhenThePipeCloses();

const args = process.argv.slice(2);
const writeTo = args.includes('--write') ? args[args.indexOf('--write') + 1] : undefined;
const printed: string[] = [];
const log = console.log;
console.log = (...parts: unknown[]) => {
  printed.push(parts.join(' '));
  log(...parts);
};
const dirs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--write');
const sets = dirs.length > 0 ? dirs : DEV_SETS;
const cases: Prepared[] = prepareSets(sets, (dir, n, m) => console.error(`${dir} line ${n}: ${m}`));

/** Lenient precision the `strong` band must reach on the training teams (the issue asks 85% on unseen ones; 88% held 80.6% held-out, ADR 0100). */
const TARGET = Number(process.env.VC_TARGET ?? 0.9);
/** The same for the cut-offs that apply when a learned profile informed the ranking (calibrated on few-shot runs). */
// Held-out few-shot strong band (ADR 0100): 0.88 → 84.1% on 45.6%, 0.9 → 87.0% on 38.3%, 0.92 → 90.2% on 22.8%.
const PROFILE_TARGET = Number(process.env.VC_PROFILE_TARGET ?? 0.9);
const folds = leaveOneTeamOut(cases, {
  tuneWeights: !args.includes('--no-tune'),
  perBehaviour: args.includes('--per-behaviour'),
  target: TARGET,
});
const meanOf = (rows: Outcome[][]) => {
  const m = meanOverTeams(rows.flat());
  return `strict ${(100 * m.strict).toFixed(1)}%  lenient ${(100 * m.lenient).toFixed(1)}%  top-3 ${(100 * m.top3).toFixed(1)}%`;
};
/** Strict top-1 of one team's run, in percent. */
const strict = (o: Outcome[]) => ((100 * figures(o).strict) / Math.max(1, o.length)).toFixed(1);
console.log(`leave-one-team-out over ${folds.length} teams (${cases.length} cases): tune on the others, score the held-out team`);
console.log('\ncold (the defaults in src/domain/suggest/params.ts):');
for (const f of folds) console.log(line(f.team, figures(f.cold)));
console.log(`  mean over teams        ${meanOf(folds.map((f) => f.cold))}`);
console.log(`  all cases pooled     ${line('', figures(folds.flatMap((f) => f.cold))).slice(24)}`);
console.log('\nheld-out (weights tuned and bands calibrated on the other teams):');
for (const f of folds) console.log(line(f.team, figures(f.tuned)));
console.log(`  mean over teams        ${meanOf(folds.map((f) => f.tuned))}`);
console.log(`  all cases pooled     ${line('', figures(folds.flatMap((f) => f.tuned))).slice(24)}`);
// The lexicon is code, so leave-one-team-out never holds it out with the team (ADR 0132): each team again, read with
// the describing stems only its own catalogue uses removed, as if they had never been written. Training is unchanged
// (those stems match no other team's values), so the held-out params are the same.
const own = ownStems(cases);
const ablated = withoutOwnStems(cases, own);
const ablatedOf = (team: string) => ablated.filter((c) => c.team === team);
const ownCold = folds.map((f) => ablatedOf(f.team).map((c) => rankCase(c)));
const ownTuned = folds.map((f) => ablatedOf(f.team).map((c) => rankCase(c, f.params)));
console.log('\nwithout the held-out team’s own describing stems (those no other team’s values use; ADR 0132):');
for (const f of folds) {
  const stems = [...(own.get(f.team) ?? new Map<string, Set<string>>())].flatMap(([b, set]) => [...set].map((st) => `${b}:${st}`));
  console.log(`  ${f.team.padEnd(10)} ${stems.length} stems off: ${stems.join(' ')}`);
}
console.log('  cold:');
folds.forEach((f, i) => console.log(line(f.team, figures(ownCold[i]!))));
console.log(`  mean over teams        ${meanOf(ownCold)}`);
console.log('  held-out:');
folds.forEach((f, i) => console.log(line(f.team, figures(ownTuned[i]!))));
console.log(`  mean over teams        ${meanOf(ownTuned)}`);

console.log('\nchosen on the other teams, per held-out team:');
for (const f of folds)
  console.log(
    `  ${f.team.padEnd(10)} ${JSON.stringify({ ...f.params, behaviourFrequency: undefined, centre: undefined, signalWeight: undefined, learnedWeight: undefined, scoreScale: undefined })}`,
  );
console.log(`\nbehaviour frequency over all ${cases.length} cases (for DEFAULT_PARAMS): ${JSON.stringify(behaviourFrequency(cases))}`);

const all = calibrateBands(
  cases.map((c) => rankCase(c)),
  DEFAULT_PARAMS,
  TARGET,
);
console.log(
  `band cut-offs calibrated on all teams (for DEFAULT_PARAMS): strongMargin ${all.strongMargin}, strongScore ${all.strongScore}, strongReasonWeight ${all.strongReasonWeight}, strongProbability ${all.strongProbability} (read with the reply prior, ADR 0155), moderateMargin ${all.moderateMargin}`,
);

// The few-shot blend (how much the nearest tagged replies and the learned odds count) is chosen leave-one-team-out
// too, on the other teams' few-shot runs, never on the held-out team's; so are the band cut-offs that apply when a
// profile informed the ranking (ADR 0100).
const fewShotRuns = (cs: readonly Prepared[], params: typeof DEFAULT_PARAMS) =>
  [...new Set(cs.map((c) => c.team))].map((t) =>
    fewShot(
      cs.filter((c) => c.team === t),
      params,
    ),
  );
/** Blends of what the profile adds (nearest replies; the learned odds' share of belief, ADR 0100), chosen per held-out team. */
const BLENDS: Partial<typeof DEFAULT_PARAMS>[] = [0, 0.15, 0.3].flatMap((knnWeight) =>
  [0, 0.2, 0.4, 0.6].map((posteriorWeight) => ({ knnWeight, posteriorWeight })),
);
const blendOf = (p: typeof DEFAULT_PARAMS) =>
  `knn ${p.knnWeight}, posterior ${p.posteriorWeight}, strong lead ${p.profileStrongMargin}, top ${p.profileStrongScore}, weak below ${p.profileModerateMargin}`;
// The reading itself is tuned again on the other teams' few-shot runs (ADR 0144): what serves a ranking with a profile
// best is not what serves a cold one best (the cold folds all chose saturation 1, which costs rankings with tags). The
// difference is what the fold would ship as `withProfile`.
const shots = new Map(
  folds.map((f) => {
    const training = cases.filter((c) => c.team !== f.team);
    const withTags = args.includes('--no-tune')
      ? f.params
      : tune(
          training,
          fewShotScore,
          { ...DEFAULT_PARAMS, behaviourFrequency: behaviourFrequency(training) },
          {
            perBehaviour: args.includes('--per-behaviour'),
          },
        );
    const withProfile = profileOverrides(f.params, withTags);
    const base: typeof DEFAULT_PARAMS = { ...f.params, withProfile };
    let best = base;
    let bestScore = -1;
    let bestRuns: Outcome[][] = [];
    for (const blend of BLENDS) {
      const candidate = { ...base, ...blend };
      const runs = fewShotRuns(training, candidate);
      const score = runs.reduce((sum, o) => sum + teamScore(o), 0);
      if (score > bestScore + 1e-9) [best, bestScore, bestRuns] = [candidate, score, runs];
    }
    best = calibrateBands(bestRuns.flat(), best, PROFILE_TARGET, 'profile');
    return [
      f.team,
      {
        weight: `${blendOf(best)}${Object.keys(withProfile).length > 0 ? `, with a profile ${JSON.stringify(withProfile)}` : ''}`,
        params: best,
        outcomes: fewShot(
          cases.filter((c) => c.team === f.team),
          best,
        ),
      },
    ] as const;
  }),
);
const allShots = calibrateBands(fewShotRuns(cases, DEFAULT_PARAMS).flat(), DEFAULT_PARAMS, PROFILE_TARGET, 'profile');
console.log(
  `band cut-offs with a profile, calibrated on all teams' few-shot runs (for DEFAULT_PARAMS): profileStrongMargin ${allShots.profileStrongMargin}, profileStrongScore ${allShots.profileStrongScore}, profileStrongProbability ${allShots.profileStrongProbability} (with the reply prior), profileModerateMargin ${allShots.profileModerateMargin}`,
);
console.log(
  '\nfew-shot (4 folds per team, stratified by label; each fold ranked with a profile learned from the other three; the reading tuned and the blend chosen on the other teams’ few-shot runs, ADR 0144):',
);
for (const [team, { weight, outcomes }] of shots) console.log(`${line(team, figures(outcomes))}  | blend ${weight}`);
console.log(`  mean over teams        ${meanOf([...shots.values()].map((s) => s.outcomes))}`);
console.log(`  all cases pooled     ${line('', figures([...shots.values()].flatMap((s) => s.outcomes))).slice(24)}`);

// A real team's tags are uneven: a value added last month, or one reviewers seldom pick, has few tags or none (ADR 0147).
console.log(
  '\nuneven tags (each value in turn keeps only k of its tags in the profile, the others all of theirs; the few-shot folds and each team’s few-shot choices, ADR 0147):',
);
for (const k of [0, 1, 3]) {
  const runs = [...shots].map(([team, s]) =>
    unevenTags(
      cases.filter((c) => c.team === team),
      k,
      s.params,
    ),
  );
  console.log(`  k=${k}  every ticket           ${meanOf(runs.map((r) => r.all))}`);
  console.log(`       the value's tickets    ${meanOf(runs.map((r) => r.own))}`);
  console.log(
    `       per team, strict (every ticket / the value's): ${[...shots.keys()].map((team, i) => `${team} ${strict(runs[i]!.all)} / ${strict(runs[i]!.own)}`).join(', ')}`,
  );
}
// A team's first week of tagging: a profile from only its first few tagged replies (ADR 0148).
console.log(
  '\nfirst tags (each fold ranked with a profile from only the first n tagged replies of the other folds, in file order; ADR 0148):',
);
for (const n of [2, 5, 8, 12, 16]) {
  const runs = [...shots].map(([team, s]) =>
    firstTags(
      cases.filter((c) => c.team === team),
      n,
      s.params,
    ),
  );
  const pooled = figures(runs.flat());
  console.log(
    `  n=${String(n).padEnd(3)} ${meanOf(runs)}  | strong ${pct(pooled.bands.strong.lenient, pooled.bands.strong.n)} on ${pct(pooled.bands.strong.n, pooled.n)}  | strict ${[...shots.keys()].map((team, i) => `${team} ${strict(runs[i]!)}`).join(', ')}`,
  );
}

// How many tickets each comparison turned right and wrong: a mean that moves by a point or two on 180 cases is
// within what chance flips (ADR 0120); a change is kept only when the held-out split is uneven, not just its mean.
console.log('\npaired, strict top-1 (tickets gained / lost; two-sided sign test p):');
const pairs = (label: string, before: Outcome[][], after: Outcome[][]) => {
  const all = pairedChange(before.flat(), after.flat());
  const perTeam = folds.map((f, i) => {
    const c = pairedChange(before[i]!, after[i]!);
    return `${f.team} +${c.gained}/−${c.lost}`;
  });
  console.log(`  ${label.padEnd(32)} +${all.gained} / −${all.lost}  p=${all.p.toFixed(2)}  | ${perTeam.join(', ')}`);
};
pairs(
  'held-out vs cold (defaults)',
  folds.map((f) => f.cold),
  folds.map((f) => f.tuned),
);
pairs(
  'few-shot vs held-out cold',
  folds.map((f) => f.tuned),
  folds.map((f) => shots.get(f.team)!.outcomes),
);

// Before a reply (ADR 0121): the band cut-offs that apply are calibrated on the other teams' situation runs, cold and
// with their tags pooled (both are what the sidebar shows before a reply); the weights and blend are the held-out ones.
const situationRuns = (cs: readonly Prepared[], cold: typeof DEFAULT_PARAMS, shot: typeof DEFAULT_PARAMS) => [
  ...situationOnly(cs).map((c) => rankCase(c, cold)),
  ...fewShot(cs, shot, 4, undefined, situationOnly),
];
const situationParams = new Map(
  folds.map((f) => {
    const training = cases.filter((c) => c.team !== f.team);
    const shot = shots.get(f.team)!.params;
    const cut = calibrateBands(situationRuns(training, f.params, shot), shot, TARGET, 'situation');
    const pick = {
      situationStrongMargin: cut.situationStrongMargin,
      situationStrongScore: cut.situationStrongScore,
      situationModerateMargin: cut.situationModerateMargin,
    };
    return [f.team, { cold: { ...f.params, ...pick }, shot: { ...shot, ...pick } }] as const;
  }),
);
const situationCut = (team: string) => {
  const p = situationParams.get(team)!.cold;
  return `strong lead ${p.situationStrongMargin}, top ${p.situationStrongScore}, weak below ${p.situationModerateMargin}`;
};

console.log('\nsituation mode (every agent comment removed, same labels; held-out params, situation bands calibrated on the other teams):');
const situation = folds.map((f) =>
  situationOnly(cases.filter((c) => c.team === f.team)).map((c) => rankCase(c, situationParams.get(f.team)!.cold)),
);
situation.forEach((o, i) => console.log(`${line(folds[i]!.team, figures(o))}  | ${situationCut(folds[i]!.team)}`));
console.log(`  mean over teams        ${meanOf(situation)}`);
console.log(`  all cases pooled     ${line('', figures(situation.flat())).slice(24)}`);

// Before a reply, with the team's tags (ADR 0119): profiles learned from the other folds' whole tagged tickets, each
// held-out ticket seen as it stood before any agent replied; the held-out team's few-shot blend and band cut-offs.
console.log('\nsituation mode with the team’s tags (4 folds per team, as few-shot; each held-out ticket without its agent comments):');
const situationShots = folds.map((f) =>
  fewShot(
    cases.filter((c) => c.team === f.team),
    situationParams.get(f.team)!.shot,
    4,
    undefined,
    situationOnly,
  ),
);
situationShots.forEach((o, i) => console.log(line(folds[i]!.team, figures(o))));
console.log(`  mean over teams        ${meanOf(situationShots)}`);
console.log(`  all cases pooled     ${line('', figures(situationShots.flat())).slice(24)}`);
const allSituation = calibrateBands(situationRuns(cases, DEFAULT_PARAMS, DEFAULT_PARAMS), DEFAULT_PARAMS, TARGET, 'situation');
console.log(
  `band cut-offs before a reply, calibrated on all teams' situation runs (for DEFAULT_PARAMS): situationStrongMargin ${allSituation.situationStrongMargin}, situationStrongScore ${allSituation.situationStrongScore}, situationModerateMargin ${allSituation.situationModerateMargin}`,
);

if (writeTo) {
  writeFileSync(
    writeTo,
    [
      '# Suggestion engine: accuracy leave-one-team-out',
      '',
      `Written by \`npm run --silent eval:loto -- ${args.join(' ')}\` on ${new Date().toISOString().slice(0, 10)} over ${sets.join(' and ')} (${cases.length} labelled cases, ${folds.length} teams). Cold: the defaults in \`src/domain/suggest/params.ts\`; held-out: weights tuned and band cut-offs calibrated on the other five teams; few-shot: 4 folds per team stratified by label, the reading (ADR 0144), the profile blend and the band cut-offs with a profile chosen on the other teams' few-shot runs; situation: every agent comment removed. Bands: lenient precision on share of tickets; without a profile the lead is read in spreads of the catalogue's totals, plus its quoted reasons (ADR 0124, 0139); "strong" needs a reason to show (ADR 0128). Situation with tags: the held-out ticket without its agent comments, ranked with a profile from the other folds (ADR 0119); bands before a reply calibrated on the other teams' situation runs (ADR 0121). Paired: tickets gained/lost and a sign test (ADR 0120). Without the held-out team’s own describing stems: the stems only its catalogue uses switched off, a pessimistic bound on how much the figures lean on its value words (ADR 0132). Uneven tags: each value in turn keeps only k of its tags in the profile, as on a team that has tagged it seldom or never (ADR 0147). First tags: a profile from only a team's first n tagged replies (ADR 0148). What was tried and dropped: ADR 0025, 0075, 0076, 0090, 0100, 0110, 0111, 0112, 0120, 0123, 0127, 0129, 0133, 0134, 0137, 0142, 0145, 0146, 0152, 0156, 0157. Values that name their behaviours: \`npm run --silent eval:unseen -- --declared\` (ADR 0158), or as the language model proposed them through the app's request: \`-- --declared=test/fixtures/eval/declared/proposed.json\` (ADR 0159). Catalogues in other languages: \`npx tsx scripts/eval-translated.ts\` (ADR 0141). Teams nobody tuned on, written by independent authors: \`npm run --silent eval:unseen\` (ADR 0151); the defaults' band cut-offs are calibrated on the dev teams and the ${unseenSets().length} of those by ADR 0155's rule (ADR 0153, 0155, 0159, 0161, 0164, 0165, 0167, 0169, 0171, 0174, 0176 at 90%, 0177, 0179, 0181: \`npx tsx scripts/calibrate-likely.ts\`; with declared behaviours \`--declared=…\`, ADR 0160), so the cold and few-shot blocks below show "strong" as shipped, and the held-out blocks as calibrated on the other five dev teams. Every team is ranked with a reply prior trained on the other labelled teams (${folds.length + unseenSets().length - 1} of the ${folds.length + unseenSets().length}), never on itself (ADR 0155–0179; \`VC_EVAL_PRIOR=off\` ranks without one); with the prior, "strong" reads the top value's share of belief.`,
      '',
      '```',
      ...printed,
      '```',
      '',
    ].join('\n'),
  );
  log(`wrote ${writeTo}`);
}
