import { readFileSync } from 'node:fs';
import { BEHAVIOURS_ONLY, DEV_SETS, figures, prepare, rankCase, relabel, renameOf, type Outcome, type Translated } from './lib/eval-core';
import { readCases, readCatalogues, type EvalCatalogue } from './lib/eval-data';
const originals = new Map<string, EvalCatalogue>();
for (const dir of DEV_SETS) for (const [id, c] of readCatalogues(`${dir}/catalogues.json`)) originals.set(id, c);
const cases = DEV_SETS.flatMap((dir) => readCases(`${dir}/cases.jsonl`, () => undefined));
const original = prepare(originals, cases);
const pct = (x: number, n: number) => ((100 * x) / n).toFixed(1);
const fmt = (o: Outcome[]) => { const f = figures(o); return `${pct(f.strict, f.n)} / ${pct(f.lenient, f.n)} / ${pct(f.top3, f.n)}`; };
const ptC = JSON.parse(readFileSync('test/fixtures/eval/translated/pt.json', 'utf8')) as Translated[];
const pt = new Map<string, EvalCatalogue>(ptC.map((c) => [c.id, c]));
for (const team of ['travel', 'saas-hr', 'games']) {
  const raw = readCases(`test/fixtures/eval/translated/tickets-pt-${team}.jsonl`, () => undefined);
  const en = original.filter((c) => c.team === team);
  const enTickPtCat = prepare(pt, relabel(cases.filter((c: any) => c.catalogue === team), renameOf(ptC)));
  const ptTickEnCat = prepare(originals, raw);
  const ptpt = prepare(pt, relabel(raw, renameOf(ptC)));
  const B = (cs: any[]) => fmt(cs.map((c) => rankCase(c, BEHAVIOURS_ONLY)));
  console.log(team.padEnd(8), 'beh only: en/en', B(en), '| en tickets, pt cat', B(enTickPtCat), '| pt tickets, en cat', B(ptTickEnCat), '| pt/pt', B(ptpt));
}
