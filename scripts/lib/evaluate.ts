import { rankValues } from '../../src/domain/suggest/rank-values';
import { toCatalogue, toTicket, type EvalCase, type EvalCatalogue } from './eval-data';

export interface EvalReport {
  cases: number;
  strict: number;
  lenient: number;
  top3: number;
  perValue: Map<string, { n: number; hit: number }>;
  confusion: Map<string, Map<string, number>>;
  perCatalogue: Map<string, { n: number; strict: number; lenient: number; top3: number }>;
}

/** Accuracy of the suggestions against labelled cases (top-1 strict / lenient, top-3, recall, confusion). */
export function evaluate(catalogues: Map<string, EvalCatalogue>, cases: EvalCase[]): EvalReport {
  const report: EvalReport = {
    cases: 0,
    strict: 0,
    lenient: 0,
    top3: 0,
    perValue: new Map(),
    confusion: new Map(),
    perCatalogue: new Map(),
  };
  const converted = new Map([...catalogues].map(([id, c]) => [id, toCatalogue(c)]));
  for (const item of cases) {
    const catalogue = converted.get(item.catalogue);
    if (!catalogue || !item.expected) continue;
    const names = new Map(catalogue.values.map((v) => [v.id, v.name]));
    const ranked = rankValues(catalogue, toTicket(item.ticket ?? {})).map((r) => names.get(r.valueId)!);
    const top = ranked[0]!;
    const strict = top === item.expected;
    const lenient = strict || (item.also ?? []).includes(top);
    const top3 = ranked.slice(0, 3).includes(item.expected);
    report.cases++;
    report.strict += Number(strict);
    report.lenient += Number(lenient);
    report.top3 += Number(top3);
    const key = `${item.catalogue}/${item.expected}`;
    const pv = report.perValue.get(key) ?? { n: 0, hit: 0 };
    report.perValue.set(key, { n: pv.n + 1, hit: pv.hit + Number(strict) });
    const row = report.confusion.get(key) ?? new Map<string, number>();
    row.set(top, (row.get(top) ?? 0) + 1);
    report.confusion.set(key, row);
    const pc = report.perCatalogue.get(item.catalogue) ?? { n: 0, strict: 0, lenient: 0, top3: 0 };
    report.perCatalogue.set(item.catalogue, {
      n: pc.n + 1,
      strict: pc.strict + Number(strict),
      lenient: pc.lenient + Number(lenient),
      top3: pc.top3 + Number(top3),
    });
  }
  return report;
}

const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;

export function formatReport(report: EvalReport): string {
  const lines = [
    `cases: ${report.cases}`,
    `strict top-1:  ${pct(report.strict, report.cases)} (${report.strict}/${report.cases})`,
    `lenient top-1: ${pct(report.lenient, report.cases)} (${report.lenient}/${report.cases})`,
    `top-3:         ${pct(report.top3, report.cases)} (${report.top3}/${report.cases})`,
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
