import { stemmer as stemDa } from '@orama/stemmers/danish';
import { stemmer as stemDe } from '@orama/stemmers/german';
import { stemmer as stemNl } from '@orama/stemmers/dutch';
import { stemmer as stemEn } from '@orama/stemmers/english';
import { stemmer as stemEs } from '@orama/stemmers/spanish';
import { stemmer as stemFr } from '@orama/stemmers/french';
import { stemmer as stemIt } from '@orama/stemmers/italian';
import { stemmer as stemPt } from '@orama/stemmers/portuguese';
import { stemmer as stemSv } from '@orama/stemmers/swedish';

/**
 * The languages we read: words stemmed with their Snowball stemmer (Polish and Catalan, which have none in
 * @orama/stemmers, by prefix, ADR 0116 and 0130); Japanese is read by character pairs instead. Swedish since ADR 0182
 * (its reply phrases in `patterns-sv.ts`), Danish since ADR 0184 (its reply phrases in `patterns-da.ts`, read on
 * Danish messages only).
 */
export type Lang = 'en' | 'es' | 'pt' | 'de' | 'fr' | 'it' | 'nl' | 'pl' | 'ca' | 'sv' | 'da' | 'ja';

/**
 * A language as "Likely" reads it (ADR 0200): Norwegian (Bokmål, `nb`) is read as Danish everywhere else — the two share
 * most function words and one stemmer — but its teams' "Likely" is right as often as any other language's.
 */
export type Variety = Lang | 'nb';

/** Spellings Norwegian and Danish write differently ("meg" / "mig", "etter" / "efter", "feil" / "fejl"), folded. */
const NORWEGIAN_ONLY: ReadonlySet<string> = new Set(
  'meg deg seg dere oss hva noe noen mye etter uten dessverre av hjelp hjelpe hjelper blir bli ble gjennom gjør gjøre sier tilbake feil vei nei hei takk alltid aldri trygg opp ut riktig riktige slik kjenner kjent gir gi tar mer kanskje fatt gatt ikkje'.split(
    ' ',
  ),
);
const DANISH_ONLY: ReadonlySet<string> = new Set(
  'mig dig sig jer os hvad noget nogen meget efter uden desværre af hjælp hjælpe hjælper bliver blive blev gennem gør gøre siger tilbage fejl vej nej hej tak altid aldrig tryg op ud rigtig rigtige sadan vores jeres kender kendt giver give tager tage nu maske faet lige'.split(
    ' ',
  ),
);
const DANISH_WORD = /[a-zæø]+/g;

/**
 * Whether a folded text read as Danish is Norwegian: more of its words are Norwegian spellings than Danish ones
 * (nouns in -het count for Norwegian, in -hed for Danish).
 */
export function isNorwegian(folded: string): boolean {
  let balance = 0;
  for (const m of folded.matchAll(DANISH_WORD)) {
    const w = m[0];
    if (NORWEGIAN_ONLY.has(w) || /..het(en|er)?$/.test(w)) balance++;
    if (DANISH_ONLY.has(w) || /..hed(en|er)?$/.test(w)) balance--;
  }
  return balance > 0;
}

/** The languages that join words into one compound ("Preistransparenz"), where a word can end another (ADR 0189). */
export const COMPOUNDING: ReadonlySet<Lang> = new Set(['de', 'nl', 'sv', 'da']);

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
  // Dutch and Polish (ADR 0116): not "de", "en", "is", "we", "to", "do", "i", "o" — words other languages use as much.
  nl: [
    'het',
    'een',
    'van',
    'ik',
    'niet',
    'voor',
    'zijn',
    'naar',
    'ook',
    'maar',
    'bij',
    'heb',
    'hebben',
    'heeft',
    'wordt',
    'uw',
    'u',
    'kunt',
    'graag',
    'deze',
    'dit',
    'nog',
    'om',
    'aan',
    'wij',
    'jij',
    'je',
    'dat',
    'op',
    'met',
    'er',
    'geen',
    'wel',
  ],
  pl: [
    'nie',
    'sie',
    'jest',
    'czy',
    'jak',
    'dla',
    'przez',
    'juz',
    'tak',
    'ale',
    'oraz',
    'bardzo',
    'ze',
    'w',
    'z',
    'na',
    'prosze',
    'moze',
    'tylko',
    'jesli',
    'jezeli',
    'ktory',
    'ktora',
    'ktore',
    'bedzie',
    'tego',
    'pan',
    'pani',
    'panstwa',
    'sa',
    'jestem',
    'wszystko',
    'teraz',
    'mamy',
    'za',
    'cie',
    'ciebie',
    'twoj',
    'twoje',
    'twoja',
    'zostal',
    'zostala',
    'zostalo',
    'zostaly',
    'byc',
    'bylo',
    'gdy',
    'mnie',
    'jego',
    'jej',
  ],
  // Catalan (ADR 0130): words no other language we read uses ("ho", "als", "fins", "son" are Italian, German or English),
  // and the articles and conjunctions it shares with Spanish, French or Italian, which split their weight.
  ca: [
    'el',
    'la',
    'les',
    'que',
    'una',
    'per',
    'em',
    'ja',
    'vaig',
    'vam',
    'amb',
    'els',
    'dels',
    'pel',
    'pels',
    'aixo',
    'aquest',
    'aquesta',
    'aquests',
    'aquestes',
    'voste',
    'vostes',
    'tambe',
    'perque',
    'seva',
    'seves',
    'meva',
    'teva',
    'nostre',
    'nostra',
    'vostre',
    'vostra',
    'molt',
    'hem',
    'heu',
    'cal',
    'gracies',
    'fer',
    'pot',
    'tinc',
    'teniu',
    'abans',
    'quan',
    'encara',
    'nosaltres',
    'vosaltres',
    'teu',
    'seu',
    'meu',
    'seus',
    'tenim',
    'ara',
    'puc',
    'pots',
    'doncs',
    'mateix',
    'avui',
    'dema',
    'ahir',
    'vegada',
  ],
  // Swedish: folded ("är" → "ar", "också" → "ocksa", "någon" → "nagon"), none in another list here and none a frequent
  // word of another language we read. Left out: "for" (English), "er", "en", "de", "den", "dem", "du", "i", "om", "nu",
  // "kan", "van", "die", "me", "vi", "ni", "han", "pa", "av", "sa", "era" (Dutch, German, French, Italian, Spanish,
  // Polish or Catalan words or their folded forms), "till" and "dig" (English "wait till…", "dig into"), "kunde" (German
  // "Kunde", customer), and "som" (Catalan "we are"), "har" (a "HAR file"), "din" (German "DIN A4"), "med" and "ar"
  // (Swedish's commonest words, but English writes "AR" and "med" often enough that a comment of the 160 unseen teams
  // full of them was read as Swedish; ADR 0182). Kept though another language has them, rarely: "vara" (Spanish,
  // Portuguese "rod"), "tack": one alone is not enough, Swedish needs two points like the other newer languages. Not
  // "dessa" either (Portuguese "of this").
  sv: [
    'och',
    'att',
    'inte',
    'jag',
    'det',
    'ett',
    'eller',
    'ocksa',
    'hej',
    'tack',
    'mvh',
    'nagon',
    'nagot',
    'nagra',
    'detta',
    'denna',
    'fran',
    'ska',
    'vill',
    'bara',
    'mycket',
    'ditt',
    'dina',
    'mig',
    'oss',
    'hos',
    'hur',
    'vad',
    'varfor',
    'nar',
    'skulle',
    'kommer',
    'vara',
    'hade',
    'blir',
    'redan',
    'garna',
    'tyvarr',
    'vanligen',
    'efter',
    'utan',
    'eftersom',
    'vilket',
    'alltsa',
    'halsningar',
  ],
  // Danish (ADR 0184): folded ("også" → "ogsa", "altså" → "altsa", "hvornår" → "hvornar"; æ and ø have no accent to lose
  // and stay, so words with them are counted below, not here), none in another list here and none a frequent word of
  // another language we read. What tells it from Swedish: "ikke", "jeg", "og", "hvad", "nogle", "meget", "vores",
  // "blevet" (Swedish "inte", "jag", "och", "vad", "några", "mycket", "vår", "blivit"). Left out, though frequent in
  // Danish: "er" and "om" (Dutch markers), "for" (English), "et" (French), "det", "har", "med", "som", "eller", "efter",
  // "mig", "hos", "din" (Swedish markers: they go to Danish when the rest of a text says Danish, `SWEDISH_AND_DANISH`),
  // "igen", "ingen", "gjort" (Swedish words too), "tak" and "hej" (Polish, Swedish),
  // "kun" (Dutch "kun je"), "gerne" (German), "fra" (Italian), "til" (English "till"), "mange" (French), "dig", "mine",
  // "dine", "ham", "men", "bare", "mere" (English), "os", "da" (Portuguese, Italian), "ville" (French), "dit" (Dutch).
  // Kept though another language has it, rarely: "af" (a Dutch particle, "het is af"), "og" (English "OG"), "vil"
  // (French "vil"). Norwegian (bokmål) shares many of these and, read by nobody yet, would be read as Danish. A newer
  // language: two points.
  da: [
    'ikke',
    'jeg',
    'og',
    'af',
    'meget',
    'hvad',
    'hvem',
    'hvor',
    'hvordan',
    'hvorfor',
    'hvornar',
    'hvilken',
    'hvilket',
    'hvis',
    'nogle',
    'nogen',
    'noget',
    'ogsa',
    'altsa',
    'vores',
    'jeres',
    'jer',
    'hende',
    'blevet',
    'bliver',
    'blive',
    'kunne',
    'skal',
    'vil',
    'selv',
    'lige',
    'godt',
    'lidt',
    'endnu',
    'allerede',
    'fordi',
    'derfor',
    'inden',
    'uden',
    'siden',
    'mellem',
    'senest',
    'tilbage',
    'andet',
    'stadig',
    'venlig',
    'venligst',
    'hilsen',
    'hilsner',
    'beklager',
    'ved',
    'fik',
    'gik',
    'sket',
    'sagde',
    'muligt',
  ],
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
/** A word on its own: the letters of "1z" or "48w" (ids, sizes) are no function words. */
const WORD = /(?<![a-z0-9])[a-z']+(?![a-z0-9])/g;
/** Languages read since ADR 0116 win only on this much evidence: a stray "na" or "op" in a note says nothing. */
const NEWER: ReadonlySet<Lang> = new Set(['nl', 'pl', 'ca', 'sv', 'da']);
const NEW_LANGUAGE_MIN = 2;
/**
 * Letter groups that occur in folded Polish and (almost) nowhere in the other Latin-script languages we read ("rz" does:
 * Italian "marzo", German "kurz").
 */
const POLISH_LETTERS = /(?<![a-z])[a-z]*(prz|cz)[a-z]*/g;
const CATALAN_LL = /l·l(?=[a-z])/g;
/**
 * A word with æ or ø (folding keeps them: they are letters, not accented ones): Danish and Norwegian write them, no other
 * language we read does. Half a point each, and at most one point, so Danish names in an English note ("Søren from
 * Århus") never decide a language alone.
 */
const DANISH_LETTERS = /[a-zæø]*[æø][a-zæø]*/g;
const DANISH_LETTERS_MAX = 1;
/**
 * Swedish markers that are Danish words too ("det", "har", "med", "som", "eller", "din", "mig", "hos", "efter", "når" and
 * "år" folded to "nar" and "ar", "skulle", "kommer", "hej", "mvh"): a Danish reply is full of them. They count for
 * Swedish, as before, unless the rest of the text says Danish: at least two points of Danish's own evidence and more
 * than Swedish's own. Then they count for Danish instead. Swedish text, with its own "och", "att", "inte", "jag", is
 * read as before, and so is any text with fewer than two Danish points.
 */
const SWEDISH_AND_DANISH: ReadonlySet<string> = new Set([
  'det',
  'som',
  'har',
  'ar',
  'med',
  'eller',
  'hej',
  'mvh',
  'din',
  'mig',
  'hos',
  'nar',
  'skulle',
  'kommer',
  'efter',
]);

/**
 * The language of a folded text, from its function words (ties and texts without any: English, the
 * language most catalogues are written in). Japanese when kana make up a good part of the letters.
 */
export function detectLanguage(folded: string): Lang {
  const sample = folded.slice(0, 4000);
  const kana = sample.match(KANA)?.length ?? 0;
  if (kana >= 5 && kana * 4 >= sample.replace(/\s/g, '').length) return 'ja';
  const score = new Map<Lang, number>();
  let shared = 0;
  for (const m of sample.matchAll(WORD)) {
    const langs = WEIGHTS.get(m[0]);
    if (!langs) continue;
    if (SWEDISH_AND_DANISH.has(m[0])) shared++;
    // A word shared by several languages counts for each of them, split.
    for (const lang of langs.keys()) score.set(lang, (score.get(lang) ?? 0) + 1 / langs.size);
  }
  // Folding took ą ę ł ś ź ż ń ć ó away; what stays Polish is its consonant groups (half a function word each).
  const polish = sample.match(POLISH_LETTERS)?.length ?? 0;
  if (polish > 0) score.set('pl', (score.get('pl') ?? 0) + polish / 2);
  // Catalan writes its double l with a middle dot ("col·lega", "sol·licitud"): no other language we read does.
  const catalan = sample.match(CATALAN_LL)?.length ?? 0;
  if (catalan > 0) score.set('ca', (score.get('ca') ?? 0) + catalan / 2);
  // Danish keeps æ and ø through folding: words written with them count for it, a little.
  const danish = sample.match(DANISH_LETTERS)?.length ?? 0;
  if (danish > 0) score.set('da', (score.get('da') ?? 0) + Math.min(DANISH_LETTERS_MAX, danish / 2));
  const danishOwn = score.get('da') ?? 0;
  const swedishOwn = (score.get('sv') ?? 0) - shared;
  if (shared > 0 && danishOwn >= NEW_LANGUAGE_MIN && danishOwn > swedishOwn) {
    score.set('da', danishOwn + shared);
    score.set('sv', swedishOwn);
  }
  let best: Lang = 'en';
  let top = 0;
  for (const [lang, s] of score) {
    if (NEWER.has(lang) && s < NEW_LANGUAGE_MIN) continue;
    if (s > top + 1e-9) [best, top] = [lang, s];
  }
  return best;
}

/**
 * Polish has no Snowball stemmer in @orama/stemmers: a folded word is cut to its first six letters (ADR 0116), so
 * "problem", "problemu", "problemów" meet, as do "płatność" and "płatności"; short words stay whole.
 */
export function stemPolish(word: string): string {
  return word.slice(0, 6);
}

/**
 * Catalan has no Snowball stemmer in @orama/stemmers either (ADR 0130): cut the same way, so "comissió" and "comissions",
 * "targeta" and "targetes", "protegir" and "protegim" meet.
 */
export const stemCatalan = stemPolish;

const STEMMERS: Record<Exclude<Lang, 'ja'>, (word: string) => string> = {
  en: stemEn,
  es: stemEs,
  pt: stemPt,
  de: stemDe,
  fr: stemFr,
  it: stemIt,
  nl: stemNl,
  pl: stemPolish,
  ca: stemCatalan,
  // Folded words, as every stemmer here gets: "ä", "å", "ö" lose their marks first, which the Snowball suffixes
  // ("-arna", "-heten", "-ade"…) do not need ("leveransen" / "leveranser", "fakturor" / "faktura" still meet).
  sv: stemSv,
  // Folded words too: "å" loses its ring, "æ" and "ø" stay (the stemmer knows them as vowels); "leveringen" and
  // "leveringer", "fakturaen" and "fakturaer", "pakken" and "pakker" meet.
  da: stemDa,
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
