import type { Catalogue, CatalogueValue } from '../catalogue/types';
import { BEHAVIOURS, DESCRIBE_PATTERNS, replyPatternsFor, type Behaviour } from './behaviours';
import { foldText } from './reply-reading';
import { termsOfFolded } from './terms';
import { detectLanguage, isNorwegian, type Lang, type Variety } from './language';
import { synonymBehaviours } from './thesaurus';

/** How a value reads, from its own text only: which behaviours it asks for, and its distinctive terms. */
export interface ValueReading {
  value: CatalogueValue;
  /** Per behaviour (BEHAVIOURS order), its share of the value's meaning; sums to 1 when any was recognised. */
  behaviours: number[];
  /** Term → weight, higher for terms few other values of the catalogue use. */
  terms: Map<string, number>;
  /**
   * The language the value is written in (its whole text, `languageOf`). When it joins words into compounds (German,
   * Dutch, Swedish, Danish: `COMPOUNDING`), a reply's compound can end in its word.
   */
  lang: Lang;
}

/**
 * The language a catalogue is written in: the one most of its values are written in (the first value's on a tie), and
 * Norwegian when a catalogue read as Danish is written in Norwegian (ADR 0200). "Likely" may ask more of a catalogue in a
 * language whose "Likely" falls short (`strongProbabilityByLanguage`, ADR 0199).
 */
export function catalogueLanguage(readings: readonly ValueReading[]): Variety | undefined {
  // `readingsOf` keeps one array per catalogue: its language is worked out once, not on every ranking.
  if (varieties.has(readings)) return varieties.get(readings);
  const variety = languageOfReadings(readings);
  varieties.set(readings, variety);
  return variety;
}

const varieties = new WeakMap<readonly ValueReading[], Variety | undefined>();

function languageOfReadings(readings: readonly ValueReading[]): Variety | undefined {
  const counts = new Map<Lang, number>();
  for (const r of readings) counts.set(r.lang, (counts.get(r.lang) ?? 0) + 1);
  let best: Lang | undefined;
  for (const r of readings) if (best === undefined || counts.get(r.lang)! > counts.get(best)!) best = r.lang;
  if (best !== 'da') return best;
  const text = readings.flatMap((r) => weightedParts(r.value).map(([part]) => part)).join('\n');
  return isNorwegian(foldText(text.slice(0, 20000))) ? 'nb' : 'da';
}

const textLanguages = new WeakMap<Catalogue, Lang>();

/**
 * The language of a catalogue's whole text (mission, vision, the values' names, descriptions and prompts), as the priors
 * group the texts they learn from (`ReplyPrior.typical`, ADR 0201). Norwegian reads as Danish.
 */
export function catalogueTextLanguage(catalogue: Catalogue): Lang {
  let language = textLanguages.get(catalogue);
  if (language === undefined) {
    const text = [catalogue.mission, catalogue.vision, ...catalogue.values.flatMap((v) => [v.name, v.description, ...v.prompts])];
    language = detectLanguage(foldText(text.filter(Boolean).join('\n')));
    textLanguages.set(catalogue, language);
  }
  return language;
}

/** The name says most about a value, then its description; prompts and questions fill in. */
function weightedParts(value: CatalogueValue): [string, number][] {
  return [
    [value.name, 3],
    [value.description, 2],
    ...value.prompts.map((p): [string, number] => [p, 1]),
    ...value.questions.map((q): [string, number] => [q, 0.7]),
  ];
}

/** Splits a text into short clauses, so one long description can express several behaviours. */
const CLAUSES = /[^,;:.!?¿¡。、\n]+/gu;

/** A value's text as the reading sees it: folded clauses, each with the weight of the part it is in. */
export function clausesOf(value: CatalogueValue): { clause: string; weight: number }[] {
  return weightedParts(value).flatMap(([text, weight]) =>
    [...foldText(text.slice(0, 5000)).matchAll(CLAUSES)].map((m) => ({ clause: m[0], weight })),
  );
}

const LETTERS = /[\p{L}]+/gu;

/** The stems that map a value's text onto behaviours: `DESCRIBE_PATTERNS`, or the harness's lexicon without a team's own stems (ADR 0132). */
export type DescribePatterns = Readonly<Record<Behaviour, RegExp>>;

/**
 * The behaviours a team says a value is about (`CatalogueValue.behaviours`, ADR 0158), main one first: their weights
 * fall with their place in the list, then sum to 1. Listed without order (all alike) they gained nothing over the words
 * of the value; in order, most of what a reader's own weights gained.
 */
const DECLARED_ORDER_WEIGHTS = [1, 0.6, 0.4, 0.3];
/**
 * How much of a value's reading the declared behaviours make; the rest is what its words say. Over 48 teams, each value's
 * behaviours as an independent reader declared them from the value's text: half 57.7 → 61.7 strict (106 tickets gained,
 * 48 lost), the declared list alone 61.3 (162 gained, 110 lost); confirmed on eight teams held back (57.1 → 62.5).
 */
export const DECLARED_SHARE = 0.5;

function declaredShares(names: readonly string[]): number[] | null {
  const raw = BEHAVIOURS.map(() => 0);
  names.forEach((name, i) => {
    const at = (BEHAVIOURS as readonly string[]).indexOf(name);
    if (at >= 0) raw[at] = Math.max(raw[at]!, DECLARED_ORDER_WEIGHTS[i] ?? DECLARED_ORDER_WEIGHTS.at(-1)!);
  });
  const total = raw.reduce((a, b) => a + b, 0);
  return total > 0 ? raw.map((r) => r / total) : null;
}

/**
 * Whether any of the catalogue's values declares behaviours the engine knows (ADR 0158): such a catalogue is read surer,
 * and "Likely" has its own cut-off (`declaredStrongProbability`, ADR 0160).
 */
export function declaresBehaviours(catalogue: { values: readonly CatalogueValue[] }): boolean {
  return catalogue.values.some((v) => Array.isArray(v.behaviours) && declaredShares(v.behaviours) !== null);
}

function behaviourShares(value: CatalogueValue, promptWeight: number, thesaurusWeight: number, describe: DescribePatterns): number[] {
  const read = sharesFromText(value, promptWeight, thesaurusWeight, describe);
  const declared = Array.isArray(value.behaviours) ? declaredShares(value.behaviours) : null;
  if (!declared) return read;
  // Words that name no behaviour leave the declared ones to speak alone.
  const share = read.some((r) => r > 0) ? DECLARED_SHARE : 1;
  return read.map((r, i) => share * declared[i]! + (1 - share) * r);
}

function sharesFromText(value: CatalogueValue, promptWeight: number, thesaurusWeight: number, describe: DescribePatterns): number[] {
  const raw = BEHAVIOURS.map(() => 0);
  const lang = languageOf(value);
  // A value written in Danish reads its prompts with Danish's reply patterns too (ADR 0184); any other, as before.
  const reply = replyPatternsFor(lang);
  for (const { clause, weight } of clausesOf(value)) {
    const matched = new Set<number>();
    BEHAVIOURS.forEach((b, i) => {
      if (describe[b].test(clause)) {
        raw[i]! += weight;
        matched.add(i);
      }
      // Prompts and questions are often written as the very behaviour a reply shows.
      else if (weight <= 1 && reply[b].test(clause)) raw[i]! += weight * promptWeight;
    });
    if (thesaurusWeight <= 0) continue;
    // Other words for the same behaviour ("dependable", "sincere"), from the language's thesaurus.
    const bySynonym = new Set<number>();
    for (const w of clause.matchAll(LETTERS)) for (const b of synonymBehaviours(lang, w[0])) bySynonym.add(BEHAVIOURS.indexOf(b));
    for (const i of bySynonym) if (!matched.has(i)) raw[i]! += weight * thesaurusWeight;
  }
  const total = raw.reduce((a, b) => a + b, 0);
  return raw.map((r) => (total > 0 ? r / total : 0));
}

/** One language for the whole value: a two-word name says too little to tell. */
function languageOf(value: CatalogueValue): Lang {
  return detectLanguage(
    foldText(
      weightedParts(value)
        .map(([text]) => text.slice(0, 2000))
        .join('\n'),
    ),
  );
}

function valueTerms(value: CatalogueValue, lang: Lang): Map<string, number> {
  const terms = new Map<string, number>();
  for (const [text, weight] of weightedParts(value)) {
    for (const t of termsOfFolded(foldText(text.slice(0, 5000)), lang)) terms.set(t, Math.max(terms.get(t) ?? 0, weight));
  }
  return terms;
}

const cache = new WeakMap<Catalogue, WeakMap<DescribePatterns, Map<string, ValueReading[]>>>();

/** Readings of every value, computed once per catalogue object (and prompt weight). */
export function readingsOf(
  catalogue: Catalogue,
  promptWeight: number,
  thesaurusWeight = 0,
  describe: DescribePatterns = DESCRIBE_PATTERNS,
): ValueReading[] {
  const byLexicon = cache.get(catalogue) ?? new WeakMap<DescribePatterns, Map<string, ValueReading[]>>();
  cache.set(catalogue, byLexicon);
  const byWeight = byLexicon.get(describe) ?? new Map<string, ValueReading[]>();
  byLexicon.set(describe, byWeight);
  const key = `${promptWeight}/${thesaurusWeight}`;
  const cached = byWeight.get(key);
  if (cached) return cached;
  const raw = catalogue.values.map((value) => {
    const lang = languageOf(value);
    return {
      value,
      behaviours: behaviourShares(value, promptWeight, thesaurusWeight, describe),
      terms: valueTerms(value, lang),
      lang,
    };
  });
  // A word only one value uses says much more about it than a word they all share.
  const df = new Map<string, number>();
  for (const r of raw) for (const t of r.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = raw.length;
  const readings = raw.map((r) => {
    const terms = new Map<string, number>();
    for (const [t, w] of r.terms) {
      const idf = Math.log((n + 1) / (df.get(t) ?? 1));
      if (idf > 0) terms.set(t, w * idf);
    }
    return { ...r, terms };
  });
  byWeight.set(key, readings);
  return readings;
}
