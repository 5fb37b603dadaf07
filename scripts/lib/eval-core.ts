import { existsSync, readFileSync, readdirSync } from 'node:fs';
import type { Catalogue } from '../../src/domain/catalogue/types';
import { buildLearnedProfile, type LearnedProfile } from '../../src/domain/suggest/learned-profile';
import { DEFAULT_PARAMS, type EngineParams } from '../../src/domain/suggest/params';
import { bandOf, rankValuesDetailed, spreadOf } from '../../src/domain/suggest/rank-values';
import type { Band } from '../../src/domain/suggest/types';
import { BEHAVIOURS, type Behaviour } from '../../src/domain/suggest/behaviours';
import { readTicket, replyIndexOf } from '../../src/domain/suggest/ticket-reading';
import type { TicketSnapshot } from '../../src/domain/ticket';
import { readCases, readCatalogues, toCatalogue, toTicket, type EvalCase, type EvalCatalogue } from './eval-data';
import type { ReplyPrior } from '../../src/domain/suggest/reply-prior';
import { priorOptionsFor, priorRows, trainPrior, type PriorMode, type PriorRow } from './reply-prior';

/** A labelled case ready to rank: catalogue and ticket converted once. */
export interface Prepared {
  id: string;
  team: string;
  catalogue: Catalogue;
  ticket: TicketSnapshot;
  expected: string;
  also: string[];
  /** The describing lexicon to read this case's catalogue with (default the shipped one; ADR 0132). */
  describe?: Readonly<Record<Behaviour, RegExp>>;
  /** The reply prior to rank with (default `heldOutPrior(team)`; null none). */
  prior?: ReplyPrior | null;
  /** The situation prior to rank with before a reply (default `heldOutPrior(team, 'situation')`; null none). */
  situationPrior?: ReplyPrior | null;
}

export function prepare(catalogues: Map<string, EvalCatalogue>, cases: readonly EvalCase[]): Prepared[] {
  const converted = new Map([...catalogues].map(([id, c]) => [id, toCatalogue(c)]));
  return cases.flatMap((c) => {
    const catalogue = converted.get(c.catalogue);
    if (!catalogue || !c.expected) return [];
    return [{ id: c.id, team: c.catalogue, catalogue, ticket: toTicket(c.ticket ?? {}), expected: c.expected, also: c.also ?? [] }];
  });
}

/** Labelled teams written by independent authors (ADR 0151): one folder per team, listed by `unseenSets`. */
export const UNSEEN_ROOT = 'test/fixtures/eval/unseen';

/** Every team folder under `UNSEEN_ROOT` that holds labelled cases, in name order. */
export function unseenSets(): string[] {
  return readdirSync(UNSEEN_ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`${UNSEEN_ROOT}/${d.name}/cases.jsonl`))
    .map((d) => `${UNSEEN_ROOT}/${d.name}`)
    .sort();
}

/**
 * For every labelled team written by independent authors, the behaviours each of its values is about, main first, as an
 * independent reader declared them from the value's own text (name, description, prompts, questions) and a one-line
 * definition of each behaviour, never from a ticket (ADR 0158): what an admin would write in the catalogue's
 * `Behaviours:` line.
 */
export const DECLARED_BEHAVIOURS = 'test/fixtures/eval/declared/behaviours.json';

/**
 * The same, as the app's own request asks a language model for it (ADR 0159: the leads page's "Ask the model"), answered
 * from each catalogue's text alone for every team under `UNSEEN_ROOT` and the batch held back; the answers are kept in
 * `declared/answers/`, and `npx tsx scripts/propose-behaviours.ts test/fixtures/eval/unseen/* test/fixtures/eval/held-back/*
 * --answers test/fixtures/eval/declared/answers --out …` reads them back into this file.
 */
export const PROPOSED_BEHAVIOURS = 'test/fixtures/eval/declared/proposed.json';

/**
 * The cases with their catalogues' values declaring their behaviours (from `file`: team → value name → behaviours); a
 * team or value the file does not name is left as it is. One new catalogue per team, so readings are worked out again.
 */
export function withDeclaredBehaviours(cases: readonly Prepared[], file: string = DECLARED_BEHAVIOURS): Prepared[] {
  const declared = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, string[]>>;
  const converted = new Map<Catalogue, Catalogue>();
  return cases.map((c) => {
    const byValue = declared[c.team];
    if (!byValue) return c;
    let catalogue = converted.get(c.catalogue);
    if (!catalogue) {
      catalogue = {
        ...c.catalogue,
        values: c.catalogue.values.map((v) => (byValue[v.name] ? { ...v, behaviours: [...byValue[v.name]!] } : v)),
      };
      converted.set(c.catalogue, catalogue);
    }
    return { ...c, catalogue };
  });
}

/** The six dev teams the engine is tuned and scored on, leave-one-team-out. */
export const DEV_SETS = ['../shared/eval/dev', '../shared/eval/dev2'];

/** Every labelled case of the given sets (folders holding catalogues.json and cases.jsonl), prepared for ranking. */
export function prepareSets(
  dirs: readonly string[] = DEV_SETS,
  onError: (dir: string, line: number, message: string) => void = () => {},
): Prepared[] {
  return dirs.flatMap((dir) =>
    prepare(
      readCatalogues(`${dir}/catalogues.json`),
      readCases(`${dir}/cases.jsonl`, (line, message) => onError(dir, line, message)),
    ),
  );
}

/**
 * ../shared/eval/dev with its catalogues reworded (test/fixtures/eval/paraphrased-catalogues.json): the same tickets, each
 * label renamed to the reworded value's name. A held-out wording check (evaluate.test.ts, ADR 0124).
 */
export function paraphrasedDev(): { catalogues: Map<string, EvalCatalogue>; cases: EvalCase[] } {
  type Paraphrased = Omit<EvalCatalogue, 'values'> & { values: (EvalCatalogue['values'][number] & { label: string })[] };
  const paraphrased = JSON.parse(readFileSync('test/fixtures/eval/paraphrased-catalogues.json', 'utf8')) as Paraphrased[];
  const rename = new Map(paraphrased.flatMap((c) => c.values.map((v) => [`${c.id}/${v.label}`, v.name] as const)));
  const cases = relabel(
    readCases('../shared/eval/dev/cases.jsonl', () => undefined),
    rename,
  );
  return { catalogues: new Map(paraphrased.map((c) => [c.id, c])), cases };
}

/** Each case's labels renamed (`<catalogue id>/<old name>` → new name), for the same tickets under reworded catalogues. */
export function relabel(cases: readonly EvalCase[], rename: ReadonlyMap<string, string>): EvalCase[] {
  return cases.map((c) => ({
    ...c,
    expected: rename.get(`${c.catalogue}/${c.expected}`) ?? c.expected,
    also: (c.also ?? []).map((a) => rename.get(`${c.catalogue}/${a}`) ?? a),
  }));
}

/** A translated catalogue file: each value names its original (`source`). */
export type Translated = Omit<EvalCatalogue, 'values'> & { values: (EvalCatalogue['values'][number] & { source: string })[] };

/** Original value name → translated name, as `relabel` takes it. */
export function renameOf(translated: readonly Translated[]): Map<string, string> {
  return new Map(translated.flatMap((c) => c.values.map((v) => [`${c.id}/${v.source}`, v.name] as const)));
}

/** The engine reading behaviours only: a catalogue in one language and replies in another share no words (ADR 0141). */
export const BEHAVIOURS_ONLY: EngineParams = { ...DEFAULT_PARAMS, lexicalWeight: 0 };

/** The catalogues' translations by independent translators (test/fixtures/eval/translated/, ADR 0141), by file name. */
export const TRANSLATIONS = ['pt', 'pt2', 'es', 'es2', 'fr', 'fr2', 'it', 'it2', 'de', 'de2', 'nl', 'pl', 'ca', 'ja', 'ja2'] as const;

/**
 * The 180 dev tickets with their six catalogues translated (one file of test/fixtures/eval/translated/): each label
 * renamed to the translated value's name. The replies stay as they are, so this checks how a catalogue written in
 * another language maps onto behaviours (rank with `lexicalWeight: 0`: shared words mean nothing across languages).
 */
export function translatedDev(name: (typeof TRANSLATIONS)[number]): { catalogues: Map<string, EvalCatalogue>; cases: EvalCase[] } {
  const translated = JSON.parse(readFileSync(`test/fixtures/eval/translated/${name}.json`, 'utf8')) as Translated[];
  const cases = relabel(
    DEV_SETS.flatMap((dir) => readCases(`${dir}/cases.jsonl`, () => undefined)),
    renameOf(translated),
  );
  return { catalogues: new Map(translated.map((c) => [c.id, c])), cases };
}

/** The first rewriting (ADR 0143): never read while writing a pattern. */
export const REWORDED_HELD_OUT = 'test/fixtures/eval/reworded-replies.jsonl';
/**
 * A second, independent rewriting (ADR 0145): read, to find what the patterns miss when the same acts are worded
 * otherwise; the first stays held out to score what that reading changed.
 */
export const REWORDED_FOR_TUNING = 'test/fixtures/eval/reworded-replies-2.jsonl';

/**
 * The 180 dev cases with the reply each is labelled by (the last public agent reply) rewritten in other words by
 * independent writers who kept every act and fact (test/fixtures/eval/reworded-replies.jsonl, ADR 0143): a held-out
 * wording check of the reply patterns, as `paraphrasedDev` is of the describing words.
 */
export function rewordedReplies(cases: readonly Prepared[], file: string = REWORDED_HELD_OUT): Prepared[] {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { id: string; index: number | null; body: string | null });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return cases.map((c) => {
    const row = byId.get(c.id);
    if (!row || row.index === null || row.body === null) return c;
    const comments = c.ticket.comments.map((m, i) => (i === row.index ? { ...m, body: row.body! } : m));
    return { ...c, ticket: { ...c.ticket, comments } };
  });
}

/** The same cases before any agent replied: every agent comment removed, labels kept. */
export function situationOnly(cases: readonly Prepared[]): Prepared[] {
  return cases.map((c) => ({ ...c, ticket: { ...c.ticket, comments: c.ticket.comments.filter((m) => m.authorRole === 'end-user') } }));
}

const priorPools = new Map<PriorMode, PriorRow[]>();

/**
 * What the priors of `mode` learn from: every labelled team's rows (the dev sets and `unseenSets`), read once per process.
 * Tests that check a held-out prior train their own from these rather than read every ticket again.
 */
export function labelledPriorRows(mode: PriorMode): readonly PriorRow[] {
  let pool = priorPools.get(mode);
  if (!pool) {
    pool = priorRows(prepareSets([...DEV_SETS, ...unseenSets()]), DEFAULT_PARAMS, mode);
    priorPools.set(mode, pool);
  }
  return pool;
}

const trainedPriors = new Map<string, ReplyPrior>();
let heldOutTogether: { teams: ReadonlySet<string>; key: string } | undefined;

/**
 * The prior of `mode` trained on every labelled team that `leftOut` does not name, once per process and `key` (which
 * must name that set of teams). `VC_EVAL_PRIOR=off`: none (the engine before ADR 0155).
 */
function priorWithout(mode: PriorMode, key: string, leftOut: (team: string) => boolean): ReplyPrior | null {
  if (process.env.VC_EVAL_PRIOR === 'off') return null;
  const cacheKey = `${mode}:${key}`;
  let prior = trainedPriors.get(cacheKey);
  if (!prior) {
    prior = trainPrior(
      labelledPriorRows(mode).filter((r) => !leftOut(r.team)),
      priorOptionsFor(mode),
    );
    trainedPriors.set(cacheKey, prior);
  }
  return prior;
}

/**
 * The reply prior (or, `situation`, the situation prior; ADR 0155) trained on every labelled team (the dev sets and
 * `unseenSets`) but `team`, as the shipped ones are trained on all of them: no team is ranked with a prior that read its
 * labels. `VC_EVAL_PRIOR=off` ranks without any prior (the engine before ADR 0155). Trained once per team, mode and
 * process.
 */
export function heldOutPrior(team: string, mode: PriorMode = 'reply'): ReplyPrior | null {
  const together = heldOutTogether;
  if (together?.teams.has(team)) return priorWithout(mode, together.key, (t) => together.teams.has(t));
  return priorWithout(mode, `team ${team}`, (t) => t === team);
}

/**
 * From now on in this process, `heldOutPrior` ranks each of `teams` with one prior trained on every labelled team but all
 * of them. Still no team is ranked with a prior that read its labels. For the dev floors, which rank the six dev teams
 * only: two trainings (reply and situation) instead of one per team (ADR 0188; it replaced `holdOutByGroups`, whose
 * groups of ten were free only while the pool's floors trained them in the same file).
 */
export function holdOutTogether(teams: Iterable<string>): void {
  const set = new Set(teams);
  heldOutTogether = { teams: set, key: `teams ${[...set].sort().join(' ')}` };
}

const foldGroups = new Map<string, Map<string, number>>();

/**
 * A cheaper held-out prior, for the regression floors (ADR 0156): every labelled team (name order) dealt into `folds`
 * groups, and each group ranked with a prior trained on the other groups' teams. As with `heldOutPrior`, no team is ranked
 * with a prior that read its labels; each prior learns from fewer teams, so the figures run a little lower. One training
 * per group instead of one per team.
 */
export function foldPrior(team: string, folds: number, mode: PriorMode = 'reply'): ReplyPrior | null {
  if (process.env.VC_EVAL_PRIOR === 'off') return null;
  let groups = foldGroups.get(`${mode}:${folds}`);
  if (!groups) {
    groups = new Map([...new Set(labelledPriorRows(mode).map((r) => r.team))].sort().map((t, i) => [t, i % folds]));
    foldGroups.set(`${mode}:${folds}`, groups);
  }
  const group = groups;
  const mine = group.get(team);
  return priorWithout(mode, `group ${mine} of ${folds}`, (t) => group.get(t) === mine);
}

export interface Outcome {
  case: Prepared;
  ranked: string[];
  band: Band;
  /** Raw totals of the top two values, so band cut-offs can be tried without ranking again. */
  top: number;
  second: number;
  /** Standard deviation of every value's total: the unit of a cold lead (`bandOf`, ADR 0124). */
  spread: number;
  /** Every value's raw total, best first (to compare measures of the lead, scripts/eval-band-measures.ts). */
  totals: number[];
  /** Whether a learned profile informed the ranking (its own band cut-offs apply). */
  informed: boolean;
  /** Whether it read the situation (no reply in focus; the situation cut-offs apply). */
  situation: boolean;
  /** Whether the catalogue's values declare their behaviours (their own "Likely" cut-off, ADR 0160). */
  declared: boolean;
  /** How many reasons the card quotes for the top value ("Likely" needs one, ADR 0128; the cold band reads them, ADR 0139). */
  reasons: number;
  /** The top value's share of belief under the reply prior (ADR 0155), when it was read. */
  probability?: number;
  /** Nothing but the prior (if any) told the values apart (always weak). */
  onlyPrior?: boolean;
  strict: boolean;
  lenient: boolean;
  top3: boolean;
}

export function rankCase(c: Prepared, params: EngineParams = DEFAULT_PARAMS, learned?: LearnedProfile): Outcome {
  const names = new Map(c.catalogue.values.map((v) => [v.id, v.name]));
  const {
    ranked: result,
    totals,
    informed,
    situation,
    declared,
    reasons,
    probability,
    onlyPrior,
  } = rankValuesDetailed(c.catalogue, c.ticket, {
    params,
    ...(learned ? { learned } : {}),
    ...(c.describe ? { describe: c.describe } : {}),
    // Each prior is trained only for the cases that read it: a reply the reply prior, a ticket without one the situation prior.
    ...(replyIndexOf(c.ticket) === undefined
      ? { situationPrior: c.situationPrior !== undefined ? c.situationPrior : heldOutPrior(c.team, 'situation') }
      : {
          prior: c.prior !== undefined ? c.prior : heldOutPrior(c.team),
          // A reply also reads the customer's messages through the situation prior (ADR 0166): held out as well.
          situationPrior:
            c.situationPrior !== undefined ? c.situationPrior : params.contextWeight > 0 ? heldOutPrior(c.team, 'situation') : null,
        }),
  });
  const ranked = result.map((r) => names.get(r.valueId)!);
  const strict = ranked[0] === c.expected;
  return {
    case: c,
    ranked,
    band: result[0]?.band ?? 'weak',
    top: totals[0] ?? 0,
    second: totals[1] ?? 0,
    spread: spreadOf(totals),
    totals,
    informed,
    situation,
    declared,
    reasons,
    ...(probability !== undefined ? { probability } : {}),
    onlyPrior,
    strict,
    lenient: strict || c.also.includes(ranked[0]!),
    top3: ranked.slice(0, 3).includes(c.expected),
  };
}

/** The profile a team's tags would teach: each example's last public agent reply, tagged `expected`. */
export function profileFrom(examples: readonly Prepared[], params: EngineParams = DEFAULT_PARAMS): LearnedProfile {
  return buildLearnedProfile(
    examples.map((e) => ({ ticket: e.ticket, tag: e.catalogue.values.find((v) => v.name === e.expected)?.tag ?? e.expected })),
    params,
  );
}

export interface Figures {
  n: number;
  strict: number;
  lenient: number;
  top3: number;
  bands: Record<Band, { n: number; lenient: number }>;
}

/** Strict, lenient and top-3 as shares, averaged over the teams of `outcomes` (every team counts the same, whatever its size). */
export function meanOverTeams(outcomes: readonly Outcome[]): { strict: number; lenient: number; top3: number } {
  const per = [...byTeam(outcomes.map((o) => o.case)).keys()].map((team) => figures(outcomes.filter((o) => o.case.team === team)));
  const mean = (k: 'strict' | 'lenient' | 'top3') => per.reduce((a, f) => a + f[k] / f.n, 0) / Math.max(1, per.length);
  return { strict: mean('strict'), lenient: mean('lenient'), top3: mean('top3') };
}

export function figures(outcomes: readonly Outcome[]): Figures {
  const f: Figures = {
    n: 0,
    strict: 0,
    lenient: 0,
    top3: 0,
    bands: { strong: { n: 0, lenient: 0 }, moderate: { n: 0, lenient: 0 }, weak: { n: 0, lenient: 0 } },
  };
  for (const o of outcomes) {
    f.n++;
    f.strict += Number(o.strict);
    f.lenient += Number(o.lenient);
    f.top3 += Number(o.top3);
    f.bands[o.band].n++;
    f.bands[o.band].lenient += Number(o.lenient);
  }
  return f;
}

/** The same outcomes with other band cut-offs. */
export function rebanded(outcomes: readonly Outcome[], params: EngineParams): Outcome[] {
  return outcomes.map((o) => ({
    ...o,
    band:
      (o.top === 0 && o.second === 0) || o.onlyPrior
        ? 'weak'
        : bandOf(o.top, o.second, o.spread, params, o.informed, o.situation, o.reasons, o.probability, o.declared),
  }));
}

/** Share of replies showing each behaviour clearly, over the given cases (the `rarity` statistic). */
export function behaviourFrequency(cases: readonly Prepared[], params: EngineParams = DEFAULT_PARAMS): Partial<Record<Behaviour, number>> {
  const counts = BEHAVIOURS.map(() => 0);
  for (const c of cases) readTicket(c.ticket, undefined, params).shown.forEach((x, i) => (counts[i]! += Number(x >= 0.3)));
  return Object.fromEntries(BEHAVIOURS.map((b, i) => [b, Math.round((1000 * counts[i]!) / Math.max(1, cases.length)) / 1000]));
}

export const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;

export function line(label: string, f: Figures): string {
  const band = (b: Band) => `${b} ${pct(f.bands[b].lenient, f.bands[b].n)} on ${pct(f.bands[b].n, f.n)}`;
  return `  ${label.padEnd(22)} n=${String(f.n).padStart(3)}  strict ${pct(f.strict, f.n).padStart(6)}  lenient ${pct(f.lenient, f.n).padStart(6)}  top-3 ${pct(f.top3, f.n).padStart(6)}  | ${band('strong')}; ${band('moderate')}; ${band('weak')}`;
}

export function byTeam(cases: readonly Prepared[]): Map<string, Prepared[]> {
  const teams = new Map<string, Prepared[]>();
  for (const c of cases) teams.set(c.team, [...(teams.get(c.team) ?? []), c]);
  return teams;
}

/** Deterministic k folds of a team's cases (every k-th case), so runs are reproducible. */
export function folds<T>(items: readonly T[], k: number): T[][] {
  return Array.from({ length: k }, (_, f) => items.filter((_, i) => i % k === f));
}

/**
 * k folds stratified by label: each value's cases are dealt round-robin, so every fold holds about the
 * same share of each value. (Every k-th case in file order is not: dev2 lists its cases cycling through
 * the values, so with 4 values one fold held every case of one value and its training folds none.)
 */
export function stratifiedFolds(items: readonly Prepared[], k: number): Prepared[][] {
  const parts: Prepared[][] = Array.from({ length: k }, () => []);
  const byLabel = new Map<string, Prepared[]>();
  for (const c of items) byLabel.set(c.expected, [...(byLabel.get(c.expected) ?? []), c]);
  let next = 0;
  for (const group of byLabel.values()) for (const c of group) parts[next++ % k]!.push(c);
  return parts;
}

/**
 * Per team, `k` folds (stratified by label unless `split` says otherwise): each fold's cases, as `held` shows them, ranked
 * with a profile learned from what `taught` keeps of the other folds' cases (whole tagged tickets).
 */
function rankFolds(
  cases: readonly Prepared[],
  params: EngineParams,
  taught: (rest: Prepared[]) => Prepared[],
  k = 4,
  split: (items: readonly Prepared[], k: number) => Prepared[][] = stratifiedFolds,
  held: (cases: readonly Prepared[]) => readonly Prepared[] = (cs) => cs,
): Outcome[] {
  const out: Outcome[] = [];
  for (const team of byTeam(cases).values()) {
    const parts = split(team, k);
    parts.forEach((fold, f) => {
      const profile = profileFrom(taught(parts.filter((_, g) => g !== f).flat()), params);
      for (const c of held(fold)) out.push(rankCase(c, params, profile));
    });
  }
  return out;
}

/**
 * Few-shot: per team, 4 folds stratified by label; each fold is ranked with a profile learned from the other three
 * (whole tagged tickets). `held`: how the ranked fold is seen, e.g. `situationOnly` for the sidebar before a reply.
 */
export function fewShot(
  cases: readonly Prepared[],
  params: EngineParams = DEFAULT_PARAMS,
  k = 4,
  split: (items: readonly Prepared[], k: number) => Prepared[][] = stratifiedFolds,
  held: (cases: readonly Prepared[]) => readonly Prepared[] = (cs) => cs,
): Outcome[] {
  return rankFolds(cases, params, (rest) => rest, k, split, held);
}

/**
 * Tags as a real team has them: some values tagged seldom or never (a new value, one reviewers rarely pick). Per team
 * and per value V, the team's 4 label-stratified folds, each ranked with a profile learned from the other three in which
 * V keeps only its first `k` tags and every other value all of its own. `all`: every ranked case (each case once per value
 * of its team); `own`: V's cases only, each once.
 */
export function unevenTags(
  cases: readonly Prepared[],
  k: number,
  params: EngineParams = DEFAULT_PARAMS,
): { all: Outcome[]; own: Outcome[] } {
  const all: Outcome[] = [];
  const own: Outcome[] = [];
  for (const team of byTeam(cases).values())
    for (const value of new Set(team.map((c) => c.expected))) {
      const outcomes = rankFolds(team, params, (rest) => {
        const kept = new Set(rest.filter((c) => c.expected === value).slice(0, k));
        return rest.filter((c) => c.expected !== value || kept.has(c));
      });
      all.push(...outcomes);
      own.push(...outcomes.filter((o) => o.case.expected === value));
    }
  return { all, own };
}

/**
 * A team's first tags: the 4 label-stratified folds, each ranked with a profile learned from only the first `n` cases of
 * the other three in file order (whatever values those happen to be), as a team's first week of tagging (ADR 0148).
 */
export function firstTags(cases: readonly Prepared[], n: number, params: EngineParams = DEFAULT_PARAMS): Outcome[] {
  const order = new Map(cases.map((c, i) => [c, i]));
  return rankFolds(cases, params, (rest) => [...rest].sort((a, b) => order.get(a)! - order.get(b)!).slice(0, n));
}

/**
 * Tickets one run got right (strict top-1) and the other wrong, matched by case id, and the two-sided sign test's
 * p-value over them: how likely a split at least this uneven is if the change made no difference. With 180 cases,
 * one ticket is 0.5–0.7 points of a team's mean; a difference of a few tickets is noise (ADR 0120).
 */
export function pairedChange(before: readonly Outcome[], after: readonly Outcome[]): { gained: number; lost: number; p: number } {
  const was = new Map(before.map((o) => [o.case.id, o.strict]));
  let gained = 0;
  let lost = 0;
  for (const o of after) {
    const w = was.get(o.case.id);
    if (w === undefined || w === o.strict) continue;
    if (o.strict) gained++;
    else lost++;
  }
  return { gained, lost, p: signTest(gained, lost) };
}

/** Two-sided exact sign test: P(a split at least as uneven as a : b) under a fair coin. */
export function signTest(a: number, b: number): number {
  const n = a + b;
  if (n === 0) return 1;
  const k = Math.min(a, b);
  let tail = 0;
  let term = Math.pow(0.5, n); // C(n, 0) / 2^n
  for (let i = 0; i <= k; i++) {
    tail += term;
    term = (term * (n - i)) / (i + 1);
  }
  return Math.min(1, 2 * tail);
}
