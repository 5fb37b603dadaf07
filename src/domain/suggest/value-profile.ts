import type { Catalogue, CatalogueValue } from '../catalogue/types';
import { CONCEPTS } from './concepts';
import { createMatcher, type Match } from './matcher';
import { STOPWORDS } from './stopwords';
import { stem, tokenize } from './text';

/** How a value reads: which concepts its own words express, its distinctive stems, its signals. */
export interface ValueProfile {
  value: CatalogueValue;
  /** Concept id → share of the value's meaning (sums to 1 when any concept was recognised). */
  concepts: Map<string, number>;
  /** Stem → weight: words of the value's text, weighted by how few other values use them. */
  stems: Map<string, number>;
  /** Whether the admin gave this value signal words (matched for all values at once, see `signalMatcherOf`). */
  hasSignals: boolean;
}

const describeMatcher = createMatcher(CONCEPTS.flatMap((c) => c.describe.map((pattern) => ({ pattern, data: c.id }))));

/** The name says most about a value, then its description; prompts and questions fill in. */
function weightedParts(value: CatalogueValue): [string, number][] {
  return [
    [value.name, 3],
    [value.description, 2],
    ...value.prompts.map((p): [string, number] => [p, 1]),
    ...value.questions.map((q): [string, number] => [q, 0.7]),
    ...value.signals.map((s): [string, number] => [s, 1.5]),
  ];
}

function conceptShares(value: CatalogueValue): Map<string, number> {
  const raw = new Map<string, number>();
  for (const [text, weight] of weightedParts(value)) {
    const matches: Match<string>[] = describeMatcher(tokenize(text.slice(0, 5000)));
    for (const m of matches) raw.set(m.data, (raw.get(m.data) ?? 0) + weight);
  }
  const total = [...raw.values()].reduce((a, b) => a + b, 0);
  const shares = new Map<string, number>();
  for (const [id, w] of raw) shares.set(id, w / (total || 1));
  return shares;
}

function valueStems(value: CatalogueValue): Map<string, number> {
  const stems = new Map<string, number>();
  for (const [text, weight] of weightedParts(value)) {
    for (const token of tokenize(text.slice(0, 5000))) {
      if (token.norm.length < 4 || STOPWORDS.has(token.norm)) continue;
      const s = stem(token.norm);
      stems.set(s, Math.max(stems.get(s) ?? 0, weight));
    }
  }
  return stems;
}

const cache = new WeakMap<Catalogue, ValueProfile[]>();
const signalCache = new WeakMap<Catalogue, ReturnType<typeof createMatcher<number>>>();

/** One matcher for every value's signal words; a match's data is the value's index. */
export function signalMatcherOf(catalogue: Catalogue) {
  let matcher = signalCache.get(catalogue);
  if (!matcher) {
    matcher = createMatcher(catalogue.values.flatMap((v, index) => v.signals.map((pattern) => ({ pattern, data: index }))));
    signalCache.set(catalogue, matcher);
  }
  return matcher;
}

/** Profiles of every value, computed once per catalogue object. */
export function profilesOf(catalogue: Catalogue): ValueProfile[] {
  const cached = cache.get(catalogue);
  if (cached) return cached;
  const raw = catalogue.values.map((value) => ({ value, concepts: conceptShares(value), stems: valueStems(value) }));
  // A word only one value uses says much more about it than a word they all share.
  const df = new Map<string, number>();
  for (const profile of raw) for (const s of profile.stems.keys()) df.set(s, (df.get(s) ?? 0) + 1);
  const n = raw.length;
  const profiles = raw.map((profile) => {
    const stems = new Map<string, number>();
    for (const [s, weight] of profile.stems) {
      const idf = Math.log((n + 1) / (df.get(s) ?? 1));
      if (idf > 0) stems.set(s, weight * idf);
    }
    return { ...profile, stems, hasSignals: profile.value.signals.length > 0 };
  });
  cache.set(catalogue, profiles);
  return profiles;
}
