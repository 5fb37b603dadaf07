// `npx tsx scripts/eval-fewshot-grid.ts '<json list of param overrides>' [--cold]`: few-shot (4 stratified folds per
// team) for each variant of the defaults, per team; then, per held-out team, the variant that scored best on the
// other teams' few-shot runs (never its own) and what it scores on the held-out team. For measuring blends quickly.
import { fewShot, figures, prepareSets, rankCase, type Outcome, type Prepared } from './lib/eval-core';
import { DEFAULT_PARAMS, type EngineParams } from '../src/domain/suggest/params';

const args = process.argv.slice(2);
const variants = JSON.parse(args.find((a) => !a.startsWith('--')) ?? '[{}]') as Partial<EngineParams>[];
const cases: Prepared[] = prepareSets();
const teams = [...new Set(cases.map((c) => c.team))];
const score = (o: Outcome[]) => {
  const f = figures(o);
  return (f.strict + f.lenient) / 2 / f.n + f.top3 / f.n / 4;
};
const fmt = (o: Outcome[]) => {
  const f = figures(o);
  const s = f.bands.strong;
  return `${((100 * f.strict) / f.n).toFixed(1)}/${((100 * f.lenient) / f.n).toFixed(1)}/${((100 * f.top3) / f.n).toFixed(1)} s${s.n ? ((100 * s.lenient) / s.n).toFixed(0) : '-'}@${((100 * s.n) / f.n).toFixed(0)}`;
};
const run = (v: Partial<EngineParams>) => {
  const params = { ...DEFAULT_PARAMS, ...v };
  return new Map(
    teams.map((t) => {
      const team = cases.filter((c) => c.team === t);
      return [t, args.includes('--cold') ? team.map((c) => rankCase(c, params)) : fewShot(team, params)];
    }),
  );
};
const results = variants.map(run);
const mean = (rows: Outcome[][]) => {
  const fs = rows.map(figures);
  const avg = (k: 'strict' | 'lenient' | 'top3') => (100 * fs.reduce((s, f) => s + f[k] / f.n, 0)) / fs.length;
  return `${avg('strict').toFixed(1)}/${avg('lenient').toFixed(1)}/${avg('top3').toFixed(1)}`;
};
variants.forEach((v, i) => {
  const r = results[i]!;
  console.log(
    `${JSON.stringify(v)}\n  mean ${mean([...r.values()])}  pooled ${fmt([...r.values()].flat())}  | ${teams.map((t) => `${t} ${fmt(r.get(t)!)}`).join('  ')}`,
  );
});
if (variants.length > 1) {
  const chosen = teams.map((t) => {
    let best = 0;
    let bestScore = -1;
    results.forEach((r, i) => {
      const s = teams.filter((u) => u !== t).reduce((a, u) => a + score(r.get(u)!), 0);
      if (s > bestScore + 1e-9) [best, bestScore] = [i, s];
    });
    return { t, best, out: results[best]!.get(t)! };
  });
  console.log(`LOTO-chosen: mean ${mean(chosen.map((c) => c.out))} pooled ${fmt(chosen.flatMap((c) => c.out))}`);
  for (const c of chosen) console.log(`  ${c.t.padEnd(8)} ${fmt(c.out)}  ${JSON.stringify(variants[c.best])}`);
}
