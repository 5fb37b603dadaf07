import { describe, expect, it } from 'vitest';
import en from '../../translations/en.json';
import ja from '../../translations/ja.json';
import { englishFirstMessages, firstMessages, loadMessages, prefetchFirstMessages } from './load-messages';
import { SUPPORTED_LOCALES } from './locale';
import { flattenMessages } from './translator';

const KEY = 'vc.catalogue.values.other'; // the values' heading, drawn first

describe('the strings drawn first, per locale (ADR 0105)', () => {
  it('gives each locale its own strings drawn first, English at once', async () => {
    expect(englishFirstMessages()[KEY]).toBe(flattenMessages(en)[KEY]);
    expect((await firstMessages('ja'))[KEY]).toBe(flattenMessages(ja)[KEY]);
    expect(flattenMessages(ja)[KEY]).not.toBe(flattenMessages(en)[KEY]);
    for (const locale of SUPPORTED_LOCALES)
      expect(Object.keys(await firstMessages(locale)).sort()).toEqual(Object.keys(englishFirstMessages()).sort());
  });

  it("asks for a locale's chunk once: the browser-language guess is the one the boot gets", async () => {
    prefetchFirstMessages('de-DE');
    const guessed = firstMessages('de');
    expect(firstMessages('de')).toBe(guessed);
    expect((await guessed)[KEY]).toBeTruthy();
    prefetchFirstMessages(undefined); // English: nothing to load
    await expect(loadMessages('fr', 'all')).resolves.toMatchObject({ [KEY]: expect.any(String) as string });
  });
});
