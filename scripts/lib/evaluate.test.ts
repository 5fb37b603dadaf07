import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCases, readCatalogues, type EvalCatalogue } from './eval-data';
import { evaluate } from './evaluate';

const DEV = '../shared/eval/dev';
const cases = readCases(`${DEV}/cases.jsonl`, () => undefined);

describe('suggestion accuracy (regression floors, a little below what was measured)', () => {
  it('on the dev set', () => {
    const report = evaluate(readCatalogues(`${DEV}/catalogues.json`), cases);
    expect(report.cases).toBe(60);
    expect(report.strict / report.cases).toBeGreaterThanOrEqual(0.78);
    expect(report.lenient / report.cases).toBeGreaterThanOrEqual(0.85);
    expect(report.top3 / report.cases).toBeGreaterThanOrEqual(0.93);
  });

  it('on the same tickets with the catalogues rewritten in other words (a held-out wording check)', () => {
    const paraphrased = JSON.parse(readFileSync('test/fixtures/eval/paraphrased-catalogues.json', 'utf8')) as (Omit<
      EvalCatalogue,
      'values'
    > & { values: (EvalCatalogue['values'][number] & { label: string })[] })[];
    const rename = new Map(paraphrased.flatMap((c) => c.values.map((v) => [`${c.id}/${v.label}`, v.name] as const)));
    const relabelled = cases.map((c) => ({
      ...c,
      expected: rename.get(`${c.catalogue}/${c.expected}`),
      also: (c.also ?? []).map((a) => rename.get(`${c.catalogue}/${a}`) ?? a),
    }));
    const report = evaluate(new Map(paraphrased.map((c) => [c.id, c])), relabelled);
    expect(report.cases).toBe(60);
    expect(report.strict / report.cases).toBeGreaterThanOrEqual(0.72);
    expect(report.lenient / report.cases).toBeGreaterThanOrEqual(0.85);
    expect(report.top3 / report.cases).toBeGreaterThanOrEqual(0.92);
  });
});
