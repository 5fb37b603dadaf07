import data from './data/reply-prior.json';
import situationData from './data/situation-prior.json';
import type { Catalogue } from '../catalogue/types';
import { BEHAVIOURS } from './behaviours';
import { foldText } from './fold';
import { detectLanguage } from './language';

/** Stem → its weight for each behaviour of a prior's `behaviours`, in the prior's `unit`s. */
export type PriorTable = Readonly<Record<string, readonly number[]>>;

/**
 * What replies on other teams taught about reading behaviours (ADR 0155): per reply stem, how much its presence says
 * about each behaviour, fitted on labelled replies of many teams so that each team's labelled value ranks first (no team
 * is ranked with a prior that saw it: the eval harness trains one per held-out team). It reads words the hand lexicon
 * misses ("reimburse" as well as "refund") and how strongly ordinary support words lean towards a behaviour.
 */
export interface ReplyPrior {
  /** How much the cold total counted against the prior in training: the prior's evidence is divided by it. */
  alpha: number;
  /** Behaviour names, in the order of each stem's weights (later behaviour lists still read it right). */
  behaviours: readonly string[];
  /** What one step of the stored weights is worth (0.01: weights in hundredths, which gzip to two thirds of thousandths). */
  unit: number;
  /** Stem → its weight for each behaviour of `behaviours`, in `unit`s: read in every reply. */
  stems: PriorTable;
  /**
   * Language → stems (as `stems`) read only in replies to a catalogue written in that language (ADR 0178): what one
   * language's teams share but too few teams overall to count in every language. The shipped priors hold only the
   * languages loaded so far (`addShippedLanguage`).
   */
  languages?: Readonly<Record<string, PriorTable>>;
  /**
   * Stem of a value's own text → what it adds to that value's reading of each behaviour of `behaviours`, in `unit`s
   * (ADR 0164): what other teams' values meant by their words, learned with the reply's side.
   */
  values?: Readonly<Record<string, readonly number[]>>;
  /** The step of `values`' weights (default `unit`). */
  valueUnit?: number;
  /**
   * The fewest stems a text is read as having (ADR 0169): a text shorter than nearly all the prior learned from (its
   * training texts' 1st percentile) is read at that length, so a few of its stems cannot outweigh what the reply
   * plainly does. Absent: none.
   */
  minTerms?: number;
}

// The shipped priors' language parts loaded so far (ADR 0178): each is a file of its own under data/languages/.
const shippedReplyLanguages: Record<string, PriorTable> = {};
const shippedSituationLanguages: Record<string, PriorTable> = {};

/**
 * The prior that ships: trained on every labelled team (`npm run build:prior`). Its stems of one language come with
 * that language's part (`addShippedLanguage`); until then a reply to a catalogue in it is read with the shared stems only.
 */
export const SHIPPED_PRIOR: ReplyPrior = { ...(data as ReplyPrior), languages: shippedReplyLanguages };

/**
 * The same, learned from the customer's messages instead of the reply (ADR 0155): what a situation's words say about the
 * value its reply turned out to show. Read before a reply, where the reply prior is not.
 */
export const SHIPPED_SITUATION_PRIOR: ReplyPrior = { ...(situationData as ReplyPrior), languages: shippedSituationLanguages };

/** What `npm run build:prior` writes per language (data/languages/<language>.json): both priors' stems of that language. */
export interface PriorLanguagePart {
  reply?: PriorTable;
  situation?: PriorTable;
}

/** Adds a language's part to the shipped priors (ADR 0178): the app loads the part of the catalogue's language. */
export function addShippedLanguage(language: string, part: PriorLanguagePart): void {
  if (part.reply) shippedReplyLanguages[language] = part.reply;
  if (part.situation) shippedSituationLanguages[language] = part.situation;
}

const catalogueLanguages = new WeakMap<Catalogue, string>();
/**
 * The language a catalogue is written in (of its mission, vision, values' names, descriptions and prompts): the
 * language whose part of a prior its replies are read with, in training and in the sidebar alike (ADR 0178).
 */
export function catalogueLanguage(catalogue: Catalogue): string {
  let language = catalogueLanguages.get(catalogue);
  if (language === undefined) {
    const text = [catalogue.mission, catalogue.vision, ...catalogue.values.flatMap((v) => [v.name, v.description, ...v.prompts])];
    language = detectLanguage(foldText(text.filter(Boolean).join('\n')));
    catalogueLanguages.set(catalogue, language);
  }
  return language;
}

const orders = new WeakMap<ReplyPrior, number[]>();
/** Where each of the prior's behaviours sits in `BEHAVIOURS` (-1: no longer a behaviour), worked out once per prior. */
function orderOf(prior: ReplyPrior): number[] {
  let order = orders.get(prior);
  if (!order) {
    order = prior.behaviours.map((name) => (BEHAVIOURS as readonly string[]).indexOf(name));
    orders.set(prior, order);
  }
  return order;
}

/**
 * Per behaviour (`BEHAVIOURS` order), the sum of `table`'s rows for `stems` times `unit`; a behaviour the engine no
 * longer has is skipped. Both sides of the prior read their text this way, as a binary bag of its stems.
 */
function readStems(prior: ReplyPrior, table: PriorTable, stems: Iterable<string>, unit: number, own?: PriorTable): number[] {
  const sum = BEHAVIOURS.map(() => 0);
  const order = orderOf(prior);
  for (const stem of stems) {
    const row = table[stem] ?? own?.[stem];
    if (!row) continue;
    for (let i = 0; i < row.length; i++) {
      const b = order[i] ?? -1;
      if (b >= 0) sum[b]! += row[i]! * unit;
    }
  }
  return sum;
}

/**
 * Per behaviour (`BEHAVIOURS` order), what a reply's stems say through the prior, already divided by its `alpha`; with
 * the prior's stems of `language` (the catalogue's, ADR 0178) when it has them.
 */
export function priorEvidence(prior: ReplyPrior, replyTerms: ReadonlyMap<string, number>, language?: string): number[] {
  if (replyTerms.size === 0) return BEHAVIOURS.map(() => 0);
  // Training read each reply as a binary bag of its stems of unit length (no shorter than `minTerms`, ADR 0169).
  const length = Math.max(replyTerms.size, prior.minTerms ?? 0);
  const own = language === undefined ? undefined : prior.languages?.[language];
  return readStems(prior, prior.stems, replyTerms.keys(), prior.unit / Math.sqrt(length) / prior.alpha, own);
}

const valueParts = new WeakMap<ReplyPrior, WeakMap<readonly { terms: ReadonlyMap<string, number> }[], number[][]>>();

/**
 * Per value (the readings' order), what its own words add to its reading of each behaviour (`BEHAVIOURS` order) through
 * the prior's values' side (ADR 0164), in the prior's units: empty rows when the prior has none. Worked out once per
 * prior and catalogue reading.
 */
export function priorValueReadings(prior: ReplyPrior, readings: readonly { terms: ReadonlyMap<string, number> }[]): number[][] {
  let byReadings = valueParts.get(prior);
  if (!byReadings) {
    byReadings = new WeakMap();
    valueParts.set(prior, byReadings);
  }
  const cached = byReadings.get(readings);
  if (cached) return cached;
  const table = prior.values ?? {};
  // Training read each value as a binary bag of its stems of unit length, as it reads replies.
  const parts = readings.map((r) =>
    readStems(prior, table, r.terms.keys(), (prior.valueUnit ?? prior.unit) / (Math.sqrt(r.terms.size) || 1)),
  );
  byReadings.set(readings, parts);
  return parts;
}
