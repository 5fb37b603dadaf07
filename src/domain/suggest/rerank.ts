import type { Catalogue } from '../catalogue/types';
import {
  buildLearnedProfile,
  defaultRerankWeights,
  profileWithout,
  RERANK_FEATURES,
  type LearnedProfile,
  type TaggedReply,
} from './learned-profile';
import { DEFAULT_PARAMS, type EngineParams } from './params';
import { rankValuesDetailed } from './rank-values';
import { readTicket } from './ticket-reading';

/** At most this many of the most recent tagged replies are fitted on (each is ranked once against the profile without it). */
const FIT_CAP = 240;
const STEPS = 500;
const SHARE = RERANK_FEATURES.indexOf('share');

/**
 * The team's own weights of the ranking's parts (ADR 0111): a softmax over the catalogue's values of
 * `temperature` × (weights · parts), fitted on the tagged replies, each ranked against the profile without it
 * (leave-one-out), with an L2 pull of strength `l2` (per tagged reply) towards the default blend, so that a
 * few or contradictory tags leave the ranking as it was. Returns undefined when there is nothing to fit on.
 */
export function fitRerank(
  profile: LearnedProfile,
  tagged: readonly TaggedReply[],
  catalogue: Catalogue,
  params: EngineParams = DEFAULT_PARAMS,
): LearnedProfile['rerank'] {
  const tags = new Set(catalogue.values.map((v) => v.tag));
  const rows: { x: number[][]; y: number }[] = [];
  for (const item of tagged.slice(-FIT_CAP)) {
    if (!tags.has(item.tag)) continue;
    const b = readTicket(item.ticket, item.replyIndex, params).shown;
    const without = profileWithout(profile, item.ticket.id, item.tag, b);
    const { features } = rankValuesDetailed(catalogue, item.ticket, {
      params,
      learned: without,
      ...(item.replyIndex !== undefined ? { focusCommentIndex: item.replyIndex } : {}),
    });
    const y = features.findIndex((f) => f.tag === item.tag);
    // The share of the team's tags is read from the whole profile, as a new reply would see it: left out, the reply's own
    // value always has one tag fewer, and the fit learned that fewer tags means more likely (share weight −0.2 to −0.7).
    const full = rankValuesDetailed(catalogue, item.ticket, {
      params,
      learned: profile,
      ...(item.replyIndex !== undefined ? { focusCommentIndex: item.replyIndex } : {}),
    }).features;
    features.forEach((f, k) => (f.features[SHARE] = full[k]!.features[SHARE]!));
    if (y >= 0) rows.push({ x: features.map((f) => f.features), y });
  }
  if (rows.length === 0) return undefined;
  const w0 = defaultRerankWeights(params);
  const w = [...w0];
  const t = params.rerankTemperature;
  const l2 = params.rerankL2;
  // Gradient descent on the mean cross-entropy + l2 × |w − w0|² (convex; a fixed number of steps keeps it deterministic and fast).
  // The step shrinks with the pull, or a strong pull overshoots and diverges.
  const rate = params.rerankStep / (1 + 2 * l2);
  for (let step = 0; step < STEPS; step++) {
    const grad = w.map((wi, i) => 2 * l2 * (wi - w0[i]!));
    for (const { x, y } of rows) {
      const logits = x.map((f) => t * f.reduce((a, fi, i) => a + fi * w[i]!, 0));
      const top = Math.max(...logits);
      const e = logits.map((l) => Math.exp(l - top));
      const z = e.reduce((a, b) => a + b, 0);
      x.forEach((f, k) => {
        const d = e[k]! / z - (k === y ? 1 : 0);
        for (let i = 0; i < w.length; i++) grad[i]! += (t * d * f[i]!) / rows.length;
      });
    }
    for (let i = 0; i < w.length; i++) w[i]! -= rate * grad[i]!;
  }
  return { features: [...RERANK_FEATURES], w: w.map((x) => Math.round(x * 1000) / 1000) };
}

/** The profile with the team's own ranking weights, when a catalogue is given and `rerankL2` is finite (else as `buildLearnedProfile`). */
export function buildFittedProfile(
  tagged: readonly TaggedReply[],
  catalogue: Catalogue | undefined,
  params: EngineParams = DEFAULT_PARAMS,
): LearnedProfile {
  const profile = buildLearnedProfile(tagged, params);
  if (!catalogue || !(params.rerankL2 >= 0) || !Number.isFinite(params.rerankL2)) return profile;
  const rerank = fitRerank(profile, tagged, catalogue, params);
  return rerank ? { ...profile, rerank } : profile;
}
