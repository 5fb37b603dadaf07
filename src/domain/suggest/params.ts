/**
 * The engine's tunable numbers, in one place so the leave-one-team-out harness
 * (`npm run --silent eval:loto`) can tune them on five teams and score the sixth.
 */
import type { Behaviour } from './behaviours';

export interface EngineParams {
  /** Share of support replies that show each behaviour; rarer behaviours weigh more (with `rarity`). */
  behaviourFrequency: Partial<Record<Behaviour, number>>;
  /** 0: every behaviour weighs the same; 1: weight by how rare the behaviour is in replies. */
  rarity: number;
  /** Weight of an earlier public agent reply, relative to the reply the suggestion is about (1). */
  earlierReplyWeight: number;
  /** Weight of an internal note (never the app's own notes). */
  noteWeight: number;
  /** Weight of the customer's messages before the reply (what the situation called for). */
  customerWeight: number;
  /** Evidence saturates: the tenth apology adds little to the first three. */
  saturation: number;
  /** How much of the catalogue's average reading of a behaviour is subtracted (0..1). */
  centre: number;
  /** Weight of a reply-like phrase in a value's prompts, relative to a describing word. */
  promptWeight: number;
  lexicalWeight: number;
  signalWeight: number;
  learnedWeight: number;
  /** Score lead over the runner-up and top score for `strong` (the sidebar's "Likely"). */
  strongMargin: number;
  strongScore: number;
  /** Lead below which there is no clear value (`weak`). */
  moderateMargin: number;
  /** Smooths displayed scores so a tiny lead does not read as 100%. */
  scoreScale: number;
}

export const DEFAULT_PARAMS: EngineParams = {
  behaviourFrequency: {},
  rarity: 0,
  earlierReplyWeight: 0.2,
  noteWeight: 0.15,
  customerWeight: 0.2,
  saturation: 1.5,
  centre: 1,
  promptWeight: 0.5,
  lexicalWeight: 0.3,
  signalWeight: 0.9,
  learnedWeight: 1,
  strongMargin: 0.15,
  strongScore: 0.1,
  moderateMargin: 0.03,
  scoreScale: 0.2,
};
