import data from './data/reply-prior.json';
import situationData from './data/situation-prior.json';
import { BEHAVIOURS } from './behaviours';

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
  /** Stem → its weight for each behaviour of `behaviours`, in `unit`s. */
  stems: Readonly<Record<string, readonly number[]>>;
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
  /**
   * What the texts the prior learned from read like on average (ADR 0201), per catalogue language (`catalogueTextLanguage`)
   * and over every language (`*`): each behaviour's mean strength in the text (`shown`) and the prior's mean evidence in
   * it (already divided by `alpha`), both in the order of `behaviours`. The ranking takes from each value what a typical
   * text would give it, so a value is not suggested for what every reply does. Absent: nothing is taken.
   */
  typical?: Readonly<Record<string, TypicalReading>>;
}

/** A typical text's reading (see `ReplyPrior.typical`). */
export interface TypicalReading {
  shown: readonly number[];
  evidence: readonly number[];
}

/** The prior that ships: trained on every labelled team (`npm run build:prior`). */
export const SHIPPED_PRIOR = data as ReplyPrior;

/**
 * The same, learned from the customer's messages instead of the reply (ADR 0155): what a situation's words say about the
 * value its reply turned out to show. Read before a reply, where the reply prior is not.
 */
export const SHIPPED_SITUATION_PRIOR = situationData as ReplyPrior;

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
function readStems(prior: ReplyPrior, table: Readonly<Record<string, readonly number[]>>, stems: Iterable<string>, unit: number): number[] {
  const sum = BEHAVIOURS.map(() => 0);
  const order = orderOf(prior);
  for (const stem of stems) {
    // Own rows only: the tables are plain objects, and "constructor" (Spanish "constructora") is a stem too.
    const row = Object.hasOwn(table, stem) ? table[stem] : undefined;
    if (!row) continue;
    for (let i = 0; i < row.length; i++) {
      const b = order[i] ?? -1;
      if (b >= 0) sum[b]! += row[i]! * unit;
    }
  }
  return sum;
}

/** Per behaviour (`BEHAVIOURS` order), what a reply's stems say through the prior, already divided by its `alpha`. */
export function priorEvidence(prior: ReplyPrior, replyTerms: ReadonlyMap<string, number>): number[] {
  if (replyTerms.size === 0) return BEHAVIOURS.map(() => 0);
  // Training read each reply as a binary bag of its stems of unit length (no shorter than `minTerms`, ADR 0169).
  const length = Math.max(replyTerms.size, prior.minTerms ?? 0);
  return readStems(prior, prior.stems, replyTerms.keys(), prior.unit / Math.sqrt(length) / prior.alpha);
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

const typicals = new WeakMap<ReplyPrior, Map<string, TypicalReading | undefined>>();

/**
 * A typical text's reading in `language` (every language's when the prior learned from none in it), in `BEHAVIOURS` order;
 * undefined when the prior has none. Worked out once per prior and language.
 */
export function typicalReading(prior: ReplyPrior, language: string): TypicalReading | undefined {
  let byLanguage = typicals.get(prior);
  if (!byLanguage) {
    byLanguage = new Map();
    typicals.set(prior, byLanguage);
  }
  if (byLanguage.has(language)) return byLanguage.get(language);
  const stored = prior.typical?.[language] ?? prior.typical?.['*'];
  const order = orderOf(prior);
  const reorder = (row: readonly number[]) => {
    const out = BEHAVIOURS.map(() => 0);
    row.forEach((x, i) => {
      const b = order[i] ?? -1;
      if (b >= 0) out[b] = x;
    });
    return out;
  };
  const reading = stored ? { shown: reorder(stored.shown), evidence: reorder(stored.evidence) } : undefined;
  byLanguage.set(language, reading);
  return reading;
}
