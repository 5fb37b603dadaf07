import type { Catalogue } from '../catalogue/types';
import type { TicketSnapshot } from '../ticket';
import { BEHAVIOURS } from './behaviours';
import { DEFAULT_PARAMS, paramsWithProfile, type EngineParams } from './params';
import { readTicket } from './ticket-reading';

/**
 * What a team's tags taught, small and serialisable (it is stored in Zendesk, see ADR 0026):
 * per value tag, the average behaviour of the replies tagged with it; and a few recent tagged replies
 * (their behaviours and main words), so a suggestion can say which one this reply is like.
 */
export interface LearnedProfile {
  version: 1;
  /** The behaviour order the vectors use (an older profile still reads after behaviours are added). */
  behaviours: string[];
  /** Average behaviour vector over every tagged reply. */
  mean: number[];
  values: { tag: string; n: number; centroid: number[]; sc?: number[] }[];
  /**
   * `by`: who tagged the reply (a name, so a reason can say "like the reply Priya tagged"). `sb`, `st`: the situation
   * the reply answered (what the customer's messages before it called for, and their most telling words), so the
   * sidebar can learn before any reply is written (ADR 0119). Absent in profiles saved before.
   */
  examples: { ticket: number; tag: string; b: number[]; terms: string[]; by?: string; sb?: number[]; st?: string[] }[];
  /** Average situation vector over every tagged reply (with `values[].sc`, the per-value averages); absent before ADR 0119. */
  smean?: number[];
  /** How many tagged replies it was built from, and when (ISO time), for the leads page to say. */
  from?: number;
  builtAt?: string;
}

/**
 * A team's first few tags say too little and read the wrong way more often than not: with 2 to 8 tagged replies on a
 * five-value catalogue the suggestion was right less often than with none, and "Likely" 80–84% of the time instead of
 * 91%. Rankings read a profile once it holds this many tagged replies of the catalogue's values per value, on average
 * (ADR 0148).
 */
export const MIN_TAGS_PER_VALUE = 3;

/** How many of the profile's tagged replies carry one of these tags, how many rankings need, and whether it has them. */
export function profileReadiness(
  profile: LearnedProfile | undefined,
  tags: readonly string[],
): { tagged: number; needed: number; ready: boolean } {
  const wanted = new Set(tags);
  const values = Array.isArray(profile?.values) ? profile.values : [];
  const tagged = values.reduce((sum, v) => sum + (wanted.has(v.tag) ? Number(v.n) || 0 : 0), 0);
  const needed = MIN_TAGS_PER_VALUE * wanted.size;
  return { tagged, needed, ready: tagged > 0 && tagged >= needed };
}

/** A reply a reviewer tagged with a value (by the value's tag, which survives renames). */
export interface TaggedReply {
  ticket: TicketSnapshot;
  tag: string;
  /** The tagged reply; default the last public agent reply. */
  replyIndex?: number;
  /** Who tagged it. */
  by?: string;
}

const EXAMPLES_PER_VALUE = 12;
const TERMS_PER_EXAMPLE = 15;
const SITUATION_TERMS_PER_EXAMPLE = 15;
const round = (x: number) => Math.round(x * 100) / 100;

function topTerms(counts: Map<string, number>, k: number, idf?: (term: string) => number): string[] {
  const weight = (t: string, n: number) => n * (idf ? idf(t) : 1);
  return [...counts]
    .sort((a, b) => weight(b[0], b[1]) - weight(a[0], a[1]) || (a[0] < b[0] ? -1 : 1))
    .slice(0, k)
    .map(([t]) => t);
}

/** Builds the profile from tagged replies; later replies in the list are the more recent ones. */
export function buildLearnedProfile(tagged: readonly TaggedReply[], base: EngineParams = DEFAULT_PARAMS): LearnedProfile {
  // Tagged replies are read as a ranking with a profile reads a reply (ADR 0144).
  const params = paramsWithProfile(base);
  const dims = BEHAVIOURS.length;
  const mean = new Array<number>(dims).fill(0);
  const perTag = new Map<string, { n: number; sum: number[]; ssum: number[] }>();
  const examples: LearnedProfile['examples'] = [];
  const readings = tagged.map((item) => readTicket(item.ticket, item.replyIndex, params));
  // The situation each tagged reply answered: the customer's messages before it, read as the sidebar reads a ticket
  // that awaits a reply.
  const situations = tagged.map((item, at) => readTicket(situationBefore(item.ticket, readings[at]!.focus), null, params));
  // The words an example keeps are its most telling ones among the team's tagged replies (count × idf),
  // not greetings and the product's name that every reply shares.
  // Few-shot mean (ADR 0100), count only → count × idf: 66.2/74.3/92.4 → 65.8/74.9/93.0 (saturation 1: 63.7/71.8/92.4 → 65.2/75.0/93.6).
  const idf = idfOver(readings);
  const situationIdf = idfOver(situations);
  const smean = new Array<number>(dims).fill(0);
  for (const [at, item] of tagged.entries()) {
    const reading = readings[at]!;
    const situation = situations[at]!;
    const entry = perTag.get(item.tag) ?? { n: 0, sum: new Array<number>(dims).fill(0), ssum: new Array<number>(dims).fill(0) };
    perTag.set(item.tag, entry);
    entry.n++;
    reading.shown.forEach((x, i) => {
      entry.sum[i]! += x;
      mean[i]! += x;
    });
    situation.shown.forEach((x, i) => {
      entry.ssum[i]! += x;
      smean[i]! += x;
    });
    examples.push({
      ticket: item.ticket.id,
      tag: item.tag,
      b: reading.shown.map(round),
      terms: topTerms(reading.replyTerms, TERMS_PER_EXAMPLE, idf),
      ...(item.by ? { by: item.by.slice(0, 60) } : {}),
      // Coarser than the reply's: the situation is a weaker cue, and the stored profile has a size cap.
      sb: situation.shown.map((x) => Math.round(x * 10) / 10),
      st: topTerms(situation.replyTerms, SITUATION_TERMS_PER_EXAMPLE, situationIdf),
    });
  }
  const total = tagged.length;
  const values = [...perTag].map(([tag, e]) => ({
    tag,
    n: e.n,
    centroid: e.sum.map((x) => round(x / e.n)),
    sc: e.ssum.map((x) => round(x / e.n)),
  }));
  const kept = new Map<string, number>();
  const recent = [...examples].reverse().filter((ex) => {
    const n = kept.get(ex.tag) ?? 0;
    kept.set(ex.tag, n + 1);
    return n < EXAMPLES_PER_VALUE;
  });
  return {
    version: 1,
    behaviours: [...BEHAVIOURS],
    mean: mean.map((m) => round(m / Math.max(1, total))),
    values,
    examples: recent.reverse(),
    from: total,
    smean: smean.map((m) => round(m / Math.max(1, total))),
  };
}

/** Document frequency → idf over a set of readings' terms (an example keeps its most telling words, not greetings). */
function idfOver(readings: readonly { replyTerms: ReadonlyMap<string, number> }[]): (term: string) => number {
  const df = new Map<string, number>();
  for (const r of readings) for (const t of r.replyTerms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  return (t: string) => Math.log((readings.length + 1) / ((df.get(t) ?? 0) + 0.5));
}

/** The ticket as it stood before the reply at `focus`: what the agent was answering. */
function situationBefore(ticket: TicketSnapshot, focus: number | undefined): TicketSnapshot {
  const comments = Array.isArray(ticket.comments) ? ticket.comments : [];
  return focus === undefined ? ticket : { ...ticket, comments: comments.slice(0, focus) };
}

/**
 * Installation settings have no documented size limit, so the stored profile has one of its own. Over it, examples are
 * left out one at a time, each time the oldest of the value that keeps the most: every tagged value keeps examples as
 * long as another keeps more (a value the team tagged only long ago would otherwise lose all of its own; ADR 0147).
 * The per-value averages always stay.
 */
export const MAX_PROFILE_CHARS = 48_000;

export function serializeLearnedProfile(profile: LearnedProfile, maxChars = MAX_PROFILE_CHARS): string {
  let json = JSON.stringify(profile);
  if (json.length <= maxChars) return json;
  // Each example's share of the JSON (its text and a comma), so the trimming is worked out without re-serialising.
  const size = profile.examples.map((ex) => JSON.stringify(ex).length + 1);
  const byTag = new Map<string, number[]>();
  profile.examples.forEach((ex, i) => {
    const list = byTag.get(ex.tag);
    if (list) list.push(i);
    else byTag.set(ex.tag, [i]);
  });
  const left = new Set<number>();
  let over = json.length - maxChars;
  while (over > 0 && left.size < profile.examples.length) {
    let fullest: number[] = [];
    for (const list of byTag.values()) if (list.length > fullest.length) fullest = list;
    const oldest = fullest.shift()!;
    left.add(oldest);
    over -= size[oldest]!;
  }
  let examples = profile.examples.filter((_, i) => !left.has(i));
  json = JSON.stringify({ ...profile, examples });
  // The estimate is exact for plain JSON; should it ever fall short, the oldest go until it fits.
  while (json.length > maxChars && examples.length > 0) {
    examples = examples.slice(1);
    json = JSON.stringify({ ...profile, examples });
  }
  return json;
}

/** Reads a stored profile defensively: anything malformed is no profile, never an error. */
export function parseLearnedProfile(json: string): LearnedProfile | undefined {
  try {
    const p = JSON.parse(json) as Partial<LearnedProfile>;
    if (p.version !== 1 || !Array.isArray(p.behaviours) || !Array.isArray(p.values) || !Array.isArray(p.examples) || !Array.isArray(p.mean))
      return undefined;
    return p as LearnedProfile;
  } catch {
    return undefined;
  }
}

function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

/** A stored vector in today's behaviour order (behaviours the profile did not know read as 0). */
function aligner(profile: LearnedProfile): (vector: unknown) => number[] {
  const at = new Map(profile.behaviours.map((b, i) => [b, i]));
  const index = BEHAVIOURS.map((b) => at.get(b));
  return (vector) => {
    const v = Array.isArray(vector) ? (vector as unknown[]) : [];
    return index.map((i) => (i === undefined ? 0 : Number(v[i] ?? 0) || 0));
  };
}

export interface LearnedScore {
  score: number;
  /** Smoothed log-odds that a reply showing these behaviours was tagged with this value rather than another (one against the rest). */
  behaviourOdds: number;
  /** The same from the reply's words against the words of the value's stored tagged replies. */
  wordOdds: number;
  /**
   * The share of belief the odds give this value among the catalogue's tagged values (a softmax of
   * behaviour odds + `words` × word odds, at `temperature`), less an even share: in (−1, 1), so however
   * lopsided a few examples are, what they add stays bounded.
   */
  posterior: number;
  /** Likeness to this value's tagged examples (nearest neighbours by behaviour and words), in [0, 1]. */
  neighbours: number;
  /** `situation`: the likeness is between what the customers wrote (situation mode, a profile that keeps situations). */
  nearest?: { ticket: number; similarity: number; by?: string; situation?: true };
}

/** What ranking needs from a profile, worked out once per parsed profile (a sidebar ranks many tickets with one). */
interface ReadyProfile {
  mean: number[];
  values: { tag: string; n: number; centroid: number[] }[];
  examples: { ticket: number; tag: string; z: number[]; terms: { term: string; weight: number }[]; norm: number; by?: string }[];
  idf: Map<string, number>;
  /** Per value tag: behaviour log-odds for a shown (`on`) and an absent (`off`) behaviour; word log-odds. */
  odds: Map<string, { on: number[]; off: number[]; words: Map<string, number> }>;
}

/** Smoothing of the learned odds: pseudo-replies drawn from the team's average (behaviours) and pseudo-counts (words). */
const BEHAVIOUR_PSEUDO = 2;
const WORD_PSEUDO = 0.5;
/**
 * A value of the catalogue nobody has tagged yet has nothing to learn from: it is given this share of the best tagged
 * value's lift (each learned part), so the tags rank the tagged values among themselves without burying it (ADR 0147).
 */
export const UNTAGGED_SHARE = 0.75;
/** See `oddsOf`: the fewest examples a value's missing words are read against, as a share of the team's average per value. */
const SPARSE_VALUE_SHARE = 0.5;
/**
 * How far a value's average tagged reply is trusted: n / (n + this). With the centroid's weight doubled (ADR 0153), a value
 * tagged once pulled other replies to it (dev teams 1.6 points under cold); at 6, one tag counts a seventh, six tags a half.
 */
const CENTROID_PSEUDO = 6;
const clampP = (x: number) => Math.min(0.97, Math.max(0.03, x));

/**
 * One-against-the-rest naive Bayes over what the profile keeps: per value, how much more (or less) often its
 * tagged replies show each behaviour than the team's other tagged replies, smoothed towards the team's average
 * so a handful of examples moves little; and the same over the stored words of its tagged examples.
 */
function oddsOf(
  values: ReadyProfile['values'],
  examples: ReadyProfile['examples'],
  sums: Map<string, number[]>,
  total: number[],
  totalN: number,
): ReadyProfile['odds'] {
  const dims = total.length;
  const teamRate = total.map((s) => clampP(s / Math.max(1, totalN)));
  const wordsByTag = new Map<string, Map<string, number>>();
  const docsByTag = new Map<string, number>();
  const allWords = new Map<string, number>();
  for (const ex of examples) {
    const m = wordsByTag.get(ex.tag) ?? new Map<string, number>();
    wordsByTag.set(ex.tag, m);
    docsByTag.set(ex.tag, (docsByTag.get(ex.tag) ?? 0) + 1);
    for (const t of ex.terms) {
      m.set(t.term, (m.get(t.term) ?? 0) + 1);
      allWords.set(t.term, (allWords.get(t.term) ?? 0) + 1);
    }
  }
  const docs = examples.length;
  // A value the team has tagged less often than its others: a word missing from its few examples says little, so its
  // rate is read as if the value had at least half the team's average number of examples (ADR 0147). With the plain
  // pseudo-count, one tagged reply gave every other word a 25% rate in the value, and pulled unrelated replies to it.
  const sparseFloor = (SPARSE_VALUE_SHARE * docs) / Math.max(1, docsByTag.size);
  const out: ReadyProfile['odds'] = new Map();
  for (const v of values) {
    const sum = sums.get(v.tag) ?? new Array<number>(dims).fill(0);
    const on: number[] = [];
    const off: number[] = [];
    for (let b = 0; b < dims; b++) {
      const pv = clampP((sum[b]! + BEHAVIOUR_PSEUDO * teamRate[b]!) / (v.n + BEHAVIOUR_PSEUDO));
      const po = clampP((total[b]! - sum[b]! + BEHAVIOUR_PSEUDO * teamRate[b]!) / (totalN - v.n + BEHAVIOUR_PSEUDO));
      on.push(Math.log(pv / po));
      off.push(Math.log((1 - pv) / (1 - po)));
    }
    const mine = wordsByTag.get(v.tag) ?? new Map<string, number>();
    const dv = docsByTag.get(v.tag) ?? 0;
    const words = new Map<string, number>();
    // Bernoulli word presence, smoothed: a word in 3 of this value's 5 examples and in 1 of the 20 others says much.
    for (const [t, all] of allWords) {
      const cv = mine.get(t) ?? 0;
      const pv = (cv + WORD_PSEUDO) / ((cv > 0 ? dv : Math.max(dv, sparseFloor)) + 2 * WORD_PSEUDO);
      const po = (all - cv + WORD_PSEUDO) / (docs - dv + 2 * WORD_PSEUDO);
      words.set(t, Math.log(pv / po));
    }
    out.set(v.tag, { on, off, words });
  }
  return out;
}

/** Whether suggestions read a reply, or (before any reply) the situation: each has its own learned view (ADR 0119). */
export type LearnedMode = 'reply' | 'situation';

/**
 * The profile as seen in situation mode: the same shape, built from what the customers wrote before each tagged
 * reply. A profile saved before ADR 0119 has none, and is read as it always was.
 */
function situationView(profile: LearnedProfile): LearnedProfile | undefined {
  if (!Array.isArray(profile.smean) || !profile.values.every((v) => Array.isArray(v.sc))) return undefined;
  return {
    ...profile,
    mean: profile.smean,
    values: profile.values.map((v) => ({ tag: v.tag, n: v.n, centroid: v.sc ?? [] })),
    examples: profile.examples
      .filter((ex) => Array.isArray(ex.sb) && Array.isArray(ex.st))
      .map((ex) => ({ ticket: ex.ticket, tag: ex.tag, b: ex.sb ?? [], terms: ex.st ?? [], ...(ex.by !== undefined ? { by: ex.by } : {}) })),
  };
}

const ready = { reply: new WeakMap<LearnedProfile, ReadyProfile>(), situation: new WeakMap<LearnedProfile, ReadyProfile | null>() };

/** The worked-out profile for a mode; in situation mode, null when the profile has no situations (read as a reply profile). */
function readyFor(profile: LearnedProfile, mode: LearnedMode): ReadyProfile | null {
  if (mode === 'reply') return readyProfile(profile);
  if (ready.situation.has(profile)) return ready.situation.get(profile)!;
  const view = situationView(profile);
  const made = view ? readyProfile(view) : null;
  ready.situation.set(profile, made);
  return made;
}

function readyProfile(profile: LearnedProfile): ReadyProfile {
  const hit = ready.reply.get(profile);
  if (hit) return hit;
  const align = aligner(profile);
  const mean = align(profile.mean);
  const centred = (v: unknown) => align(v).map((x, i) => x - mean[i]!);
  const termsOf = (ex: { terms?: unknown }) => [...new Set(Array.isArray(ex.terms) ? ex.terms.map(String) : [])];
  // Words that many examples share (greetings, the product's name) say little about which value.
  const df = new Map<string, number>();
  for (const ex of profile.examples) for (const t of termsOf(ex)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = profile.examples.length;
  const idf = new Map([...df].map(([t, d]) => [t, Math.log((n + 1) / (d + 0.5)) ** 2]));
  const values = profile.values.map((v) => ({ tag: v.tag, n: Number(v.n) || 0, centroid: centred(v.centroid) }));
  // Sums of each behaviour over a value's tagged replies (the stored average times the count), and over all.
  const sums = new Map(profile.values.map((v) => [v.tag, align(v.centroid).map((x) => x * (Number(v.n) || 0))]));
  const totalN = values.reduce((a, v) => a + v.n, 0);
  const total = mean.map((_, b) => [...sums.values()].reduce((a, s) => a + s[b]!, 0));
  const examples = profile.examples.map((ex) => {
    const terms = termsOf(ex).map((term) => ({ term, weight: idf.get(term)! }));
    return {
      ticket: ex.ticket,
      tag: ex.tag,
      z: centred(ex.b),
      terms,
      norm: terms.reduce((sum, t) => sum + t.weight, 0),
      ...(typeof ex.by === 'string' ? { by: ex.by } : {}),
    };
  });
  const made: ReadyProfile = { mean, values, examples, idf, odds: oddsOf(values, examples, sums, total, totalN) };
  ready.reply.set(profile, made);
  return made;
}

/**
 * How much the reply resembles each value's tagged replies, by value tag: the unnormalised likeness to
 * the value's average tagged reply (behaviours only), and the mean likeness to its `k` nearest tagged
 * replies (cosine of centred behaviours and idf-weighted shared words, `termShare` of it words).
 */
export function learnedScores(
  profile: LearnedProfile,
  catalogue: Catalogue,
  shown: readonly number[],
  replyTerms: ReadonlyMap<string, number>,
  knn: { termShare: number; k: number; words?: number; temperature?: number } = { termShare: 0.5, k: 3 },
  mode: LearnedMode = 'reply',
): Map<string, LearnedScore> {
  // Before a reply, what the customers wrote in the tagged tickets; a profile without situations reads as it always did.
  const situation = mode === 'situation' ? readyFor(profile, mode) : null;
  const r = situation ?? readyProfile(profile);
  const z = shown.map((x, i) => x - r.mean[i]!);
  const tags = new Set(catalogue.values.map((v) => v.tag));
  const scores = new Map<string, LearnedScore>();
  for (const v of r.values) {
    if (!tags.has(v.tag)) continue;
    const behaviour = z.reduce((sum, x, i) => sum + x * v.centroid[i]!, 0);
    const confidence = v.n / (v.n + CENTROID_PSEUDO);
    const odds = r.odds.get(v.tag)!;
    let behaviourOdds = 0;
    for (let i = 0; i < shown.length; i++) behaviourOdds += shown[i]! * odds.on[i]! + (1 - shown[i]!) * odds.off[i]!;
    let wordOdds = 0;
    for (const t of replyTerms.keys()) wordOdds += odds.words.get(t) ?? 0;
    scores.set(v.tag, { score: confidence * behaviour, neighbours: 0, behaviourOdds, wordOdds, posterior: 0 });
  }
  const words = knn.words ?? 0.5;
  const temperature = knn.temperature ?? 3;
  const logits = [...scores.values()].map((s) => (s.behaviourOdds + words * s.wordOdds) / temperature);
  const top = Math.max(...logits);
  const sum = logits.reduce((a, l) => a + Math.exp(l - top), 0);
  [...scores.values()].forEach((s, i) => (s.posterior = Math.exp(logits[i]! - top) / sum - 1 / logits.length));
  let replyNorm = 0;
  for (const t of replyTerms.keys()) replyNorm += r.idf.get(t) ?? 0;
  const sims = new Map<string, number[]>();
  for (const ex of r.examples) {
    const s = scores.get(ex.tag);
    if (!s) continue;
    let dot = 0;
    for (const t of ex.terms) if (replyTerms.has(t.term)) dot += t.weight;
    const words = dot > 0 ? dot / Math.sqrt(ex.norm * Math.max(replyNorm, dot)) : 0;
    const behaviour = Math.max(0, cosine(z, ex.z));
    const similarity = (1 - knn.termShare) * behaviour + knn.termShare * words;
    const list = sims.get(ex.tag);
    if (list) list.push(similarity);
    else sims.set(ex.tag, [similarity]);
    if (!s.nearest || similarity > s.nearest.similarity)
      s.nearest = {
        ticket: ex.ticket,
        similarity,
        ...(ex.by !== undefined ? { by: ex.by } : {}),
        ...(situation ? { situation: true as const } : {}),
      };
  }
  for (const [tag, list] of sims) {
    const s = scores.get(tag)!;
    const best = list.sort((a, b) => b - a).slice(0, knn.k);
    s.neighbours = best.reduce((a, b) => a + b, 0) / knn.k;
    // Compared unrounded above, so of two equally like examples the earlier is named; shown to two decimals.
    if (s.nearest) s.nearest.similarity = round(s.nearest.similarity);
  }
  // What the tags say ranks the tagged values among themselves; a value nobody tagged yet is not known to be less like
  // this reply, so it keeps most of what the best tagged value gained (ADR 0147), and quotes no example.
  const tagged = [...scores.values()];
  if (tagged.length > 0) {
    const best = (part: 'score' | 'neighbours' | 'posterior') => UNTAGGED_SHARE * Math.max(...tagged.map((s) => s[part]));
    const lift = { score: best('score'), neighbours: best('neighbours'), posterior: best('posterior'), behaviourOdds: 0, wordOdds: 0 };
    for (const tag of tags) if (!scores.has(tag)) scores.set(tag, { ...lift });
  }
  return scores;
}
