import { stemmer as stemDe } from '@orama/stemmers/german';
import { stemmer as stemEn } from '@orama/stemmers/english';
import { stemmer as stemEs } from '@orama/stemmers/spanish';
import { stemmer as stemFr } from '@orama/stemmers/french';
import { stemmer as stemIt } from '@orama/stemmers/italian';
import { stemmer as stemPt } from '@orama/stemmers/portuguese';

/** The languages whose words we stem (Snowball stemmers); Japanese is read by character pairs instead. */
export type Lang = 'en' | 'es' | 'pt' | 'de' | 'fr' | 'it' | 'ja';

/**
 * Function words that tell the languages apart (folded: lower case, no accents). Only words that are
 * frequent in one language and rare in the others, so a handful of them decide a short text.
 */
const MARKERS: Record<Exclude<Lang, 'ja'>, string[]> = {
  en: ['the', 'and', 'you', 'your', 'with', 'this', 'that', 'have', 'will', 'for', 'are', 'our', 'we', 'it', 'is', 'of', 'to'],
  es: ['el', 'los', 'las', 'una', 'que', 'con', 'para', 'por', 'del', 'su', 'tu', 'muy', 'pero', 'esta', 'hemos', 'le', 'y'],
  pt: ['o', 'os', 'uma', 'que', 'com', 'para', 'por', 'do', 'da', 'seu', 'sua', 'voce', 'nao', 'em', 'ao', 'e', 'muito'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'sie', 'mit', 'ein', 'eine', 'wir', 'ich', 'ihr', 'ihre', 'auf', 'fur', 'zu'],
  fr: ['le', 'les', 'des', 'et', 'est', 'une', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'au', 'avec', 'vous', 'nous', 'votre'],
  it: ['il', 'gli', 'della', 'che', 'con', 'per', 'non', 'una', 'sono', 'del', 'la', 'di', 'e', 'ci', 'ho', 'abbiamo', 'tuo'],
};
const WEIGHTS = new Map<string, Map<Lang, number>>();
for (const [lang, words] of Object.entries(MARKERS) as [Lang, string[]][]) {
  for (const w of words) {
    const m = WEIGHTS.get(w) ?? new Map<Lang, number>();
    m.set(lang, 1);
    WEIGHTS.set(w, m);
  }
}
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const WORD = /[a-z']+/g;

/**
 * The language of a folded text, from its function words (ties and texts without any: English, the
 * language most catalogues are written in). Japanese when kana make up a good part of the letters.
 */
export function detectLanguage(folded: string): Lang {
  const sample = folded.slice(0, 4000);
  const kana = sample.match(KANA)?.length ?? 0;
  if (kana >= 5 && kana * 4 >= sample.replace(/\s/g, '').length) return 'ja';
  const score = new Map<Lang, number>();
  for (const m of sample.matchAll(WORD)) {
    const langs = WEIGHTS.get(m[0]);
    if (!langs) continue;
    // A word shared by several languages counts for each of them, split.
    for (const lang of langs.keys()) score.set(lang, (score.get(lang) ?? 0) + 1 / langs.size);
  }
  let best: Lang = 'en';
  let top = 0;
  for (const [lang, s] of score) if (s > top + 1e-9) [best, top] = [lang, s];
  return best;
}

const STEMMERS: Record<Exclude<Lang, 'ja'>, (word: string) => string> = {
  en: stemEn,
  es: stemEs,
  pt: stemPt,
  de: stemDe,
  fr: stemFr,
  it: stemIt,
};
const cache = new Map<string, string>();

/** The Snowball stem of a folded word in a language (cached; Japanese words are returned as they are). */
export function stemIn(lang: Lang, word: string): string {
  if (lang === 'ja') return word;
  const key = `${lang}:${word}`;
  let s = cache.get(key);
  if (s === undefined) {
    s = STEMMERS[lang](word);
    if (cache.size > 50_000) cache.clear();
    cache.set(key, s);
  }
  return s;
}
