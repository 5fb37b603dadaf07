import type { ReplyPrior } from './reply-prior';
import type { LearnedProfile } from './learned-profile';
import type { EngineParams } from './params';
import type { Behaviour } from './behaviours';

/** Codes for the non-phrase evidence behind a suggestion; the UI words each one (every code has a string in each locale). */
export const CUE_CODES = [
  'urgent-priority',
  'high-priority',
  'unanswered-follow-ups',
  'negative-tone',
  'grateful-tone',
  'how-to-question',
  'bug-report',
  'billing-dispute',
  'long-thread',
  'bad-satisfaction',
  'good-satisfaction',
  'admin-signal',
  /** The reply stays calm and civil with a customer who wrote in anger (capitals, insults, threats to leave; ADR 0110). */
  'calm-under-hostility',
  /** Before a reply: Zendesk's intelligent triage read the customer's first message as negative (ADR 0126). */
  'triage-negative-tone',
  /** The reply stays calm with a customer whose first message intelligent triage read as negative (ADR 0126). */
  'calm-under-triage-negative',
] as const;

export type CueCode = (typeof CUE_CODES)[number];

export type Reason =
  /** A quoted phrase; positions index the original comment body (or the subject when commentIndex is -1). */
  | { kind: 'phrase'; commentIndex: number; start: number; end: number; text: string; weight: number }
  | { kind: 'cue'; cue: CueCode; weight: number; commentIndex?: number }
  /**
   * The reply most like this one among those the team tagged with this value; `situation`: before any reply, the
   * tagged ticket whose customer wrote most like this one (ADR 0119).
   */
  | { kind: 'example'; ticketId: number; valueId: string; weight: number; by?: string; situation?: true };

export type Band = 'strong' | 'moderate' | 'weak';

export interface RankedValue {
  valueId: string;
  /** In [0, 1]; comparable within one ticket, not across tickets. */
  score: number;
  band: Band;
  /** Best first. */
  reasons: Reason[];
}

export interface RankOptions {
  /** Reviewer mode: the index of the agent reply being tagged, weighted above everything else. */
  focusCommentIndex?: number;
  /** Value ids the user said "not this one" to: ranked last. */
  dismissed?: readonly string[];
  /**
   * `reply` (default): what the reply being tagged, or the last public agent reply, does.
   * `situation`: what the customer's messages call for (before a reply, or when the customer wrote last).
   */
  mode?: 'reply' | 'situation';
  /** What the team's past tags taught (see `buildLearnedProfile`). */
  learned?: LearnedProfile;
  /** Tuning; the defaults are what leave-one-team-out chose. */
  params?: EngineParams;
  /**
   * The stems that map values onto behaviours (default `DESCRIBE_PATTERNS`). Only the eval harness passes another: the
   * lexicon without the held-out team's own stems (ADR 0132).
   */
  describe?: Readonly<Record<Behaviour, RegExp>>;
  /**
   * What other teams' labelled replies taught (ADR 0155; default the shipped prior, null none). Only the eval harness
   * passes another: one trained without the team it scores.
   */
  prior?: ReplyPrior | null;
  /** The same before a reply (default the shipped situation prior, null none). */
  situationPrior?: ReplyPrior | null;
}
