import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from './locale';
import { FIRST_PAINT_KEYS, partOf, treePart } from './message-parts';
import { flattenMessages } from './translator';

describe('message parts', () => {
  it('puts a key in the first part when it is listed or under a listed prefix, never by a shared start alone', () => {
    expect(partOf('vc.catalogue.mission')).toBe('first');
    expect(partOf('vc.tryAgain')).toBe('first');
    expect(partOf('vc.tryAgainLater')).toBe('rest');
    expect(partOf('vc.suggest.title')).toBe('first');
    expect(partOf('vc.suggest.reasons')).toBe('rest');
    expect(partOf('vc.issues.catalogue.empty')).toBe('rest');
  });

  it('splits every locale into two parts that together are the whole file, each key in exactly one', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const tree: unknown = JSON.parse(readFileSync(`translations/${locale}.json`, 'utf8'));
      const all = flattenMessages(tree);
      const first = flattenMessages(treePart(tree, 'first'));
      const rest = flattenMessages(treePart(tree, 'rest'));
      expect(Object.keys(first).filter((k) => k in rest)).toEqual([]);
      expect({ ...first, ...rest }).toEqual(all);
      // Every listed key or prefix names strings that exist (a typo would silently move them to the rest).
      for (const prefix of FIRST_PAINT_KEYS)
        expect({
          locale,
          prefix,
          found: Object.keys(first).some((k) => partOf(k) === 'first' && (k === prefix || k.startsWith(`${prefix}.`))),
        }).toEqual({ locale, prefix, found: true });
    }
  });
});
