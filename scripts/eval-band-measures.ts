// `npx tsx scripts/eval-band-measures.ts [--target 0.9] [--fs]`: which measure of the top value's lead transfers to a team
// it was not calibrated on (ADR 0124). For each measure, the smallest cut-off whose strong band is right (lenient) at least
// `target` of the time on five teams (pooled and on average per team, at least 5 tickets) is applied to the sixth; the
// held-out precision and coverage are pooled over the six folds. Cold defaults; `--fs`: with the team's tags (4 folds).
// Then, on ../shared/eval/dev with its catalogues reworded (the held-out wording check of evaluate.test.ts), the strong
// band as shipped (the lead in spreads plus its quoted reasons, ADR 0139) against the cut-offs it replaced.
import { DEFAULT_PARAMS } from '../src/domain/suggest/params';
import { spreadOf } from '../src/domain/suggest/rank-values';
import { fewShot, paraphrasedDev, prepare, prepareSets, rankCase, type Outcome } from './lib/eval-core';

const args = process.argv.slice(2);
const target = args.includes('--target') ? Number(args[args.indexOf('--target') + 1]) : 0.9;
const cases = prepareSets();
const rows = args.includes('--fs') ? fewShot(cases, DEFAULT_PARAMS) : cases.map((c) => rankCase(c));

const softmax = (t: number[], k: number) => 1 / t.reduce((sum, x) => sum + Math.exp(k * (x - t[0]!)), 0);
const MEASURES: Record<string, (t: number[]) => number> = {
  'raw lead': (t) => t[0]! - t[1]!,
  'top score': (t) => t[0]!,
  'lead / (top − lowest)': (t) => (t[0]! - t[1]!) / Math.max(1e-9, t[0]! - t[t.length - 1]!),
  'lead / spread': (t) => (t[0]! - t[1]!) / Math.max(1e-9, spreadOf(t)),
  'lead / spread / its maximum': (t) => (t[0]! - t[1]!) / Math.max(1e-9, spreadOf(t)) / (t.length / Math.sqrt(t.length - 1)),
  'softmax ×5': (t) => softmax(t, 5),
};

const teams = [...new Set(rows.map((r) => r.case.team))];
const precision = (rs: readonly Outcome[]) => rs.filter((r) => r.lenient).length / Math.max(1, rs.length);
console.log(`cut-off calibrated at ${target} on five teams, applied to the sixth (${args.includes('--fs') ? 'with tags' : 'cold'}):`);
for (const [name, measure] of Object.entries(MEASURES)) {
  let shown = 0;
  let right = 0;
  for (const held of teams) {
    const training = rows.filter((r) => r.case.team !== held);
    let cutOff = Infinity;
    for (const t of [...new Set(training.map((r) => measure(r.totals)))].sort((a, b) => a - b)) {
      const strong = training.filter((r) => measure(r.totals) >= t);
      if (strong.length < 5) break;
      const perTeam = teams
        .filter((x) => x !== held)
        .map((x) => strong.filter((r) => r.case.team === x))
        .filter((x) => x.length > 0)
        .map(precision);
      if (precision(strong) >= target && perTeam.reduce((a, b) => a + b, 0) / Math.max(1, perTeam.length) >= target) {
        cutOff = t;
        break;
      }
    }
    const strong = rows.filter((r) => r.case.team === held && measure(r.totals) >= cutOff);
    shown += strong.length;
    right += strong.filter((r) => r.lenient).length;
  }
  console.log(`  ${name.padEnd(28)} ${((100 * right) / Math.max(1, shown)).toFixed(1)}% on ${((100 * shown) / rows.length).toFixed(1)}%`);
}

const { catalogues, cases: reworded } = paraphrasedDev();
const rewordedRows = prepare(catalogues, reworded).map((c) => rankCase(c));
const cutOffs: [string, (r: Outcome) => boolean][] = [
  ['raw lead 0.25 and top 0.3 (before ADR 0124)', (r) => r.totals[0]! - r.totals[1]! >= 0.25 && r.totals[0]! >= 0.3],
  ['lead / spread 1.75 (before ADR 0139)', (r) => r.reasons > 0 && MEASURES['lead / spread']!(r.totals) >= 1.75 && spreadOf(r.totals) > 0],
  ['lead / spread + reasons (shipped)', (r) => r.band === 'strong'],
];
console.log('dev tickets, catalogues reworded, cold defaults:');
for (const [name, strong] of cutOffs) {
  const shown = rewordedRows.filter((r) => r.totals[0]! > 0 && strong(r));
  console.log(
    `  ${name.padEnd(44)} ${shown.filter((r) => r.lenient).length} right of ${shown.length} (${((100 * shown.length) / rewordedRows.length).toFixed(1)}% of tickets)`,
  );
}
