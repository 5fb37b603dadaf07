import data from './data/reply-prior.json';
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
  /** Stem → its weight for each behaviour of `behaviours`, in thousandths. */
  stems: Readonly<Record<string, readonly number[]>>;
}

/** The prior that ships: trained on every labelled team (`npm run build:prior`). */
export const SHIPPED_PRIOR = data as ReplyPrior;

/** Per behaviour (`BEHAVIOURS` order), what a reply's stems say through the prior, already divided by its `alpha`. */
export function priorEvidence(prior: ReplyPrior, replyTerms: ReadonlyMap<string, number>): number[] {
  const evidence = BEHAVIOURS.map(() => 0);
  if (replyTerms.size === 0) return evidence;
  // Training read each reply as a binary bag of its stems of unit length.
  const unit = 1 / Math.sqrt(replyTerms.size) / 1000 / prior.alpha;
  const order = prior.behaviours.map((name) => (BEHAVIOURS as readonly string[]).indexOf(name));
  for (const stem of replyTerms.keys()) {
    const row = prior.stems[stem];
    if (!row) continue;
    for (let i = 0; i < row.length; i++) {
      const b = order[i] ?? -1;
      if (b >= 0) evidence[b]! += row[i]! * unit;
    }
  }
  return evidence;
}
