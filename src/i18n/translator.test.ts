import { describe, expect, it } from 'vitest';
import { createTranslator, flattenMessages } from './translator';
import { resolveLocale } from './locale';

describe('translator', () => {
  const en = flattenMessages({ a: { hello: 'Hello {{name}}', items: { one: '{{count}} item', other: '{{count}} items' } } });
  const de = flattenMessages({ a: { hello: 'Hallo {{name}}' } });

  it('interpolates and falls back to English, then to the key', () => {
    const t = createTranslator('de', de, en);
    expect(t.t('a.hello', { name: 'Zoë' })).toBe('Hallo Zoë');
    expect(t.t('a.items', { count: 2 })).toBe('2 items');
    expect(t.t('a.missing')).toBe('a.missing');
  });

  it('picks plural forms by the locale rules', () => {
    const t = createTranslator('en', en, en);
    expect(t.t('a.items', { count: 1 })).toBe('1 item');
    expect(t.t('a.items', { count: 0 })).toBe('0 items');
  });
});

describe('resolveLocale', () => {
  it.each([
    ['pt-br', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['es-419', 'es'],
    ['en-GB', 'en'],
    ['ja', 'ja'],
    ['zh-cn', 'en'],
    [undefined, 'en'],
  ])('%s → %s', (input, expected) => {
    expect(resolveLocale(input)).toBe(expected);
  });
});
