// `npx tsx scripts/eval-cross-team-prior.ts [--lambda 1e-4] [--min-teams 10] [--no-bias] [--train all|dev|unseen]
// [--score all|dev|unseen]`: the reply prior's variants (ADR 0155), each scored on teams it never saw. For each scored
// team, a prior is trained (scripts/lib/reply-prior.ts) on the other teams of the `--train` group, and the team is ranked
// cold without a prior and with it. `--no-bias`: no per-behaviour constant beside the stems. Which groups transfer to
// which is the question ADR 0155 asked of the dev teams and the teams from independent authors.
import { DEV_SETS, meanOverTeams, prepareSets, rankCase, unseenSets, type Outcome } from './lib/eval-core';
import { PRIOR_OPTIONS, priorRows, trainPrior } from './lib/reply-prior';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const options = {
  ...PRIOR_OPTIONS,
  lambda: Number(arg('--lambda', String(PRIOR_OPTIONS.lambda))),
  minTeams: Number(arg('--min-teams', String(PRIOR_OPTIONS.minTeams))),
  bias: !args.includes('--no-bias'),
};
const devTeams = new Set(prepareSets(DEV_SETS).map((c) => c.team));
const cases = prepareSets([...DEV_SETS, ...unseenSets()]);
const rows = priorRows(cases);
const inGroup = (team: string, group: string) => group === 'all' || (group === 'dev') === devTeams.has(team);
const trainGroup = arg('--train', 'all');
const scoreGroup = arg('--score', 'all');

const pct = (x: number) => (100 * x).toFixed(1);
const line = (o: readonly Outcome[]) => {
  const m = meanOverTeams(o);
  return `${pct(m.strict)} / ${pct(m.lenient)} / ${pct(m.top3)}`;
};
const before: Outcome[] = [];
const after: Outcome[] = [];
console.log(`prior trained on the ${trainGroup} teams but the one scored, ${JSON.stringify(options)}; strict top-1, cold → with the prior`);
for (const team of [...new Set(cases.map((c) => c.team))].filter((t) => inGroup(t, scoreGroup))) {
  const prior = trainPrior(
    rows.filter((r) => r.team !== team && inGroup(r.team, trainGroup)),
    options,
  );
  const scored = cases.filter((c) => c.team === team);
  const off = scored.map((c) => rankCase({ ...c, prior: null, situationPrior: null }));
  const on = scored.map((c) => rankCase({ ...c, prior, situationPrior: null }));
  before.push(...off);
  after.push(...on);
  console.log(`  ${team.padEnd(14)} ${pct(meanOverTeams(off).strict).padStart(5)} → ${pct(meanOverTeams(on).strict)}`);
}
for (const [group, dev] of [
  ['dev', true],
  ['unseen', false],
] as const) {
  const of = (o: readonly Outcome[]) => o.filter((x) => devTeams.has(x.case.team) === dev);
  if (of(before).length > 0) console.log(`${group}, mean per team, strict / lenient / top-3: ${line(of(before))} → ${line(of(after))}`);
}
