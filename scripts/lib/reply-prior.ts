// Trains the reply prior (ADR 0155) on labelled teams: per reply stem, a weight per behaviour, fitted so that each
// labelled reply's cold total plus what its stems say ranks the labelled value first. Deterministic (full batch from zero,
// fixed steps): the same teams give the same asset on any machine running the same Node.
import { BEHAVIOURS } from '../../src/domain/suggest/behaviours';
import { DEFAULT_PARAMS, type EngineParams } from '../../src/domain/suggest/params';
import type { ReplyPrior } from '../../src/domain/suggest/reply-prior';
import { behaviourWeights, rankValuesDetailed } from '../../src/domain/suggest/rank-values';
import { readTicket } from '../../src/domain/suggest/ticket-reading';
import { readingsOf } from '../../src/domain/suggest/value-behaviours';
import type { Prepared } from './eval-core';

/** What a prior learns to read: the reply in focus, or before a reply the customer's messages. */
export type PriorMode = 'reply' | 'situation';

export interface PriorRow {
  team: string;
  /** Cold total of each value (catalogue order), as the engine ranks it without a prior. */
  total: Float64Array;
  /** Per value, what a unit of each behaviour adds to its total (flattened values × behaviours). */
  perBehaviour: Float64Array;
  stems: string[];
  expected: number;
}

export interface PriorOptions {
  /** L2 penalty on every weight. */
  lambda: number;
  /** A stem counts only when replies of at least this many training teams use it. */
  minTeams: number;
  iterations: number;
  rate: number;
  /**
   * Fit a per-behaviour constant beside the stems and leave it out of the asset: how often the training teams' labels
   * favour a behaviour is theirs, not what a reply's words say.
   */
  bias: boolean;
  /** A stem none of whose weights reaches this is left out of the asset. */
  prune: number;
  /** The step weights are stored in. */
  unit: number;
}

/** Chosen leave-one-team-out over the labelled teams (ADR 0155); stems of ≥ 15 teams since there are 46 (ADR 0156). */
export const PRIOR_OPTIONS: PriorOptions = {
  lambda: 1e-4,
  minTeams: 15,
  iterations: 150,
  rate: 0.05,
  prune: 0.005,
  bias: true,
  unit: 0.01,
};

const B = BEHAVIOURS.length;

/** What training reads of each labelled case: its cold totals, its values' behaviour readings and its reply's stems. */
export function priorRows(cases: readonly Prepared[], p: EngineParams = DEFAULT_PARAMS, mode: PriorMode = 'reply'): PriorRow[] {
  const weights = behaviourWeights(p);
  return cases.flatMap((c) => {
    const readings = readingsOf(c.catalogue, p.promptWeight, p.thesaurusWeight, c.describe);
    const expected = readings.findIndex((r) => r.value.name === c.expected);
    // Before a reply: the customer's messages, labelled with the value the reply turned out to show (the situation proxy).
    const situation = mode === 'situation';
    const reading = readTicket(c.ticket, situation ? null : undefined, p);
    if (expected < 0 || (!situation && reading.focus === undefined) || reading.replyTerms.size === 0) return [];
    const { ranked, totals } = rankValuesDetailed(c.catalogue, c.ticket, {
      params: p,
      prior: null,
      situationPrior: null,
      ...(situation ? { mode: 'situation' as const } : {}),
      ...(c.describe ? { describe: c.describe } : {}),
    });
    const byId = new Map(ranked.map((r, i) => [r.valueId, totals[i]!]));
    const mean = BEHAVIOURS.map((_, b) => readings.reduce((s, r) => s + r.behaviours[b]!, 0) / readings.length);
    const perBehaviour = new Float64Array(readings.length * B);
    readings.forEach((r, v) =>
      BEHAVIOURS.forEach((_, b) => (perBehaviour[v * B + b] = (r.behaviours[b]! - p.centre * mean[b]!) * weights[b]!)),
    );
    return [
      {
        team: c.team,
        total: Float64Array.from(readings.map((r) => byId.get(r.value.id) ?? 0)),
        perBehaviour,
        stems: [...reading.replyTerms.keys()],
        expected,
      },
    ];
  });
}

/** Fits the prior on the given rows (softmax over each catalogue, Adam, L2) and trims it into the shipped shape. */
export function trainPrior(rows: readonly PriorRow[], o: PriorOptions = PRIOR_OPTIONS): ReplyPrior {
  const teamsOf = new Map<string, Set<string>>();
  for (const r of rows) for (const t of r.stems) teamsOf.set(t, (teamsOf.get(t) ?? new Set()).add(r.team));
  const vocabulary = [...teamsOf]
    .filter(([, s]) => s.size >= o.minTeams)
    .map(([t]) => t)
    .sort();
  const index = new Map(vocabulary.map((t, i) => [t, i]));
  const features = rows.map((r) => Int32Array.from(r.stems.flatMap((t) => (index.has(t) ? [index.get(t)!] : []))));
  const unit = rows.map((r) => 1 / (Math.sqrt(r.stems.length) || 1));
  // The per-behaviour constant (when fitted) is the last row, read by every reply at weight 1.
  const biasRow = vocabulary.length;
  const w = new Float64Array((vocabulary.length + 1) * B);
  const m = new Float64Array(w.length);
  const v = new Float64Array(w.length);
  let alpha = 1;
  let ma = 0;
  let va = 0;
  const evidence = new Float64Array(B);
  const perBehaviour = new Float64Array(B);
  // Indexed loops over preallocated buffers: every eval entry point trains its held-out priors here (one per team or
  // group of teams), so this loop is among the unit suite's longest. The arithmetic and its order are those of the plain
  // loop it replaced: the weights are the same to the last bit (ADR 0156).
  const grad = new Float64Array(w.length);
  const s = new Float64Array(Math.max(1, ...rows.map((r) => r.total.length)));
  for (let it = 1; it <= o.iterations; it++) {
    grad.fill(0);
    let gradAlpha = 0;
    for (let k = 0; k < rows.length; k++) {
      const r = rows[k]!;
      const f = features[k]!;
      const u = unit[k]!;
      const per = r.perBehaviour;
      const total = r.total;
      evidence.fill(0);
      for (let x = 0; x < f.length; x++) {
        const base = f[x]! * B;
        for (let b = 0; b < B; b++) evidence[b]! += w[base + b]! * u;
      }
      if (o.bias) for (let b = 0; b < B; b++) evidence[b]! += w[biasRow * B + b]!;
      const n = total.length;
      let top = -Infinity;
      for (let value = 0; value < n; value++) {
        let q = alpha * total[value]!;
        const base = value * B;
        for (let b = 0; b < B; b++) q += per[base + b]! * evidence[b]!;
        s[value] = q;
        top = Math.max(top, q);
      }
      let z = 0;
      for (let value = 0; value < n; value++) z += s[value] = Math.exp(s[value]! - top);
      perBehaviour.fill(0);
      for (let value = 0; value < n; value++) {
        const g = s[value]! / z - (value === r.expected ? 1 : 0);
        gradAlpha += g * total[value]!;
        const base = value * B;
        for (let b = 0; b < B; b++) perBehaviour[b]! += g * per[base + b]!;
      }
      for (let x = 0; x < f.length; x++) {
        const base = f[x]! * B;
        for (let b = 0; b < B; b++) grad[base + b]! += perBehaviour[b]! * u;
      }
      if (o.bias) for (let b = 0; b < B; b++) grad[biasRow * B + b]! += perBehaviour[b]!;
    }
    const step = (mi: number, vi: number) => (o.rate * (mi / (1 - 0.9 ** it))) / (Math.sqrt(vi / (1 - 0.999 ** it)) + 1e-8);
    for (let j = 0; j < w.length; j++) {
      const g = grad[j]! / rows.length + o.lambda * w[j]!;
      m[j] = 0.9 * m[j]! + 0.1 * g;
      v[j] = 0.999 * v[j]! + 0.001 * g * g;
      w[j]! -= step(m[j]!, v[j]!);
    }
    const g = gradAlpha / rows.length;
    ma = 0.9 * ma + 0.1 * g;
    va = 0.999 * va + 0.001 * g * g;
    alpha -= step(ma, va);
  }
  const stems: Record<string, number[]> = {};
  vocabulary.forEach((t, i) => {
    const row = BEHAVIOURS.map((_, b) => Math.round(w[i * B + b]! / o.unit));
    if (row.some((x) => Math.abs(x) * o.unit >= o.prune)) stems[t] = row;
  });
  return { alpha: Math.round(alpha * 1e4) / 1e4, unit: o.unit, behaviours: [...BEHAVIOURS], stems };
}
