// `npx tsx scripts/eval-errors.ts [--situation] [--all]`: per-ticket errors of the cold engine (defaults) over the six dev
// teams: the expected value's rank, the top three, and the behaviours the reply showed; then, per value, how often it
// is predicted against how often it is the label (hubs). For reading failure modes, not a score.
import { BEHAVIOURS } from '../src/domain/suggest/behaviours';
import { readTicket } from '../src/domain/suggest/ticket-reading';
import { readingsOf } from '../src/domain/suggest/value-behaviours';
import { DEFAULT_PARAMS } from '../src/domain/suggest/params';
import { prepare, rankCase, situationOnly, type Prepared } from './lib/eval-core';
import { readCases, readCatalogues } from './lib/eval-data';

const args = process.argv.slice(2);
let cases: Prepared[] = ['../shared/eval/dev', '../shared/eval/dev2'].flatMap((dir) =>
  prepare(
    readCatalogues(`${dir}/catalogues.json`),
    readCases(`${dir}/cases.jsonl`, () => {}),
  ),
);
if (args.includes('--situation')) cases = situationOnly(cases);
const predicted = new Map<string, number>();
const labelled = new Map<string, number>();
const shownCount = new Map<string, number>();
for (const c of cases) {
  const o = rankCase(c);
  const key = (v: string) => `${c.team}/${v}`;
  predicted.set(key(o.ranked[0]!), (predicted.get(key(o.ranked[0]!)) ?? 0) + 1);
  labelled.set(key(c.expected), (labelled.get(key(c.expected)) ?? 0) + 1);
  const shown = readTicket(c.ticket, undefined, DEFAULT_PARAMS).shown;
  const list = BEHAVIOURS.filter((_, i) => shown[i]! >= 0.2);
  for (const b of list) shownCount.set(b, (shownCount.get(b) ?? 0) + 1);
  if (o.strict && !args.includes('--all')) continue;
  const rank = o.ranked.indexOf(c.expected) + 1;
  console.log(
    `${o.strict ? 'OK ' : o.lenient ? 'len' : rank <= 3 ? 'top3' : 'MISS'} ${c.id.padEnd(16)} exp=${c.expected} (#${rank}) got=${o.ranked.slice(0, 3).join(' > ')} band=${o.band} | ${BEHAVIOURS.map(
      (b, i) => (shown[i]! >= 0.1 ? `${b}:${shown[i]!.toFixed(2)}` : ''),
    )
      .filter(Boolean)
      .join(' ')}`,
  );
}
console.log('\npredicted / labelled per value:');
for (const [k, n] of labelled) console.log(`  ${k.padEnd(40)} ${String(predicted.get(k) ?? 0).padStart(3)} / ${n}`);
console.log('\nvalue affinities (behaviour shares > 0.05):');
const seen = new Set<unknown>();
for (const c of cases) {
  if (seen.has(c.catalogue)) continue;
  seen.add(c.catalogue);
  for (const r of readingsOf(c.catalogue, DEFAULT_PARAMS.promptWeight))
    console.log(
      `  ${c.team}/${r.value.name.padEnd(26)} ${BEHAVIOURS.map((b, i) =>
        r.behaviours[i]! > 0.05 ? `${b}:${r.behaviours[i]!.toFixed(2)}` : '',
      )
        .filter(Boolean)
        .join(' ')}`,
    );
}
