import type { Catalogue } from '../catalogue/types';
import type { TicketSnapshot } from '../ticket';
import { BEHAVIOURS, type Behaviour } from './behaviours';
import { learnedScores, profileReadiness } from './learned-profile';
import { readTicket, situationTerms, type Located } from './ticket-reading';
import { tokenize } from './text';
import type { Band, RankedValue, RankOptions, Reason } from './types';
import { catalogueLanguage, catalogueTextLanguage, declaresBehaviours, readingsOf, type ValueReading } from './value-behaviours';
import { COMPOUNDING, type Variety } from './language';
import { signalMatcherOf } from './signals';
import { priorEvidence, priorValueReadings, SHIPPED_PRIOR, SHIPPED_SITUATION_PRIOR, typicalReading } from './reply-prior';
import { DEFAULT_PARAMS, paramsWithProfile, type EngineParams } from './params';

const MAX_REASONS = 6;
/** Reasons below this share of the top reason's weight explain too little to show. */
const MIN_REASON_SHARE = 0.15;
function phrase(h: Located, weight: number): Reason {
  return { kind: 'phrase', commentIndex: h.commentIndex, start: h.start, end: h.end, text: h.source.slice(h.start, h.end), weight };
}

/** The strongest reasons, one per stretch of text, none that explains much less than the best. */
function bestReasons(reasons: Reason[]): Reason[] {
  const sorted = [...reasons].sort((a, b) => b.weight - a.weight);
  const floor = (sorted[0]?.weight ?? 0) * MIN_REASON_SHARE;
  const kept: Reason[] = [];
  for (const r of sorted) {
    if (kept.length >= MAX_REASONS || r.weight < floor || r.weight <= 0) break;
    const overlaps = kept.some((k) =>
      k.kind === 'phrase' && r.kind === 'phrase'
        ? k.commentIndex === r.commentIndex && k.start < r.end && r.start < k.end
        : k.kind === r.kind && JSON.stringify(k) === JSON.stringify({ ...r, weight: k.weight }),
    );
    if (!overlaps) kept.push(r);
  }
  return kept;
}

/**
 * The band of the top value, from its lead over the runner-up and how much evidence there is. Cold, the lead
 * is measured in `spread`s — the standard deviation of the catalogue's totals (`spreadOf`) — because the size
 * of a catalogue's scores depends on its text (how many values, how many words each): a raw lead calibrated on
 * some catalogues meant "Likely" 75% of the time on a catalogue it was not calibrated on, a lead in spreads 90%
 * (ADR 0124). When the team's tags informed the ranking (`informed`), the lead is read raw against cut-offs
 * calibrated on rankings made with a profile (ADR 0100): the learned share of belief is bounded and on the same
 * scale for every catalogue. Before a reply (`situation`), cut-offs calibrated on situation rankings apply (ADR 0121).
 */
export function bandOf(
  top: number,
  second: number,
  spread: number,
  p: EngineParams,
  informed = false,
  situation = false,
  reasons = 1,
  probability?: number,
  declared = false,
  lang?: Variety,
): Band {
  if (top <= 0) return 'weak';
  // One or two values (or every value tied) leave no spread to judge a cold lead against: two values are always two
  // spreads apart. Such a catalogue is never "Likely" without a profile.
  const cold = !situation && !informed;
  if (cold && !(spread > 0)) return top > second ? 'moderate' : 'weak';
  const margin = cold ? (top - second) / spread : top - second;
  const reasoned = reasons > 0;
  // Read with the reply prior (ADR 0155), the totals are the logits it was trained on: the top value's share of belief
  // is what "Likely" reads, cold or with a profile, against a cut-off calibrated leave-one-team-out.
  if (probability !== undefined && !situation) {
    // Cold, a catalogue in a language whose "Likely" falls short asks for more (ADR 0199).
    const coldCut = Math.max(p.strongProbability, (lang && p.strongProbabilityByLanguage[lang]) || 0);
    const cut = informed ? p.profileStrongProbability : declared ? p.declaredStrongProbability : coldCut;
    if (reasoned && probability >= cut) return 'strong';
    return margin >= (informed ? p.profileModerateMargin : p.moderateMargin) ? 'moderate' : 'weak';
  }
  // Cold, "Likely" also reads how much of the reply shows the value: each quoted reason adds to the lead (ADR 0139).
  const strongLead = cold ? margin + p.strongReasonWeight * Math.min(reasons, MAX_REASONS) : margin;
  // Before a reply, its own cut-offs whether or not a profile informed it (ADR 0121).
  const strongMargin = situation ? p.situationStrongMargin : informed ? p.profileStrongMargin : p.strongMargin;
  const strongScore = situation ? p.situationStrongScore : informed ? p.profileStrongScore : p.strongScore;
  const moderateMargin = situation ? p.situationModerateMargin : informed ? p.profileModerateMargin : p.moderateMargin;
  // "Likely" only with something to show for it (ADR 0128): a lead made of words the reply shares with the value, which
  // the card does not quote, can stand spreads clear when every other value scores nothing.
  if (reasoned && strongLead >= strongMargin && top >= strongScore) return 'strong';
  // Before a reply, a top value with nothing to quote (no phrase, cue or tagged example; only words the customer shares
  // with the value's text) is right a third of the time: that is no lead, so none is named (ADR 0135).
  if (situation && !reasoned) return 'weak';
  if (margin >= moderateMargin) return 'moderate';
  return 'weak';
}

/** How far apart a catalogue's totals are: their standard deviation (the unit of a cold lead, see `bandOf`); 0 under three values. */
export function spreadOf(totals: readonly number[]): number {
  if (totals.length < 3) return 0;
  const mean = totals.reduce((a, b) => a + b, 0) / totals.length;
  return Math.sqrt(totals.reduce((a, b) => a + (b - mean) ** 2, 0) / totals.length);
}

/**
 * Ranks every catalogue value for a ticket by what the agent's reply does (or, before any reply,
 * what the customer's messages call for), mapped onto each value through its own words; plus words
 * the value's text shares with the reply, the admin's signal words and, when given, what the team's
 * past tags taught. Pure and deterministic; ties keep catalogue order.
 */
export function rankValues(catalogue: Catalogue, ticket: TicketSnapshot, options: RankOptions = {}): RankedValue[] {
  return rankValuesDetailed(catalogue, ticket, options).ranked;
}

/** The shortest word a compound's last part is read as (ADR 0189): shorter endings are suffixes more often than words. */
const COMPOUND_MIN = 5;
const headsOf = new WeakMap<ReadonlyMap<string, number>, Map<string, number>>();
/**
 * Each reply term's trailing parts of at least `COMPOUND_MIN` letters that leave at least three before them, with the
 * term's count: the words a compound may end in ("preistransparenz" → "transparenz", "ransparenz", …). Only a value's
 * own word can match one, so the endings that are no word cost a lookup and nothing else. Worked out once per reply.
 */
function compoundHeads(terms: ReadonlyMap<string, number>): Map<string, number> {
  let heads = headsOf.get(terms);
  if (heads) return heads;
  heads = new Map();
  for (const [t, c] of terms) {
    for (let k = COMPOUND_MIN; k <= t.length - 3; k++) {
      const s = t.slice(t.length - k);
      heads.set(s, Math.max(heads.get(s) ?? 0, c));
    }
  }
  headsOf.set(terms, heads);
  return heads;
}

/**
 * The two main parts of a value's cold score: the behaviours the reply shows that the value is about more
 * than the catalogue's average value (`mean`), weighted by rarity; and how much of the value's own
 * vocabulary the reply uses, saturating in [0, 1). `scripts/eval-errors.ts` reads them to say why a value lost.
 */
export function coldParts(
  reading: ValueReading,
  shown: readonly number[],
  terms: ReadonlyMap<string, number>,
  mean: readonly number[],
  weights: readonly number[],
  p: EngineParams,
): { behaviour: number; words: number } {
  const behaviour = behaviourPart(reading, shown, mean, weights, p);
  let lexical = 0;
  let vocabulary = 0;
  const heads = COMPOUNDING.has(reading.lang) && p.compoundWeight > 0 ? compoundHeads(terms) : undefined;
  for (const [t, w] of reading.terms) {
    vocabulary += w;
    const direct = terms.get(t);
    lexical += w * Math.min(2, direct ?? (heads ? p.compoundWeight * (heads.get(t) ?? 0) : 0));
  }
  return { behaviour, words: vocabulary > 0 ? 1 - Math.exp(-lexical / Math.sqrt(vocabulary * 8)) : 0 };
}

/**
 * What a reading of the text adds to a value: each behaviour's strength (what the reply shows, or what the prior reads
 * in its words, ADR 0155) times what a unit of that behaviour adds to the value's score (its centred, rarity-weighted
 * reading).
 */
export function behaviourPart(
  reading: ValueReading,
  strength: readonly number[],
  mean: readonly number[],
  weights: readonly number[],
  p: EngineParams,
): number {
  let sum = 0;
  for (let i = 0; i < strength.length; i++) {
    if (strength[i]! === 0) continue;
    sum += (reading.behaviours[i]! - p.centre * mean[i]!) * strength[i]! * weights[i]!;
  }
  return sum;
}

/** Weight of each behaviour: rarer behaviours in support replies say more (see `params.behaviourFrequency`). */
export function behaviourWeights(p: EngineParams): number[] {
  const idf = BEHAVIOURS.map((b) => Math.log(1 / Math.max(0.02, p.behaviourFrequency[b] ?? 0.2)));
  const mean = idf.reduce((a, b) => a + b, 0) / idf.length;
  return idf.map((x, i) => Math.pow(x / mean, p.rarity) * (p.behaviourWeight[BEHAVIOURS[i]!] ?? 1));
}

/** As `rankValues`, with the raw totals (best first) the bands are cut from: the eval harness calibrates on them. */
export function rankValuesDetailed(
  catalogue: Catalogue,
  ticket: TicketSnapshot,
  options: RankOptions = {},
): {
  ranked: RankedValue[];
  totals: number[];
  informed: boolean;
  situation: boolean;
  /** Whether the catalogue's values declare their behaviours (their own "Likely" cut-off, ADR 0160). */
  declared: boolean;
  reasons: number;
  /** The top value's share of belief when the reply prior was read (see `bandOf`). */
  probability?: number;
  /** Nothing but the prior (if any) told the values apart: no clear value, whatever the lead. */
  onlyPrior: boolean;
} {
  const base = options.params ?? DEFAULT_PARAMS;
  // Once the team's tags speak for this catalogue, the reading tuned for rankings with a profile applies (ADR 0144).
  // They speak for it once the profile holds enough tagged replies of its values (ADR 0148); then the profile's band
  // cut-offs apply too.
  const informed = profileReadiness(
    options.learned,
    catalogue.values.map((v) => v.tag),
  ).ready;
  const p = informed ? paramsWithProfile(base) : base;
  const readings = readingsOf(catalogue, p.promptWeight, p.thesaurusWeight, options.describe);
  const weights = behaviourWeights(p);
  const reading = readTicket(ticket, options.mode === 'situation' ? null : options.focusCommentIndex, p);
  const { focus, located, shown, replyTerms } = reading;
  const byBehaviour = new Map<Behaviour, Located[]>();
  for (const h of located) byBehaviour.set(h.behaviour, [...(byBehaviour.get(h.behaviour) ?? []), h]);
  const n = readings.length || 1;
  const mean = BEHAVIOURS.map((_, b) => readings.reduce((sum, r) => sum + r.behaviours[b]!, 0) / n);
  const focusBody = focus === undefined ? '' : (ticket.comments[focus]?.body ?? '');

  const signalHits = new Map<number, Reason[]>();
  const signalMatcher = signalMatcherOf(catalogue);
  if (focus !== undefined) {
    const tokens = tokenize(focusBody.slice(0, 20_000));
    for (const m of signalMatcher(tokens)) {
      const first = tokens[m.from]!;
      const last = tokens[m.to - 1]!;
      const list = signalHits.get(m.data) ?? [];
      list.push({
        kind: 'phrase',
        commentIndex: focus,
        start: first.start,
        end: last.end,
        text: focusBody.slice(first.start, last.end),
        weight: 1,
      });
      signalHits.set(m.data, list);
    }
  }

  // No reply in focus: the ranking reads the situation (the customer's messages), and so does the learned profile.
  const situation = focus === undefined;
  // Until the profile speaks for the catalogue (ADR 0148) it is not read at all: every total, band and reason is cold.
  const learned =
    informed && options.learned
      ? learnedScores(
          options.learned,
          catalogue,
          shown,
          replyTerms,
          {
            termShare: p.knnTermShare,
            k: p.knnK,
            words: p.posteriorWords,
            temperature: p.posteriorTemperature,
          },
          situation ? 'situation' : 'reply',
        )
      : undefined;

  // What other teams' labelled replies taught about this reply's words (ADR 0155); before a reply, what their customers'
  // messages taught, each prior learned on the text it reads.
  const situationPrior = options.situationPrior === undefined ? SHIPPED_SITUATION_PRIOR : options.situationPrior;
  const prior = situation ? situationPrior : options.prior === undefined ? SHIPPED_PRIOR : options.prior;
  const priorWeight = situation ? p.situationPriorWeight : p.priorWeight;
  const priorRead = prior && priorWeight > 0 ? priorEvidence(prior, replyTerms) : undefined;
  // Beside a reply, what the situation prior reads in the customer's messages (ADR 0166): the same question asked of a
  // refund request and of a crash report reads differently. Read at its own weight, never quoted as a reason.
  const contextRead =
    !situation && priorRead && situationPrior && p.contextWeight > 0 ? priorEvidence(situationPrior, situationTerms(ticket)) : undefined;
  // What other teams' values meant by their words (ADR 0164), read against what the reply shows and what the prior
  // reads in it, on the scale of the prior's evidence (divided by its alpha).
  const fromValues =
    prior && priorRead && prior.values
      ? priorValueReadings(prior, readings).map((added) =>
          added.reduce((sum, a, b) => sum + a * (shown[b]! / prior.alpha + priorRead[b]!), 0),
        )
      : undefined;
  // What a typical text of the catalogue's language would give each value (ADR 0201): taken from its total, so a value is
  // not suggested for what nearly every reply (or customer's message) does.
  const typicalWeight = situation ? p.situationTypicalWeight : p.typicalWeight;
  const typical = typicalWeight > 0 && prior && priorRead ? typicalReading(prior, catalogueTextLanguage(catalogue)) : undefined;
  const typicalContext =
    typical && contextRead && situationPrior ? typicalReading(situationPrior, catalogueTextLanguage(catalogue)) : undefined;
  const typicalValues =
    typical && prior?.values
      ? priorValueReadings(prior, readings).map((added) =>
          added.reduce((sum, a, b) => sum + a * (typical.shown[b]! / prior.alpha + typical.evidence[b]!), 0),
        )
      : undefined;
  const typicalOf = (reading: ValueReading, index: number): number =>
    typical
      ? behaviourPart(reading, typical.shown, mean, weights, p) +
        priorWeight * (behaviourPart(reading, typical.evidence, mean, weights, p) + (typicalValues?.[index] ?? 0)) +
        (typicalContext ? p.contextWeight * behaviourPart(reading, typicalContext.evidence, mean, weights, p) : 0)
      : 0;
  const coldOf = (reading: ValueReading, shownVec: readonly number[], terms: ReadonlyMap<string, number>, signalCount: number) => {
    const { behaviour, words } = coldParts(reading, shownVec, terms, mean, weights, p);
    return behaviour + p.lexicalWeight * words + p.signalWeight * (1 - Math.exp(-signalCount));
  };

  const raw = readings.map((reading, index) => {
    const reasons: Reason[] = [];
    BEHAVIOURS.forEach((b, i) => {
      // A reason weighs what its behaviour adds to this value's score; a behaviour the score leaves out (weight 0)
      // explains nothing, so it is never quoted.
      const share = (reading.behaviours[i]! - p.centre * mean[i]!) * weights[i]!;
      if (shown[i]! === 0) return;
      if (share > 0)
        for (const h of byBehaviour.get(b) ?? [])
          reasons.push(
            h.cue ? { kind: 'cue', cue: h.cue, weight: share * h.weight, commentIndex: h.commentIndex } : phrase(h, share * h.weight),
          );
    });
    const signals = signalHits.get(index) ?? [];
    for (const r of signals) reasons.push(r);
    let learnedScore = 0;
    let neighbourScore = 0;
    let posterior = 0;
    const fromTags = learned?.get(reading.value.tag);
    if (fromTags) {
      learnedScore = fromTags.score;
      neighbourScore = fromTags.neighbours;
      posterior = fromTags.posterior;
      if (fromTags.nearest && fromTags.nearest.similarity > 0 && (fromTags.score > 0 || fromTags.neighbours > 0))
        reasons.push({
          kind: 'example',
          ticketId: fromTags.nearest.ticket,
          valueId: reading.value.id,
          weight: fromTags.nearest.similarity,
          ...(fromTags.nearest.by ? { by: fromTags.nearest.by } : {}),
          ...(fromTags.nearest.situation ? { situation: true as const } : {}),
        });
    }
    let fromPrior = priorRead ? priorWeight * behaviourPart(reading, priorRead, mean, weights, p) : 0;
    if (fromValues) fromPrior += priorWeight * fromValues[index]!;
    if (contextRead) fromPrior += p.contextWeight * behaviourPart(reading, contextRead, mean, weights, p);
    const withoutPrior =
      coldOf(reading, shown, replyTerms, signals.length) +
      p.learnedWeight * learnedScore +
      p.knnWeight * neighbourScore +
      p.posteriorWeight * posterior;
    const total = withoutPrior + fromPrior - typicalWeight * typicalOf(reading, index);
    return { index, valueId: reading.value.id, total, withoutPrior, reasons: bestReasons(reasons) };
  });

  const dismissed = new Set(options.dismissed ?? []);
  raw.sort((a, b) => Number(dismissed.has(a.valueId)) - Number(dismissed.has(b.valueId)) || b.total - a.total || a.index - b.index);
  const evidence = located.length > 0 || replyTerms.size > 0;
  const lowest = Math.min(...raw.map((r) => r.total));
  const spread = spreadOf(raw.map((r) => r.total));
  const range = Math.max(1e-9, (raw[0]?.total ?? 0) - lowest);
  // "Likely" needs a reason to show (ADR 0128).
  const reasons = raw[0]?.reasons.length ?? 0;
  // The prior weighs what a reply shows; alone it suggests nothing: when nothing else tells the values apart ("Thanks."),
  // there is no clear value (ADR 0155).
  const withoutPrior = raw.map((r) => r.withoutPrior);
  const onlyPrior = Math.max(...withoutPrior) - Math.min(...withoutPrior) <= 1e-12;
  const probability =
    priorRead && prior && raw.length > 0
      ? 1 / raw.reduce((sum, r) => sum + Math.exp(prior.alpha * (r.total - raw[0]!.total)), 0)
      : undefined;
  const declared = declaresBehaviours(catalogue);
  const ranked = raw.map((r, i) => ({
    valueId: r.valueId,
    score: evidence ? Math.round(((r.total - lowest) / (range + p.scoreScale)) * 1000) / 1000 : 0,
    band:
      i === 0 && evidence && !onlyPrior
        ? bandOf(r.total, raw[1]?.total ?? 0, spread, p, informed, situation, reasons, probability, declared, catalogueLanguage(readings))
        : 'weak',
    reasons: r.reasons,
  }));
  return {
    ranked,
    totals: evidence ? raw.map((r) => r.total) : raw.map(() => 0),
    informed,
    situation,
    declared,
    reasons,
    ...(probability !== undefined ? { probability } : {}),
    onlyPrior,
  };
}

/** A runner-up worth showing: close enough to the top that a human should weigh both. */
export function isCloseRunnerUp(ranked: readonly RankedValue[]): boolean {
  const [top, second] = ranked;
  if (!top || !second || top.band === 'weak') return false;
  return second.score >= 0.25 && top.score - second.score <= 0.1;
}
