import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../src/domain/catalogue/parse-catalogue';
import { toCatalogue, type EvalCatalogue } from './eval-data';
import { DEV_SETS, TRANSLATIONS, UNSEEN_ROOT, unseenSets } from './eval-core';

const idsAndTags = (c: { values: readonly { id: string; tag: string }[] }) => c.values.map((v) => `${v.id} ${v.tag}`);

describe('eval catalogues', () => {
  it('give each value the id and the tag the app gives it, whatever the script of its name', () => {
    // A learned profile is keyed by tag: values sharing one are one value to it. Japanese names all folded to `vc_value`.
    const japanese: EvalCatalogue = {
      id: 'ja',
      values: [
        { name: '数字は正確に', description: '確かめてから答えます。' },
        { name: '最後まで引き受ける', description: '解決まで担当します。' },
        { name: 'Own it', description: 'We see it through.' },
        { name: 'お客様の損を防ぐ', description: '損を防ぎます。', tag: 'vc_value_2' },
      ],
    };
    const catalogue = toCatalogue(japanese);
    expect(new Set(catalogue.values.map((v) => v.tag)).size).toBe(4);
    expect(idsAndTags(catalogue)).toEqual(idsAndTags(parseCatalogue(JSON.stringify(japanese)).catalogue));
  });

  it('match the parser on every labelled team and translated catalogue', () => {
    const files = [
      ...unseenSets().map((dir) => `${dir}/catalogues.json`),
      '../shared/eval/dev/catalogues.json',
      '../shared/eval/dev2/catalogues.json',
      ...TRANSLATIONS.map((t) => `test/fixtures/eval/translated/${t}.json`),
    ];
    let checked = 0;
    for (const file of files) {
      let raw: EvalCatalogue[];
      try {
        raw = JSON.parse(readFileSync(file, 'utf8')) as EvalCatalogue[];
      } catch {
        continue;
      }
      for (const c of raw) {
        expect({ file, c: c.id, v: idsAndTags(toCatalogue(c)) }).toEqual({
          file,
          c: c.id,
          v: idsAndTags(parseCatalogue(JSON.stringify(c)).catalogue),
        });
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(unseenSets().length);
    expect(UNSEEN_ROOT).toBe('test/fixtures/eval/unseen');
  });

  it('know every labelled team by an id of its own: held-out priors, folds and calibration group cases by it', () => {
    // Batch 13's Italian bank arrived as `banca`, the id of a dev2 team: the two would have been one team.
    const ids = [...DEV_SETS, ...unseenSets()].flatMap((dir) =>
      (JSON.parse(readFileSync(`${dir}/catalogues.json`, 'utf8')) as EvalCatalogue[]).map((c) => c.id),
    );
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
