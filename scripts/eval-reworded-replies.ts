// `npx tsx scripts/eval-reworded-replies.ts [--flips]`: the six dev teams cold (the defaults), with each ticket's
// labelled reply as written and as independent writers rewrote it in their own words, keeping every act and fact
// (test/fixtures/eval/reworded-replies.jsonl, ADR 0143). The reply patterns were written with the dev replies in view;
// the rewritten ones were never read while writing them. A second rewriting, by other writers, is the tuning set (read
// for what the patterns miss, ADR 0145). Then the same with the team's tags (few-shot). `--flips`: the tickets whose top value changed (held-out rewriting).
import { DEFAULT_PARAMS } from '../src/domain/suggest/params';
import {
  byTeam,
  fewShot,
  figures,
  meanOverTeams,
  prepareSets,
  rankCase,
  REWORDED_FOR_TUNING,
  REWORDED_HELD_OUT,
  rewordedReplies,
  type Outcome,
} from './lib/eval-core';

const cases = prepareSets();
const reworded = rewordedReplies(cases);
const pct = (x: number, n: number) => ((100 * x) / n).toFixed(1);
const line = (o: Outcome[]) => {
  const f = figures(o);
  const s = f.bands.strong;
  return `${pct(f.strict, f.n)} / ${pct(f.lenient, f.n)} / ${pct(f.top3, f.n)}  "Likely" ${s.n ? pct(s.lenient, s.n) : '–'}% on ${pct(s.n, f.n)}%`;
};
const before = cases.map((c) => rankCase(c, DEFAULT_PARAMS));
const after = reworded.map((c) => rankCase(c, DEFAULT_PARAMS));
const again = rewordedReplies(cases, REWORDED_FOR_TUNING).map((c) => rankCase(c, DEFAULT_PARAMS));
console.log(
  'cold, strict / lenient / top-3 and the strong band: replies as written | rewritten (held out) | rewritten again (tuning set)\n',
);
const meanOf = (o: Outcome[]) => {
  const m = meanOverTeams(o);
  return `${(100 * m.strict).toFixed(1)} / ${(100 * m.lenient).toFixed(1)} / ${(100 * m.top3).toFixed(1)}`;
};
for (const team of byTeam(cases).keys()) {
  const b = before.filter((o) => o.case.team === team);
  const a = after.filter((o) => o.case.team === team);
  const t = again.filter((o) => o.case.team === team);
  console.log(`  ${team.padEnd(8)} ${line(b)}  |  ${line(a)}  |  ${line(t)}`);
}
console.log(`  ${'mean'.padEnd(8)} ${meanOf(before)}  |  ${meanOf(after)}  |  ${meanOf(again)}`);
console.log(`  ${'pooled'.padEnd(8)} ${line(before)}  |  ${line(after)}  |  ${line(again)}`);
// With the team's tags (ADR 0144's few-shot: 4 folds per team, a profile from the other three folds' replies as
// written): is the ranked reply still recognised when it is worded unlike the tags it learned from?
const shots = (file?: string) =>
  [...byTeam(cases).values()].flatMap((team) =>
    fewShot(team, DEFAULT_PARAMS, 4, undefined, file ? (cs) => rewordedReplies(cs, file) : undefined),
  );
const [shotBefore, shotAfter, shotAgain] = [shots(), shots(REWORDED_HELD_OUT), shots(REWORDED_FOR_TUNING)];
console.log("\nwith the team's tags (few-shot, defaults; the tags are the other folds' replies as written):\n");
console.log(`  ${'mean'.padEnd(8)} ${meanOf(shotBefore)}  |  ${meanOf(shotAfter)}  |  ${meanOf(shotAgain)}`);
console.log(`  ${'pooled'.padEnd(8)} ${line(shotBefore)}  |  ${line(shotAfter)}  |  ${line(shotAgain)}`);
if (process.argv.includes('--flips'))
  before.forEach((b, i) => {
    const a = after[i]!;
    if (b.strict !== a.strict) console.log(`  ${b.case.id}: ${b.ranked[0]} → ${a.ranked[0]} (labelled ${b.case.expected})`);
  });
