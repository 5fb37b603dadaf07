// `npx tsx scripts/eval-band-measures.ts [--target 0.9] [--fs]`: which measure of the top value's lead transfers to a team
// it was not calibrated on (ADR 0124). For each measure, the smallest cut-off whose strong band is right (lenient) at least
// `target` of the time on five teams (pooled and on average per team, at least 5 tickets) is applied to the sixth; the
// held-out precision and coverage are pooled over the six folds. Cold defaults; `--fs`: with the team's tags (4 folds).
// Then, on ../shared/eval/dev with its catalogues reworded (test/fixtures/eval/paraphrased-catalogues.json, the held-out
// wording check of evaluate.test.ts), the strong band of the shipped cut-off (2 spreads) against the raw one it replaced.
import { readFileSync } from 'node:fs';
import { DEFAULT_PARAMS } from '../src/domain/suggest/params';
import { rankValuesDetailed, spreadOf } from '../src/domain/suggest/rank-values';
import type { LearnedProfile } from '../src/domain/suggest/learned-profile';
import { byTeam, prepare, profileFrom, stratifiedFolds, type Prepared } from './lib/eval-core';
import { readCases, readCatalogues, type EvalCatalogue } from './lib/eval-data';

const args = process.argv.slice(2);
const target = args.includes('--target') ? Number(args[args.indexOf('--target') + 1]) : 0.9;
const cases: Prepared[] = ['../shared/eval/dev', '../shared/eval/dev2'].flatMap((dir) =>
  prepare(
    readCatalogues(`${dir}/catalogues.json`),
    readCases(`${dir}/cases.jsonl`, () => {}),
  ),
);

type Row = { team: string; right: boolean; totals: number[] };
const rows: Row[] = [];
const rank = (c: Prepared, learned?: LearnedProfile) => {
  const d = rankValuesDetailed(c.catalogue, c.ticket, { params: DEFAULT_PARAMS, ...(learned ? { learned } : {}) });
  const top = c.catalogue.values.find((v) => v.id === d.ranked[0]!.valueId)!.name;
  rows.push({ team: c.team, right: top === c.expected || c.also.includes(top), totals: d.totals });
};
if (args.includes('--fs'))
  for (const team of byTeam(cases).values()) {
    const parts = stratifiedFolds(team, 4);
    parts.forEach((fold, f) => {
      const profile = profileFrom(parts.filter((_, g) => g !== f).flat());
      for (const c of fold) rank(c, profile);
    });
  }
else for (const c of cases) rank(c);

const softmax = (t: number[], k: number) => 1 / t.reduce((sum, x) => sum + Math.exp(k * (x - t[0]!)), 0);
const MEASURES: Record<string, (t: number[]) => number> = {
  'raw lead': (t) => t[0]! - t[1]!,
  'top score': (t) => t[0]!,
  'lead / (top − lowest)': (t) => (t[0]! - t[1]!) / Math.max(1e-9, t[0]! - t[t.length - 1]!),
  'lead / spread': (t) => (t[0]! - t[1]!) / Math.max(1e-9, spreadOf(t)),
  'lead / spread / its maximum': (t) => (t[0]! - t[1]!) / Math.max(1e-9, spreadOf(t)) / (t.length / Math.sqrt(t.length - 1)),
  'softmax ×5': (t) => softmax(t, 5),
};

const teams = [...new Set(rows.map((r) => r.team))];
const precision = (rs: readonly Row[]) => rs.filter((r) => r.right).length / Math.max(1, rs.length);
console.log(`cut-off calibrated at ${target} on five teams, applied to the sixth (${args.includes('--fs') ? 'with tags' : 'cold'}):`);
for (const [name, measure] of Object.entries(MEASURES)) {
  let shown = 0;
  let right = 0;
  for (const held of teams) {
    const training = rows.filter((r) => r.team !== held);
    let cutOff = Infinity;
    for (const t of [...new Set(training.map((r) => measure(r.totals)))].sort((a, b) => a - b)) {
      const strong = training.filter((r) => measure(r.totals) >= t);
      if (strong.length < 5) break;
      const perTeam = teams
        .filter((x) => x !== held)
        .map((x) => strong.filter((r) => r.team === x))
        .filter((x) => x.length > 0)
        .map(precision);
      if (precision(strong) >= target && perTeam.reduce((a, b) => a + b, 0) / Math.max(1, perTeam.length) >= target) {
        cutOff = t;
        break;
      }
    }
    const strong = rows.filter((r) => r.team === held && measure(r.totals) >= cutOff);
    shown += strong.length;
    right += strong.filter((r) => r.right).length;
  }
  console.log(`  ${name.padEnd(28)} ${((100 * right) / Math.max(1, shown)).toFixed(1)}% on ${((100 * shown) / rows.length).toFixed(1)}%`);
}

type Paraphrased = Omit<EvalCatalogue, 'values'> & { values: (EvalCatalogue['values'][number] & { label: string })[] };
const paraphrased = JSON.parse(readFileSync('test/fixtures/eval/paraphrased-catalogues.json', 'utf8')) as Paraphrased[];
const rename = new Map(paraphrased.flatMap((c) => c.values.map((v) => [`${c.id}/${v.label}`, v.name] as const)));
const reworded = prepare(
  new Map(paraphrased.map((c) => [c.id, c])),
  readCases('../shared/eval/dev/cases.jsonl', () => {}).map((c) => ({
    ...c,
    expected: rename.get(`${c.catalogue}/${c.expected}`),
    also: (c.also ?? []).map((a) => rename.get(`${c.catalogue}/${a}`) ?? a),
  })),
);
rows.length = 0;
for (const c of reworded) rank(c);
const cutOffs: [string, (t: number[]) => boolean][] = [
  ['raw lead 0.25 and top 0.3 (before ADR 0124)', (t) => t[0]! - t[1]! >= 0.25 && t[0]! >= 0.3],
  ['lead / spread 2 (shipped)', (t) => MEASURES['lead / spread']!(t) >= 2 && spreadOf(t) > 0],
];
console.log('dev tickets, catalogues reworded, cold defaults:');
for (const [name, strong] of cutOffs) {
  const shown = rows.filter((r) => r.totals[0]! > 0 && strong(r.totals));
  console.log(
    `  ${name.padEnd(44)} ${shown.filter((r) => r.right).length} right of ${shown.length} (${((100 * shown.length) / rows.length).toFixed(1)}% of tickets)`,
  );
}
