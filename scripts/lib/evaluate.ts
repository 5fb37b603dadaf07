import type { Band } from '../../src/domain/suggest/types';
import { fewShot, figures, pct, prepare, profileFrom, rankCase, situationOnly, type Outcome } from './eval-core';
import type { EvalCase, EvalCatalogue } from './eval-data';

export interface EvalReport {
  cases: number;
  strict: number;
  lenient: number;
  top3: number;
  /** Per band of the top value: how many tickets, and how many of those were right (lenient). */
  bands: Record<Band, { n: number; lenient: number }>;
  perValue: Map<string, { n: number; hit: number }>;
  confusion: Map<string, Map<string, number>>;
  perCatalogue: Map<string, { n: number; strict: number; lenient: number; top3: number }>;
}

export interface EvalOptions {
  /** Tagged replies the ranking learns from (never the ranked cases). */
  examples?: EvalCase[];
  /** Rank each team in 4 folds, learning from the other three (examples are ignored). */
  fewShot?: boolean;
  /** Remove every agent comment first: what the situation alone suggests. */
  situation?: boolean;
}

/** Accuracy of the suggestions against labelled cases (top-1 strict / lenient, top-3, bands, recall, confusion). */
export function evaluate(catalogues: Map<string, EvalCatalogue>, cases: EvalCase[], options: EvalOptions = {}): EvalReport {
  let prepared = prepare(catalogues, cases);
  if (options.situation) prepared = situationOnly(prepared);
  let outcomes: Outcome[];
  if (options.fewShot) outcomes = fewShot(prepared);
  else {
    const examples = prepare(catalogues, options.examples ?? []);
    const profiles = new Map<string, ReturnType<typeof profileFrom>>();
    outcomes = prepared.map((c) => {
      if (!options.examples) return rankCase(c);
      if (!profiles.has(c.team)) profiles.set(c.team, profileFrom(examples.filter((e) => e.team === c.team)));
      return rankCase(c, undefined, profiles.get(c.team));
    });
  }
  const all = figures(outcomes);
  const report: EvalReport = {
    cases: all.n,
    strict: all.strict,
    lenient: all.lenient,
    top3: all.top3,
    bands: all.bands,
    perValue: new Map(),
    confusion: new Map(),
    perCatalogue: new Map(),
  };
  for (const o of outcomes) {
    const key = `${o.case.team}/${o.case.expected}`;
    const pv = report.perValue.get(key) ?? { n: 0, hit: 0 };
    report.perValue.set(key, { n: pv.n + 1, hit: pv.hit + Number(o.strict) });
    const row = report.confusion.get(key) ?? new Map<string, number>();
    row.set(o.ranked[0]!, (row.get(o.ranked[0]!) ?? 0) + 1);
    report.confusion.set(key, row);
    const pc = report.perCatalogue.get(o.case.team) ?? { n: 0, strict: 0, lenient: 0, top3: 0 };
    report.perCatalogue.set(o.case.team, {
      n: pc.n + 1,
      strict: pc.strict + Number(o.strict),
      lenient: pc.lenient + Number(o.lenient),
      top3: pc.top3 + Number(o.top3),
    });
  }
  return report;
}

export function formatReport(report: EvalReport): string {
  const band = (b: Band) =>
    `  ${b.padEnd(9)} lenient precision ${pct(report.bands[b].lenient, report.bands[b].n).padStart(6)}  coverage ${pct(report.bands[b].n, report.cases).padStart(6)} (${report.bands[b].n}/${report.cases})`;
  const lines = [
    `cases: ${report.cases}`,
    process.env.VC_EVAL_PRIOR === 'off'
      ? 'priors: none (VC_EVAL_PRIOR=off, the engine before ADR 0155)'
      : 'priors: each team ranked with reply and situation priors trained on the other labelled teams, never on itself (ADR 0155; `npm run suggest` uses the shipped ones)',
    `strict top-1:  ${pct(report.strict, report.cases)} (${report.strict}/${report.cases})`,
    `lenient top-1: ${pct(report.lenient, report.cases)} (${report.lenient}/${report.cases})`,
    `top-3:         ${pct(report.top3, report.cases)} (${report.top3}/${report.cases})`,
    '',
    'bands of the top value (strong is what the sidebar calls "Likely"; weak shows "no clear value yet"):',
    band('strong'),
    band('moderate'),
    band('weak'),
    '',
    'per catalogue (each catalogue is scored by the same engine; nothing is fitted per catalogue):',
    ...[...report.perCatalogue].map(
      ([id, c]) => `  ${id.padEnd(12)} n=${c.n}  strict ${pct(c.strict, c.n)}  lenient ${pct(c.lenient, c.n)}  top-3 ${pct(c.top3, c.n)}`,
    ),
    '',
    'per-value recall (strict):',
    ...[...report.perValue].sort().map(([key, v]) => `  ${key.padEnd(36)} ${v.hit}/${v.n}  ${pct(v.hit, v.n)}`),
    '',
    'confusion (expected → predicted top-1: count):',
    ...[...report.confusion].sort().map(
      ([key, row]) =>
        `  ${key.padEnd(36)} ${[...row]
          .sort((a, b) => b[1] - a[1])
          .map(([p, n]) => `${p}: ${n}`)
          .join(', ')}`,
    ),
  ];
  return lines.join('\n');
}
