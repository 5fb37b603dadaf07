import data from './data/thesaurus.json';
import { BEHAVIOURS, type Behaviour } from './behaviours';
import { stemIn, type Lang } from './language';

interface ThesaurusAsset {
  behaviours: string[];
  words: Record<string, Record<string, number[]>>;
}

const asset = data as ThesaurusAsset;
const byLang = new Map<Lang, Map<string, Behaviour[]>>();

/**
 * Synonyms of the words that describe each behaviour, per language (trimmed from the LibreOffice
 * thesauri, ADR 0075), keyed by Snowball stem so "dependable" and "dependability" both find it.
 */
function lookupFor(lang: Lang): Map<string, Behaviour[]> {
  let map = byLang.get(lang);
  if (map) return map;
  map = new Map();
  for (const [word, indexes] of Object.entries(asset.words[lang] ?? {})) {
    // Indexes follow the asset's own behaviour list, so a later behaviour order still reads it right.
    const names = indexes
      .map((i) => asset.behaviours[i])
      .filter((b): b is Behaviour => (BEHAVIOURS as readonly string[]).includes(b ?? ''));
    const key = stemIn(lang, word);
    map.set(key, [...new Set([...(map.get(key) ?? []), ...names])]);
  }
  byLang.set(lang, map);
  return map;
}

/** The behaviours a folded word is a synonym of, in a language (none for unknown words and Japanese). */
export function synonymBehaviours(lang: Lang, word: string): readonly Behaviour[] {
  if (lang === 'ja' || word.length < 4) return [];
  return lookupFor(lang).get(stemIn(lang, word)) ?? [];
}
