// `npx tsx scripts/eval-errors.ts [--situation] [--all] [--classes]`: per-ticket errors of the cold engine (defaults) over
// the six dev teams: the expected value's rank, the top three, and the behaviours the reply showed; then, per value, how
// often it is predicted against how often it is the label (hubs). With `--classes`, every top-1 error sorted by cause
// (ADR 0112): the labelled value's own behaviours not read at all, read but outscored on behaviours, winning on
// behaviours but losing on shared words, or losing on both. With `--describe`, only each value's describing words, each
// in its clause (ADR 0123: read for words taken in another sense, e.g. "an open mind" as candour). For reading failure
// modes, not a score.
import { BEHAVIOURS, DESCRIBE_PATTERNS } from '../src/domain/suggest/behaviours';
import { readTicket } from '../src/domain/suggest/ticket-reading';
import { clausesOf, readingsOf } from '../src/domain/suggest/value-behaviours';
import { behaviourWeights, coldParts } from '../src/domain/suggest/rank-values';
import { DEFAULT_PARAMS } from '../src/domain/suggest/params';
import { prepareSets, rankCase, situationOnly, type Prepared } from './lib/eval-core';

const args = process.argv.slice(2);
// `--sets a,b`: other folders than the six dev teams, e.g. test/fixtures/eval/unseen/market.
const setsArg = args.find((_, i) => args[i - 1] === '--sets');
let cases: Prepared[] = prepareSets(setsArg ? setsArg.split(',') : undefined);
if (args.includes('--situation')) cases = situationOnly(cases);
if (args.includes('--describe')) {
  for (const [team, catalogue] of new Map(cases.map((c) => [c.team, c.catalogue])))
    for (const value of catalogue.values) {
      console.log(`${team}/${value.name}`);
      for (const { clause, weight } of clausesOf(value))
        for (const b of BEHAVIOURS) {
          const word = clause.match(new RegExp(DESCRIBE_PATTERNS[b].source, DESCRIBE_PATTERNS[b].flags.replace('g', '')))?.[0];
          if (word) console.log(`  ${b.padEnd(14)} ${word.trim().padEnd(16)} ×${weight}  «${clause.trim()}»`);
        }
    }
  process.exit(0);
}
const predicted = new Map<string, number>();
const labelled = new Map<string, number>();
const shownCount = new Map<string, number>();
const classes = new Map<string, string[]>();
for (const c of cases) {
  const o = rankCase(c);
  if (!o.strict && args.includes('--classes')) {
    const k = errorClass(c, o.ranked[0]!);
    classes.set(k.cls, [
      ...(classes.get(k.cls) ?? []),
      `${o.lenient ? 'len ' : '    '}${c.id} exp=${c.expected} got=${o.ranked[0]} | ${k.detail}`,
    ]);
  }
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
if (args.includes('--classes')) {
  console.log('\ntop-1 errors by cause (len = lenient hit):');
  for (const [k, lines] of [...classes].sort()) {
    console.log(`${k}: ${lines.length} (${lines.filter((l) => l.startsWith('len')).length} lenient)`);
    for (const l of lines) console.log(`  ${l}`);
  }
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

/** Why the labelled value lost the top: its behaviour part and its shared-words part against the winner's. */
function errorClass(c: Prepared, winner: string): { cls: string; detail: string } {
  const p = DEFAULT_PARAMS;
  const readings = readingsOf(c.catalogue, p.promptWeight, p.thesaurusWeight);
  const weights = behaviourWeights(p);
  const mean = BEHAVIOURS.map((_, b) => readings.reduce((s, r) => s + r.behaviours[b]!, 0) / readings.length);
  const { shown, replyTerms } = readTicket(c.ticket, undefined, p);
  const parts = (name: string) => {
    const r = readings.find((x) => x.value.name === name)!;
    const cold = coldParts(r, shown, replyTerms, mean, weights, p);
    const behaviour = cold.behaviour;
    const words = p.lexicalWeight * cold.words;
    const own = BEHAVIOURS.filter((_, i) => r.behaviours[i]! >= 0.2);
    const read = own.filter((b) => shown[BEHAVIOURS.indexOf(b)]! >= 0.1);
    return { behaviour, words, own, read };
  };
  const e = parts(c.expected);
  const t = parts(winner);
  const cls =
    e.read.length === 0
      ? 'A: the labelled value’s own behaviours not read'
      : e.behaviour < t.behaviour && e.words >= t.words
        ? 'B: read, outscored on behaviours'
        : e.behaviour >= t.behaviour && e.words < t.words
          ? 'C: wins on behaviours, loses on shared words'
          : 'D: read, loses on both';
  const f = (x: number) => x.toFixed(2);
  return {
    cls,
    detail: `labelled b=${f(e.behaviour)} w=${f(e.words)} own=${e.own.join(',')} read=${e.read.join(',') || '-'} | winner b=${f(t.behaviour)} w=${f(t.words)}`,
  };
}
