// `npx tsx scripts/eval-cross-team-prior.ts [--lambda 1e-4] [--train all|dev|unseen] [--score all|dev|unseen] [--held a,b]`:
// would a reply-word → behaviour prior learned from other teams' labelled replies help a team it never saw (ADR 0155)?
// For each scored team, a prior is trained on the other teams (of the `--train` group): every reply stem seen in at least
// three of those teams gets a weight per behaviour, fitted so that the cold total plus the value's behaviours times the
// reply's learned behaviour evidence ranks the labelled value first (softmax over the catalogue, L2 `--lambda`, Adam,
// full batch from zero: deterministic). The team is then ranked cold with and without its prior. `--held` adds labelled
// sets that are only scored, each with a prior trained on every other team but the held ones. Dropped: the harness
// stays so the finding can be re-measured on new labelled teams.
import { BEHAVIOURS } from '../src/domain/suggest/behaviours';
import { DEFAULT_PARAMS as p } from '../src/domain/suggest/params';
import { behaviourWeights, coldParts } from '../src/domain/suggest/rank-values';
import { readTicket } from '../src/domain/suggest/ticket-reading';
import { readingsOf } from '../src/domain/suggest/value-behaviours';
import { DEV_SETS, prepareSets, unseenSets } from './lib/eval-core';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const LAMBDA = Number(arg('--lambda', '1e-4'));
const ITERATIONS = 150;
const MIN_TEAMS = Number(arg('--min-teams', '3'));
const RATE = 0.05;
const NONNEG = args.includes('--nonneg');
const FIXED_ALPHA = args.includes('--fixed-alpha');
const B = BEHAVIOURS.length;
const weights = behaviourWeights(p);

interface Row {
  team: string;
  dev: boolean;
  /** Cold total of each value (catalogue order), without admin signal words (the labelled sets have none). */
  total: number[];
  /** Per value, what a unit of each behaviour adds to its total (its centred, rarity-weighted reading). */
  perBehaviour: number[][];
  /** The reply's stems, binary, unit length. */
  stems: Map<string, number>;
  expected: number;
  also: number[];
}

const devTeams = new Set(prepareSets(DEV_SETS).map((c) => c.team));
const heldDirs = arg('--held', '').split(',').filter(Boolean);
const heldTeams = new Set(prepareSets(heldDirs).map((c) => c.team));
const rows: Row[] = prepareSets([...DEV_SETS, ...unseenSets().filter((d) => !heldDirs.includes(d)), ...heldDirs]).map((c) => {
  const readings = readingsOf(c.catalogue, p.promptWeight, p.thesaurusWeight, c.describe);
  const mean = BEHAVIOURS.map((_, b) => readings.reduce((s, r) => s + r.behaviours[b]!, 0) / readings.length);
  const reading = readTicket(c.ticket, undefined, p);
  const names = readings.map((r) => r.value.name);
  const norm = Math.sqrt(reading.replyTerms.size) || 1;
  return {
    team: c.team,
    dev: devTeams.has(c.team),
    total: readings.map((r) => {
      const { behaviour, words } = coldParts(r, reading.shown, reading.replyTerms, mean, weights, p);
      return behaviour + p.lexicalWeight * words;
    }),
    perBehaviour: readings.map((r) => BEHAVIOURS.map((_, b) => (r.behaviours[b]! - p.centre * mean[b]!) * weights[b]!)),
    stems: new Map([...reading.replyTerms.keys()].map((t) => [t, 1 / norm])),
    expected: names.indexOf(c.expected),
    also: c.also.map((a) => names.indexOf(a)),
  };
});

interface Prior {
  w: Float64Array;
  index: Map<string, number>;
  alpha: number;
}

function evidence(row: Row, prior: Prior): Float64Array {
  const e = new Float64Array(B);
  for (const [t, x] of row.stems) {
    const i = prior.index.get(t);
    if (i !== undefined) for (let b = 0; b < B; b++) e[b]! += prior.w[i * B + b]! * x;
  }
  return e;
}

const scores = (row: Row, prior: Prior | null) => {
  const e = prior ? evidence(row, prior) : new Float64Array(B);
  return row.total.map((t, v) => (prior ? prior.alpha : 1) * t + row.perBehaviour[v]!.reduce((sum, c, b) => sum + c * e[b]!, 0));
};

function train(training: readonly Row[]): Prior {
  const teamsOf = new Map<string, Set<string>>();
  for (const r of training) for (const t of r.stems.keys()) teamsOf.set(t, (teamsOf.get(t) ?? new Set()).add(r.team));
  const vocabulary = [...teamsOf].filter(([, s]) => s.size >= MIN_TEAMS).map(([t]) => t);
  const prior: Prior = { w: new Float64Array(vocabulary.length * B), index: new Map(vocabulary.map((t, i) => [t, i])), alpha: 1 };
  const m = new Float64Array(prior.w.length);
  const v = new Float64Array(prior.w.length);
  let ma = 0;
  let va = 0;
  for (let it = 1; it <= ITERATIONS; it++) {
    const grad = new Float64Array(prior.w.length);
    let gradAlpha = 0;
    for (const r of training) {
      const s = scores(r, prior);
      const top = Math.max(...s);
      const ex = s.map((q) => Math.exp(q - top));
      const z = ex.reduce((a, b) => a + b, 0);
      const perBehaviour = new Float64Array(B);
      ex.forEach((q, value) => {
        const g = q / z - (value === r.expected ? 1 : 0);
        gradAlpha += g * r.total[value]!;
        for (let b = 0; b < B; b++) perBehaviour[b]! += g * r.perBehaviour[value]![b]!;
      });
      for (const [t, x] of r.stems) {
        const i = prior.index.get(t);
        if (i !== undefined) for (let b = 0; b < B; b++) grad[i * B + b]! += perBehaviour[b]! * x;
      }
    }
    const step = (mi: number, vi: number) => (RATE * (mi / (1 - 0.9 ** it))) / (Math.sqrt(vi / (1 - 0.999 ** it)) + 1e-8);
    for (let j = 0; j < prior.w.length; j++) {
      const g = grad[j]! / training.length + LAMBDA * prior.w[j]!;
      m[j] = 0.9 * m[j]! + 0.1 * g;
      v[j] = 0.999 * v[j]! + 0.001 * g * g;
      prior.w[j]! -= step(m[j]!, v[j]!);
      if (NONNEG && prior.w[j]! < 0) prior.w[j] = 0;
    }
    const g = gradAlpha / training.length;
    ma = 0.9 * ma + 0.1 * g;
    va = 0.999 * va + 0.001 * g * g;
    if (!FIXED_ALPHA) prior.alpha -= step(ma, va);
  }
  return prior;
}

const inGroup = (r: Row, group: string) => group === 'all' || (group === 'dev') === r.dev;
const trainGroup = arg('--train', 'all');
const scoreGroup = arg('--score', 'all');
const teams = [...new Set(rows.filter((r) => (heldTeams.size > 0 ? heldTeams.has(r.team) : inGroup(r, scoreGroup))).map((r) => r.team))];
const figures = (team: readonly Row[], prior: Prior | null) => {
  const top = team.map((r) => {
    const s = scores(r, prior);
    return s
      .map((q, i) => [q, i] as const)
      .sort((a, b) => b[0] - a[0] || a[1] - b[1])
      .map(([, i]) => i);
  });
  const share = (f: (order: number[], r: Row) => boolean) => top.filter((o, i) => f(o, team[i]!)).length / team.length;
  return [
    share((o, r) => o[0] === r.expected),
    share((o, r) => o[0] === r.expected || r.also.includes(o[0]!)),
    share((o, r) => o.slice(0, 3).includes(r.expected)),
  ];
};
const pct = (x: number) => (100 * x).toFixed(1);
const sums = { dev: [[0, 0, 0], [0, 0, 0], 0], unseen: [[0, 0, 0], [0, 0, 0], 0] } as Record<string, [number[], number[], number]>;
console.log(`prior trained on ${trainGroup} teams but the one scored, lambda ${LAMBDA}; strict top-1, cold → with the prior`);
for (const team of teams) {
  const scored = rows.filter((r) => r.team === team);
  const prior = train(rows.filter((r) => r.team !== team && !heldTeams.has(r.team) && inGroup(r, trainGroup)));
  const before = figures(scored, null);
  const after = figures(scored, prior);
  const sum = sums[scored[0]!.dev ? 'dev' : 'unseen']!;
  before.forEach((x, i) => (sum[0][i]! += x));
  after.forEach((x, i) => (sum[1][i]! += x));
  sum[2] += 1;
  console.log(`  ${team.padEnd(14)} ${pct(before[0]!).padStart(5)} → ${pct(after[0]!)}`);
}
for (const [group, [before, after, n]] of Object.entries(sums))
  if (n > 0)
    console.log(
      `${group} (${n} teams, mean per team) strict/lenient/top-3: ${before.map((x) => pct(x / n)).join('/')} → ${after.map((x) => pct(x / n)).join('/')}`,
    );
