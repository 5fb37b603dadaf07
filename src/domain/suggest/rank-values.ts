import type { Catalogue } from '../catalogue/types';
import type { TicketSnapshot } from '../ticket';
import { CONCEPTS } from './concepts';
import { metadataCues } from './cues';
import { createMatcher } from './matcher';
import { STOPWORDS } from './stopwords';
import { stem } from './text';
import { segmentsOf, type Segment, type Speaker } from './ticket-text';
import type { Band, RankedValue, RankOptions, Reason } from './types';
import { profilesOf, signalMatcherOf } from './value-profile';

type Use = 'reply' | 'situation';

const conceptMatcher = createMatcher(
  CONCEPTS.flatMap((c) => [
    ...c.reply.map((pattern) => ({ pattern, data: { concept: c.id, use: 'reply' as Use } })),
    ...c.situation.map((pattern) => ({ pattern, data: { concept: c.id, use: 'situation' as Use } })),
  ]),
);

/** How much a phrase counts, by who wrote it and what kind of phrase it is. */
const WEIGHT: Record<Speaker, Record<Use, number>> = {
  agent: { reply: 1, situation: 0.35 },
  note: { reply: 0.3, situation: 0.15 },
  customer: { reply: 0.15, situation: 0.6 },
  subject: { reply: 0.2, situation: 0.6 },
};
const FOCUS_BOOST = 3;
const UNFOCUSED = 0.4;
/** Evidence saturates: the tenth apology adds little to the first three. */
const SATURATION = 2.5;
const LEXICAL_WEIGHT = 0.35;
const SIGNAL_WEIGHT = 0.9;
const MAX_REASONS = 6;
/** Per concept, only the strongest pieces of evidence can become quoted reasons. */
const QUOTABLE = 12;

interface Evidence {
  segment: Segment;
  from: number;
  to: number;
  weight: number;
}

function speakerWeight(segment: Segment, focus: number | undefined): number {
  if (focus === undefined) return 1;
  return segment.commentIndex === focus ? FOCUS_BOOST : UNFOCUSED;
}

function phraseReason(e: Evidence, weight: number): Reason {
  const first = e.segment.tokens[e.from]!;
  const last = e.segment.tokens[e.to - 1]!;
  return {
    kind: 'phrase',
    commentIndex: e.segment.commentIndex,
    start: first.start,
    end: last.end,
    text: e.segment.source.slice(first.start, last.end),
    weight,
  };
}

/** Keeps the strongest reasons, one per stretch of text. */
function bestReasons(reasons: Reason[]): Reason[] {
  const sorted = [...reasons].sort((a, b) => b.weight - a.weight);
  const kept: Reason[] = [];
  for (const r of sorted) {
    if (kept.length >= MAX_REASONS) break;
    const overlaps = kept.some((k) =>
      k.kind === 'phrase' && r.kind === 'phrase'
        ? k.commentIndex === r.commentIndex && k.start < r.end && r.start < k.end
        : k.kind === 'cue' && r.kind === 'cue' && k.cue === r.cue,
    );
    if (!overlaps) kept.push(r);
  }
  return kept;
}

function bandOf(score: number, margin: number): Band {
  if (score >= 0.55 && margin >= 0.08) return 'strong';
  if (score >= 0.35) return 'moderate';
  return 'weak';
}

/**
 * Ranks every catalogue value for a ticket. Three kinds of evidence, all explainable:
 * concept phrases in the conversation (weighted by who wrote them) reaching the values whose own
 * words express that concept; words a value's text shares with the agents' replies; and the
 * admin's signal words. Pure and deterministic; ties keep catalogue order.
 */
export function rankValues(catalogue: Catalogue, ticket: TicketSnapshot, options: RankOptions = {}): RankedValue[] {
  const profiles = profilesOf(catalogue);
  const segments = segmentsOf(ticket);
  const focus = options.focusCommentIndex;

  const conceptEvidence = new Map<string, Evidence[]>();
  const conceptTotal = new Map<string, number>();
  for (const segment of segments) {
    const scale = speakerWeight(segment, focus);
    for (const m of conceptMatcher(segment.tokens)) {
      const weight = WEIGHT[segment.speaker][m.data.use] * scale;
      const list = conceptEvidence.get(m.data.concept) ?? [];
      list.push({ segment, from: m.from, to: m.to, weight });
      conceptEvidence.set(m.data.concept, list);
      conceptTotal.set(m.data.concept, (conceptTotal.get(m.data.concept) ?? 0) + weight);
    }
  }
  const cues = metadataCues(ticket, segments);
  for (const cue of cues) conceptTotal.set(cue.concept, (conceptTotal.get(cue.concept) ?? 0) + cue.weight);
  const negative = (conceptEvidence.get('empathy') ?? []).filter((e) => e.segment.speaker === 'customer').length;
  const howTo = (conceptEvidence.get('teaching') ?? []).filter((e) => e.segment.speaker !== 'agent' && e.segment.speaker !== 'note').length;
  const toneCues: { cue: 'negative-tone' | 'how-to-question'; concept: string; weight: number }[] = [];
  if (negative >= 2) toneCues.push({ cue: 'negative-tone', concept: 'empathy', weight: 0.3 });
  if (howTo >= 1) toneCues.push({ cue: 'how-to-question', concept: 'teaching', weight: 0.3 });
  const quotable = new Map(
    [...conceptEvidence].map(([concept, list]) => [concept, [...list].sort((a, b) => b.weight - a.weight).slice(0, QUOTABLE)]),
  );
  const signalHits = new Map<number, Evidence[]>();
  const signalMatcher = signalMatcherOf(catalogue);
  for (const segment of segments) {
    for (const m of signalMatcher(segment.tokens)) {
      const list = signalHits.get(m.data) ?? [];
      list.push({ segment, from: m.from, to: m.to, weight: speakerWeight(segment, focus) });
      signalHits.set(m.data, list);
    }
  }
  const saturated = (concept: string) => 1 - Math.exp(-(conceptTotal.get(concept) ?? 0) / SATURATION);

  // Words of the replies (and, less, of the customer), for overlap with each value's own words.
  const wordHits = new Map<string, { total: number; examples: Evidence[] }>();
  for (const segment of segments) {
    const base = segment.speaker === 'agent' ? 1 : segment.speaker === 'note' ? 0.2 : 0.3;
    const scale = base * speakerWeight(segment, focus);
    segment.tokens.forEach((token, i) => {
      if (token.norm.length < 4 || STOPWORDS.has(token.norm)) return;
      const s = stem(token.norm);
      let hit = wordHits.get(s);
      if (!hit) {
        hit = { total: 0, examples: [] };
        wordHits.set(s, hit);
      }
      hit.total += scale;
      if (hit.examples.length < 2) hit.examples.push({ segment, from: i, to: i + 1, weight: scale });
    });
  }

  const raw = profiles.map((profile, index) => {
    const reasons: Reason[] = [];
    let conceptScore = 0;
    for (const [concept, share] of profile.concepts) {
      conceptScore += share * saturated(concept);
      for (const e of quotable.get(concept) ?? []) reasons.push(phraseReason(e, share * e.weight));
      for (const cue of [...cues, ...toneCues].filter((c) => c.concept === concept)) {
        reasons.push({
          kind: 'cue',
          cue: cue.cue,
          weight: share * cue.weight,
          ...('commentIndex' in cue && cue.commentIndex !== undefined ? { commentIndex: cue.commentIndex } : {}),
        });
      }
    }
    let lexical = 0;
    let vocabulary = 0;
    for (const [s, weight] of profile.stems) {
      vocabulary += weight;
      const hit = wordHits.get(s);
      if (!hit) continue;
      lexical += weight * Math.min(3, hit.total);
      // Single shared words explain less than phrases: quoted only when long enough to mean something.
      if (s.length >= 5) for (const h of hit.examples) reasons.push(phraseReason(h, weight * h.weight * 0.1));
    }
    const lexicalScore = vocabulary > 0 ? 1 - Math.exp(-lexical / Math.sqrt(vocabulary * 8)) : 0;
    const signals = signalHits.get(index) ?? [];
    const signalCount = signals.reduce((sum, e) => sum + e.weight, 0);
    for (const e of signals.slice(0, QUOTABLE)) reasons.push(phraseReason(e, 1.5));
    if (signalCount > 0) reasons.push({ kind: 'cue', cue: 'admin-signal', weight: 1 });
    const signalScore = 1 - Math.exp(-signalCount);
    const total = conceptScore + LEXICAL_WEIGHT * lexicalScore + SIGNAL_WEIGHT * signalScore;
    return { index, valueId: profile.value.id, total, reasons: bestReasons(reasons) };
  });

  const dismissed = new Set(options.dismissed ?? []);
  raw.sort((a, b) => Number(dismissed.has(a.valueId)) - Number(dismissed.has(b.valueId)) || b.total - a.total || a.index - b.index);
  const scores = raw.map((r) => r.total / (r.total + 0.6));
  return raw.map((r, i) => ({
    valueId: r.valueId,
    score: Math.round(scores[i]! * 1000) / 1000,
    band: bandOf(scores[i]!, i === 0 ? scores[0]! - (scores[1] ?? 0) : 0),
    reasons: r.reasons,
  }));
}

/** A runner-up worth showing: close enough to the top that a human should weigh both. */
export function isCloseRunnerUp(ranked: readonly RankedValue[]): boolean {
  const [top, second] = ranked;
  if (!top || !second) return false;
  return second.score >= 0.25 && top.score - second.score <= 0.1;
}
