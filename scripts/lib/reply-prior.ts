// Trains the reply prior (ADR 0155) on labelled teams: per reply stem, a weight per behaviour, fitted so that each
// labelled reply's cold total plus what its stems say ranks the labelled value first. Deterministic (full batch from zero,
// fixed steps): the same teams give the same asset on any machine running the same Node.
import { BEHAVIOURS } from '../../src/domain/suggest/behaviours';
import { DEFAULT_PARAMS, type EngineParams } from '../../src/domain/suggest/params';
import { priorEvidence, type ReplyPrior, type TypicalReading } from '../../src/domain/suggest/reply-prior';
import { behaviourWeights, rankValuesDetailed } from '../../src/domain/suggest/rank-values';
import { readTicket } from '../../src/domain/suggest/ticket-reading';
import { catalogueTextLanguage, readingsOf } from '../../src/domain/suggest/value-behaviours';
import type { Prepared } from './eval-core';

/** What a prior learns to read: the reply in focus, or before a reply the customer's messages. */
export type PriorMode = 'reply' | 'situation';

export interface PriorRow {
  team: string;
  /** The language its team's catalogue is written in (`detectLanguage`): whose teams a stem's share is counted among. */
  language: string;
  /** Cold total of each value (catalogue order), as the engine ranks it without a prior. */
  total: Float64Array;
  /** Per value, what a unit of each behaviour adds to its total (flattened values × behaviours). */
  perBehaviour: Float64Array;
  stems: string[];
  expected: number;
  /** What the engine's own reading of the reply shows of each behaviour (`readTicket`'s `shown`; ADR 0164). */
  shown: Float64Array;
  /** Per value (catalogue order), the stems of its own text that tell it from the catalogue's other values (ADR 0164). */
  valueStems: string[][];
}

export interface PriorOptions {
  /** L2 penalty on every weight. */
  lambda: number;
  /** A stem counts only when replies of at least this many training teams use it. */
  minTeams: number;
  /**
   * Or when replies of at least this share of the training teams whose catalogues are in one language use it (and at
   * least `languageMinTeams` of them): a Dutch stem cannot reach 15 teams while five teams write Dutch. 0: off.
   */
  languageShare: number;
  /** The fewest teams of one language whose use makes a stem count by `languageShare`. */
  languageMinTeams: number;
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
  /**
   * The values' side (ADR 0164): a stem of a value's own text counts when the catalogues of at least this many training
   * teams use it (0: the prior learns nothing of the values' words).
   */
  valueMinTeams: number;
  /** L2 penalty on the values' side's weights (its stems are many, its rows few: one per team's value). */
  valueLambda: number;
  /** The step the values' side is stored in (its weights are many and need less precision). */
  valueUnit: number;
  /** A values' side stem none of whose weights reaches this is left out of the asset (default `prune`). */
  valuePrune?: number;
}

/**
 * Chosen leave-one-team-out over the labelled teams (ADR 0155); stems of ≥ 15 teams since there are 46 (ADR 0156); the
 * values' side, with its own L2, from stems several teams' catalogues share (ADR 0164: ≥ 3, chosen over ten groups of the
 * 88 unseen teams; ≥ 4 since ADR 0177, below). Since ADR 0168 (110 teams train it) fewer steps and less L2: 100 steps at
 * λ 3e-5 (150 at 1e-4 before). Stems 40% of one language's teams use (`languageShare`, ADR 0173) helped the unseen teams
 * and lost on batch 18: off here (the situation prior has it, ADR 0175). Weights in steps of 0.02 since ADR 0176 (0.01
 * before): over ten groups of 136 teams the same rankings within one ticket in 4,080, cold and with tags, and 13 KB less
 * (7.5 KB gzipped) for every agent. The values' side at 0.08 lost (p = 0.03). Since ADR 0177 the values' side learns
 * stems of ≥ 4 teams' catalogues (3 before): over ten groups of 144 teams cold the same (33 tickets gained, 30 lost),
 * with tags better (20 / 4, p = 0.002), and 59 KB less (415.8 → 356.6 KB). With batch 22 (160 teams, ADR 0181) the
 * reply prior reached 405.5 KB, past its 400 KB cap: the values' side from ≥ 5 teams' catalogues (about 3% of them, as
 * 4 of 144 and 3 of 88 were) measured the same within noise over ten groups of 160 teams (cold 32 tickets gained, 29
 * lost; with tags 14 / 22; declared 32 / 37) and 41 KB less (364.4 KB); stems of ≥ 16 teams instead lost cold (48 / 62).
 * With batch 24 (176 teams, ADR 0185) it reached 408.5 KB: the values' side from ≥ 6 teams' catalogues (3.4% of them),
 * over ten groups of 176 teams cold 37 tickets gained, 38 lost; with tags 20 / 16; 380.1 KB. With batch 26 (192 teams,
 * ADR 0190) it reached 415.5 KB: the values' side keeps a stem only when one of its weights reaches 0.1 (`valuePrune`,
 * three steps of 0.04), 374.4 KB. Over ten groups of 192 teams, per team: cold 21 better / 20 worse (66.8 → 66.8), with
 * tags 9 / 5, declared 20 / 28 (69.5 → 69.4). The values' side from ≥ 7 teams' catalogues (391.2 KB) lost cold
 * (19 / 34, p = 0.05); stems of ≥ 16 teams (392.9 KB) lost cold (27 / 42) and declared (31 / 60, p = 0.003).
 * With batch 29 (216 teams, ADR 0196) it reached 411.9 KB: its weights are stored in steps of 0.03 (0.02 before),
 * 397.5 KB. Over ten groups of 216 teams (the situation prior trimmed as below): cold 9 teams better / 10 worse (68.3 →
 * 68.3), declared 11 / 8 (70.7 → 70.8). Stems of ≥ 16 teams (386.0 KB) lost declared again (33 / 57, p = 0.015); the
 * values' side at 0.13 (372.9 KB) lost with tags (21 / 33). With batch 30 (224 teams, ADR 0198) it reached 409.5 KB:
 * steps of 0.045, 396.5 KB (steps of 0.04 came to 400.0 KB, on the cap). Over ten groups of 224 teams (the situation
 * prior trimmed as below): cold 68.4 → 68.3 (8 teams better / 10 worse), with tags 73.7 → 73.7 (4 / 4), declared
 * 70.5 → 70.4 (7 / 14). Steps of 0.04 with the values' side from seven teams (395.9 KB, with the situation prior's
 * language stems from eight teams) lost cold (29 / 42). When it passes the cap again, the cheap trims are spent: weigh
 * fewer stems, which cost the declared reading, against a larger cap (the lazy chunk's gzipped size in `npm run bench`
 * as the measure). With batch 31 (232 teams, ADR 0199) it reached 414.6 KB (129.1 KB gzipped), untrimmed: the caps now
 * count the gzipped bytes an agent downloads (140 KB; the situation prior's 100 KB), not characters.
 */
export const PRIOR_OPTIONS: PriorOptions = {
  lambda: 3e-5,
  minTeams: 15,
  languageShare: 0,
  languageMinTeams: 4,
  iterations: 100,
  rate: 0.05,
  prune: 0.005,
  bias: true,
  unit: 0.045,
  valueMinTeams: 6,
  valueUnit: 0.04,
  valueLambda: 1e-3,
  valuePrune: 0.1,
};

/**
 * The options a prior of `mode` is trained with: the situation prior learns the values' words too (ADR 0166), from stems
 * of ≥ 10 teams' catalogues (≥ 3 measured the same within noise at three times the size). It keeps 150 steps at λ 1e-4:
 * the reply prior's fewer steps and lighter L2 (ADR 0168) measured no better before a reply (42.1 → 41.7 strict). Since
 * ADR 0175 it also counts a stem 40% of one language's teams use: customers of one language say what happened in shared
 * words (confirmed on batch 19, held back: before a reply 41.3 → 43.8 strict, cold unchanged). Its weights are stored in
 * the reply prior's 0.02 steps since ADR 0177 (0.01 before): over ten groups of 144 teams, cold 2 tickets gained and 0
 * lost, with tags 1 / 0, before a reply 2 / 5; 299.0 → 282.2 KB, under its 300 KB cap (batch 21 added 6 KB, ADR 0179).
 * With batch 23 (168 teams, ADR 0183) it reached 313 KB: a language's stem counts when 7 of its teams use it (4 before,
 * `languageMinTeams`), 272 KB. Over ten groups of 168 teams: before a reply 39 tickets gained, 36 lost; cold 10 / 8.
 */
export function priorOptionsFor(mode: PriorMode): PriorOptions {
  return mode === 'situation' ? { ...PRIOR_OPTIONS, ...SITUATION_OPTIONS } : PRIOR_OPTIONS;
}

/** Where the situation prior's options differ from `PRIOR_OPTIONS` (see `priorOptionsFor`). */
export const SITUATION_OPTIONS: Partial<PriorOptions> = {
  // Its values' side learns stems thirteen teams' catalogues share (ten before ADR 0192, twelve before ADR 0196, each
  // trimming it under its cap), and its weights are stored in steps of 0.035 (it shared the reply prior's 0.02 before
  // ADR 0196, then 0.025): 309.6 → 295.0 KB with batch 29, 304.3 → 296.9 KB with batch 30 (ADR 0198; before a reply
  // 45.3 → 45.3 over ten groups of 224 teams, +13 / −12; its values' side from fourteen teams instead lost 45.3 → 45.0).
  valueMinTeams: 13,
  unit: 0.035,
  lambda: 1e-4,
  iterations: 150,
  languageShare: 0.4,
  languageMinTeams: 7,
  // The reply prior's values' side prune (ADR 0190) was measured for the reply prior only.
  valuePrune: 0.005,
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
        language: catalogueTextLanguage(c.catalogue),
        total: Float64Array.from(readings.map((r) => byId.get(r.value.id) ?? 0)),
        perBehaviour,
        stems: [...reading.replyTerms.keys()],
        expected,
        shown: Float64Array.from(reading.shown),
        valueStems: readings.map((r) => [...r.terms.keys()]),
      },
    ];
  });
}

/**
 * The reply stems a prior learns weights for: those the replies of at least `minTeams` training teams use, or (ADR 0173)
 * at least `languageShare` of the training teams whose catalogues are in one language, and `languageMinTeams` of them.
 */
export function priorVocabulary(rows: readonly Pick<PriorRow, 'team' | 'language' | 'stems'>[], o: PriorOptions): string[] {
  const teamsOf = new Map<string, Set<string>>();
  for (const r of rows) for (const t of r.stems) teamsOf.set(t, (teamsOf.get(t) ?? new Set()).add(r.team));
  // Per language, how many training teams write their catalogue in it, and which language each team's is.
  const languageOf = new Map(rows.map((r) => [r.team, r.language]));
  const teamsIn = new Map<string, number>();
  for (const language of languageOf.values()) teamsIn.set(language, (teamsIn.get(language) ?? 0) + 1);
  const sharedEnough = (teams: Set<string>): boolean => {
    if (teams.size >= o.minTeams) return true;
    if (o.languageShare <= 0) return false;
    const using = new Map<string, number>();
    for (const team of teams) {
      const language = languageOf.get(team)!;
      using.set(language, (using.get(language) ?? 0) + 1);
    }
    for (const [language, n] of using) if (n >= o.languageMinTeams && n >= o.languageShare * teamsIn.get(language)!) return true;
    return false;
  };
  return [...teamsOf]
    .filter(([, s]) => sharedEnough(s))
    .map(([t]) => t)
    .sort();
}

/** Fits the prior on the given rows (softmax over each catalogue, Adam, L2) and trims it into the shipped shape. */
export function trainPrior(rows: readonly PriorRow[], o: PriorOptions = PRIOR_OPTIONS): ReplyPrior {
  const vocabulary = priorVocabulary(rows, o);
  const index = new Map(vocabulary.map((t, i) => [t, i]));
  const features = rows.map((r) => Int32Array.from(r.stems.flatMap((t) => (index.has(t) ? [index.get(t)!] : []))));
  // A text is read as no shorter than the training texts' 1st percentile (ADR 0169); the engine reads it the same way.
  const lengths = rows.map((r) => r.stems.length).sort((a, b) => a - b);
  const minTerms = lengths.length > 0 ? lengths[Math.floor(0.01 * (lengths.length - 1))]! : 0;
  const unit = rows.map((r) => 1 / (Math.sqrt(Math.max(r.stems.length, minTerms)) || 1));
  // The values' side (ADR 0164): stems of the values' own text, counted once per team whose catalogue uses them.
  const valueTeams = new Map<string, Set<string>>();
  if (o.valueMinTeams > 0)
    for (const r of rows)
      for (const list of r.valueStems) for (const t of list) valueTeams.set(t, (valueTeams.get(t) ?? new Set()).add(r.team));
  const valueVocabulary = [...valueTeams]
    .filter(([, s]) => s.size >= o.valueMinTeams)
    .map(([t]) => t)
    .sort();
  const valueIndex = new Map(valueVocabulary.map((t, i) => [t, i]));
  // A catalogue's values' side is the same for every reply of its team: worked out once per catalogue and step.
  const catalogueOf = new Map<string, number>();
  const catalogues: { features: Int32Array[]; unit: number[] }[] = [];
  const rowCatalogue = rows.map((r) => {
    const key = JSON.stringify(r.valueStems);
    let at = catalogueOf.get(key);
    if (at === undefined) {
      at = catalogues.length;
      catalogueOf.set(key, at);
      catalogues.push({
        features: r.valueStems.map((list) => Int32Array.from(list.flatMap((t) => (valueIndex.has(t) ? [valueIndex.get(t)!] : [])))),
        unit: r.valueStems.map((list) => 1 / (Math.sqrt(list.length) || 1)),
      });
    }
    return at;
  });
  // The per-behaviour constant (when fitted) is the last row, read by every reply at weight 1.
  const biasRow = vocabulary.length;
  const replyWeights = (vocabulary.length + 1) * B;
  const w = new Float64Array(replyWeights + valueVocabulary.length * B);
  const m = new Float64Array(w.length);
  const v = new Float64Array(w.length);
  let alpha = 1;
  let ma = 0;
  let va = 0;
  const evidence = new Float64Array(B);
  const perBehaviour = new Float64Array(B);
  const maxValues = Math.max(1, ...rows.map((r) => r.total.length));
  // Per catalogue and value, what its own words add to each behaviour's reading (ADR 0164), and the gradient of that.
  const addedOf = catalogues.map((c) => new Float64Array(c.features.length * B));
  const addedGrad = catalogues.map((c) => new Float64Array(c.features.length * B));
  const withValues = valueVocabulary.length > 0;
  // Indexed loops over preallocated buffers: every eval entry point trains its held-out priors here (one per team or
  // group of teams), so this loop is among the unit suite's longest. The arithmetic and its order are those of the plain
  // loop it replaced: the weights are the same to the last bit (ADR 0156).
  const grad = new Float64Array(w.length);
  const s = new Float64Array(maxValues);
  for (let it = 1; it <= o.iterations; it++) {
    grad.fill(0);
    let gradAlpha = 0;
    if (withValues)
      catalogues.forEach((c, at) => {
        const added = addedOf[at]!;
        added.fill(0);
        addedGrad[at]!.fill(0);
        c.features.forEach((list, value) => {
          const base = value * B;
          for (let x = 0; x < list.length; x++) {
            const from = replyWeights + list[x]! * B;
            for (let b = 0; b < B; b++) added[base + b]! += w[from + b]! * c.unit[value]!;
          }
        });
      });
    for (let k = 0; k < rows.length; k++) {
      const r = rows[k]!;
      const f = features[k]!;
      const u = unit[k]!;
      const per = r.perBehaviour;
      const total = r.total;
      const shown = r.shown;
      const added = addedOf[rowCatalogue[k]!]!;
      const addedG = addedGrad[rowCatalogue[k]!]!;
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
        if (withValues) for (let b = 0; b < B; b++) q += added[base + b]! * (evidence[b]! + shown[b]!);
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
        if (withValues)
          for (let b = 0; b < B; b++) {
            perBehaviour[b]! += g * added[base + b]!;
            addedG[base + b]! += g * (evidence[b]! + shown[b]!);
          }
      }
      for (let x = 0; x < f.length; x++) {
        const base = f[x]! * B;
        for (let b = 0; b < B; b++) grad[base + b]! += perBehaviour[b]! * u;
      }
      if (o.bias) for (let b = 0; b < B; b++) grad[biasRow * B + b]! += perBehaviour[b]!;
    }
    if (withValues)
      catalogues.forEach((c, at) => {
        const g = addedGrad[at]!;
        c.features.forEach((list, value) => {
          const base = value * B;
          for (let x = 0; x < list.length; x++) {
            const to = replyWeights + list[x]! * B;
            for (let b = 0; b < B; b++) grad[to + b]! += g[base + b]! * c.unit[value]!;
          }
        });
      });
    const step = (mi: number, vi: number) => (o.rate * (mi / (1 - 0.9 ** it))) / (Math.sqrt(vi / (1 - 0.999 ** it)) + 1e-8);
    for (let j = 0; j < w.length; j++) {
      const g = grad[j]! / rows.length + (j < replyWeights ? o.lambda : o.valueLambda) * w[j]!;
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
  const values: Record<string, number[]> = {};
  valueVocabulary.forEach((t, i) => {
    const row = BEHAVIOURS.map((_, b) => Math.round(w[replyWeights + i * B + b]! / o.valueUnit));
    if (row.some((x) => Math.abs(x) * o.valueUnit >= (o.valuePrune ?? o.prune))) values[t] = row;
  });
  const prior: ReplyPrior = {
    alpha: Math.round(alpha * 1e4) / 1e4,
    unit: o.unit,
    behaviours: [...BEHAVIOURS],
    stems,
    ...(valueVocabulary.length > 0 ? { values, valueUnit: o.valueUnit } : {}),
    ...(minTerms > 0 ? { minTerms } : {}),
  };
  return rows.length > 0 ? { ...prior, typical: typicalReadings(prior, rows) } : prior;
}

/**
 * What the prior's training texts read like on average (ADR 0201), per catalogue language and over all (`*`): each
 * behaviour's strength and the prior's evidence as the engine reads it (the stored, stepped weights).
 */
export function typicalReadings(prior: ReplyPrior, rows: readonly PriorRow[]): Record<string, TypicalReading> {
  const sums = new Map<string, { shown: number[]; evidence: number[]; n: number }>();
  const round = (x: number) => Math.round(x * 1e5) / 1e5;
  for (const r of rows) {
    const evidence = priorEvidence(prior, new Map(r.stems.map((t) => [t, 1])));
    for (const key of [r.language, '*']) {
      const sum = sums.get(key) ?? { shown: BEHAVIOURS.map(() => 0), evidence: BEHAVIOURS.map(() => 0), n: 0 };
      BEHAVIOURS.forEach((_, b) => {
        sum.shown[b]! += r.shown[b]!;
        sum.evidence[b]! += evidence[b]!;
      });
      sum.n++;
      sums.set(key, sum);
    }
  }
  return Object.fromEntries(
    [...sums]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, s]) => [key, { shown: s.shown.map((x) => round(x / s.n)), evidence: s.evidence.map((x) => round(x / s.n)) }]),
  );
}
