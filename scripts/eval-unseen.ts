// `npm run --silent eval:unseen [-- <dir>…]`: the engine as shipped (the defaults in src/domain/suggest/params.ts), cold and
// few-shot (4 label-stratified folds per team, each ranked with a profile from the other three), on labelled teams it
// was never tuned on: test/fixtures/eval/unseen/<team>/ (catalogues.json, cases.jsonl, README.md), each written by an
// independent author who read neither the engine nor the dev sets (ADR 0151). Nothing here is tuned on these teams; a
// change chosen by reading their misses makes them dev data, and the ADR must say so.
// `--declared`: each value declares the behaviours it is about, as an independent reader wrote them from the value's text
// (test/fixtures/eval/declared/behaviours.json; ADR 0158), as an admin would in the catalogue's `Behaviours:` line.
// `--declared=<file>`: the same from another file of that shape (team → value name → behaviours), such as a language
// model's proposal written by scripts/propose-behaviours.ts (ADR 0159).
import { DEFAULT_PARAMS } from '../src/domain/suggest/params';
import {
  byTeam,
  fewShot,
  figures,
  line,
  meanOverTeams,
  prepareSets,
  rankCase,
  unseenSets,
  withDeclaredBehaviours,
  type Outcome,
} from './lib/eval-core';

const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const sets = dirs.length ? dirs : unseenSets();
const read = prepareSets(sets, (dir, n, message) => console.error(`${dir}/cases.jsonl:${n}: ${message}`));
const declaredFlag = process.argv.find((a) => a === '--declared' || a.startsWith('--declared='));
const declared = declaredFlag !== undefined;
const cases = declaredFlag === undefined ? read : withDeclaredBehaviours(read, declaredFlag.split('=')[1] || undefined);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function block(title: string, outcomes: readonly Outcome[]): void {
  console.log(`\n${title}:`);
  for (const team of byTeam(cases).keys()) console.log(line(team, figures(outcomes.filter((o) => o.case.team === team))));
  const m = meanOverTeams(outcomes);
  console.log(`  ${'mean over teams'.padEnd(22)} strict ${pct(m.strict)}  lenient ${pct(m.lenient)}  top-3 ${pct(m.top3)}`);
  console.log(line('all cases pooled', figures(outcomes)));
}

console.log(
  `${cases.length} labelled cases, ${byTeam(cases).size} teams the engine was never tuned on (${sets.join(', ')})${declared ? `; each value declares its behaviours (${declaredFlag})` : ''}`,
);
block(
  'cold (the shipped defaults)',
  cases.map((c) => rankCase(c, DEFAULT_PARAMS)),
);
block('few-shot (4 folds per team, stratified by label, the shipped defaults with a profile)', fewShot(cases, DEFAULT_PARAMS));
