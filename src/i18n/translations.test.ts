import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOMAIN_MESSAGE_CODES } from '../domain/message-codes';
import { CUE_CODES } from '../domain/suggest/types';
import { flattenMessages } from './translator';
import { SUPPORTED_LOCALES } from './locale';

const load = (locale: string) => flattenMessages(JSON.parse(readFileSync(`translations/${locale}.json`, 'utf8')));
const en = load('en');
const has = (key: string) => en[key] !== undefined || en[`${key}.other`] !== undefined;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('translations', () => {
  it('has a file for every supported locale with exactly the English keys', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const keys = Object.keys(load(locale)).sort();
      expect({ locale, missing: Object.keys(en).filter((k) => !keys.includes(k)) }).toEqual({ locale, missing: [] });
      expect({ locale, extra: keys.filter((k) => en[k] === undefined) }).toEqual({ locale, extra: [] });
    }
  });

  it('keeps every {{placeholder}} of the English string in each translation', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const messages = load(locale);
      for (const [key, english] of Object.entries(en)) {
        const wanted = (english.match(/\{\{\s*\w+\s*\}\}/g) ?? []).map((p) => p.replace(/\s/g, '')).sort();
        const found = (messages[key]?.match(/\{\{\s*\w+\s*\}\}/g) ?? []).map((p) => p.replace(/\s/g, '')).sort();
        // Plural forms like "one" may leave out {{count}}.
        const relevant = key.endsWith('.one') ? wanted.filter((p) => p !== '{{count}}') : wanted;
        expect({ locale, key, missing: relevant.filter((p) => !found.includes(p)) }).toEqual({ locale, key, missing: [] });
      }
    }
  });

  it('has an English message for every code the domain can report', () => {
    expect(DOMAIN_MESSAGE_CODES.filter((code) => !has(`vc.issues.${code}`))).toEqual([]);
  });

  it('words every cue a suggestion can give as its reason (the UI builds the key from the code)', () => {
    expect(CUE_CODES.filter((code) => !has(`vc.suggest.cue.${code}`))).toEqual([]);
  });

  it('has every literal key the UI asks for', () => {
    const used = new Set<string>();
    for (const file of sourceFiles('src')) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'((?:vc|app)\.[\w.-]+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((key) => !has(key))).toEqual([]);
  });
});
