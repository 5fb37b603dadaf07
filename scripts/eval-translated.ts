// `npx tsx scripts/eval-translated.ts [--values]`: the 180 dev tickets ranked with their catalogues translated into
// Portuguese, Spanish, French, Italian, German, Japanese (two translators each), Dutch, Polish and Catalan by
// independent translators who never saw the lexicon (test/fixtures/eval/translated/, ADR 0141). The replies stay in
// their own language, so the ranking reads behaviours only (`lexicalWeight` 0) and the figures say how well a catalogue
// written in that language maps onto behaviours, against the originals read the same way. Also: per translation, the
// mean cosine between each value's behaviour shares read from it and from the original. `--values`: those below 0.8.
// Then three teams' tickets translated into Brazilian Portuguese too (tickets-pt-*.jsonl), ranked with the Brazilian
// catalogue by the whole engine: a Portuguese team end to end. Its translators worked apart from the catalogue's, so the
// words a reply shares with a value's text count for less than when one author wrote both (as in every dev set).
import { readFileSync } from 'node:fs';
import { DEFAULT_PARAMS } from '../src/domain/suggest/params';
import { BEHAVIOURS } from '../src/domain/suggest/behaviours';
import { readingsOf } from '../src/domain/suggest/value-behaviours';
import {
  BEHAVIOURS_ONLY,
  DEV_SETS,
  TRANSLATIONS,
  figures,
  prepare,
  rankCase,
  relabel,
  renameOf,
  translatedDev,
  type Outcome,
  type Translated,
} from './lib/eval-core';
import { readCases, readCatalogues, toCatalogue, type EvalCatalogue } from './lib/eval-data';

const verbose = process.argv.includes('--values');
const originals = new Map<string, EvalCatalogue>();
for (const dir of DEV_SETS) for (const [id, c] of readCatalogues(`${dir}/catalogues.json`)) originals.set(id, c);
const cases = DEV_SETS.flatMap((dir) => readCases(`${dir}/cases.jsonl`, () => undefined));
const pct = (x: number, n: number) => ((100 * x) / n).toFixed(1);
const fmt = (o: Outcome[]) => {
  const f = figures(o);
  return `${pct(f.strict, f.n)} / ${pct(f.lenient, f.n)} / ${pct(f.top3, f.n)}`;
};
const cosine = (a: readonly number[], b: readonly number[]) => {
  const dot = a.reduce((s, x, i) => s + x * b[i]!, 0);
  const norm = Math.sqrt(a.reduce((s, x) => s + x * x, 0) * b.reduce((s, x) => s + x * x, 0));
  return norm > 0 ? dot / norm : a.every((x) => x === 0) && b.every((x) => x === 0) ? 1 : 0;
};
const shares = (v: readonly number[]) =>
  BEHAVIOURS.map((b, i) => [b, v[i]!] as const)
    .filter(([, x]) => x > 0.05)
    .map(([b, x]) => `${b} ${x.toFixed(2)}`)
    .join(', ');

const original = prepare(originals, cases);
const strictOf: number[] = [];
console.log('strict / lenient / top-3, behaviours only (lexicalWeight 0), 180 dev tickets\n');
console.log(`  ${'original'.padEnd(8)} ${fmt(original.map((c) => rankCase(c, BEHAVIOURS_ONLY)))}`);
for (const name of TRANSLATIONS) {
  const { catalogues, cases: relabelled } = translatedDev(name);
  const prepared = prepare(catalogues, relabelled);
  const outcomes = prepared.map((c) => rankCase(c, BEHAVIOURS_ONLY));
  strictOf.push(figures(outcomes).strict / outcomes.length);
  const low: string[] = [];
  let sum = 0;
  let n = 0;
  for (const [id, translated] of catalogues) {
    const from = readingsOf(toCatalogue(originals.get(id)!), DEFAULT_PARAMS.promptWeight);
    readingsOf(toCatalogue(translated), DEFAULT_PARAMS.promptWeight).forEach((r, i) => {
      const k = cosine(from[i]!.behaviours, r.behaviours);
      sum += k;
      n++;
      if (k < 0.8)
        low.push(
          `    ${id}/${r.value.name} (${from[i]!.value.name}) ${k.toFixed(2)}: ${shares(r.behaviours)} | original ${shares(from[i]!.behaviours)}`,
        );
    });
  }
  console.log(
    `  ${name.padEnd(8)} ${fmt(prepared.map((c) => rankCase(c, BEHAVIOURS_ONLY)))}   shares' cosine to the original ${(sum / n).toFixed(3)}`,
  );
  if (verbose) console.log(low.join('\n'));
}
console.log(
  `\n  mean strict over the ${strictOf.length} translations: ${pct(
    strictOf.reduce((a, b) => a + b, 0),
    strictOf.length,
  )}`,
);

console.log('\nthree teams end to end in Brazilian Portuguese (tickets and catalogue translated), whole engine | behaviours only:');
const ptCatalogues = JSON.parse(readFileSync('test/fixtures/eval/translated/pt.json', 'utf8')) as Translated[];
const pt = new Map<string, EvalCatalogue>(ptCatalogues.map((c) => [c.id, c]));
for (const team of ['travel', 'saas-hr', 'games']) {
  const translated = relabel(
    readCases(`test/fixtures/eval/translated/tickets-pt-${team}.jsonl`, () => undefined),
    renameOf(ptCatalogues),
  );
  const english = original.filter((c) => c.team === team);
  const ported = prepare(pt, translated);
  console.log(
    `  ${team.padEnd(8)} pt ${fmt(ported.map((c) => rankCase(c)))} | ${fmt(ported.map((c) => rankCase(c, BEHAVIOURS_ONLY)))}   (English ${fmt(english.map((c) => rankCase(c)))} | ${fmt(english.map((c) => rankCase(c, BEHAVIOURS_ONLY)))})`,
  );
}
