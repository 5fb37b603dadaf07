/**
 * The engine's tunable numbers, in one place so the leave-one-team-out harness
 * (`npm run --silent eval:loto`) can tune them on five teams and score the sixth.
 */
import type { Behaviour } from './behaviours';
import type { Variety } from './language';

export interface EngineParams {
  /** Share of support replies that show each behaviour; rarer behaviours weigh more (with `rarity`). */
  behaviourFrequency: Partial<Record<Behaviour, number>>;
  /** 0: every behaviour weighs the same; 1: weight by how rare the behaviour is in replies. */
  rarity: number;
  /** Per behaviour, how much its showing counts (default 1): some behaviours decide labels more than others. */
  behaviourWeight: Partial<Record<Behaviour, number>>;
  /** Weight of an earlier public agent reply, relative to the reply the suggestion is about (1). */
  earlierReplyWeight: number;
  /** Weight of an internal note (never the app's own notes). */
  noteWeight: number;
  /** Weight of the customer's messages before the reply (what the situation called for). */
  customerWeight: number;
  /** Evidence saturates: the tenth apology adds little to the first three. */
  saturation: number;
  /** A sentence with an amount of money or a percentage reads as explaining with the customer's figures, at this weight (ADR 0090). */
  figuresWeight: number;
  /** A calm reply to a hostile customer reads as composure (`de-escalate`) at this weight times the hostility (ADR 0110). */
  composureWeight: number;
  /** How much of the catalogue's average reading of a behaviour is subtracted (0..1). */
  centre: number;
  /** Weight of a reply-like phrase in a value's prompts, relative to a describing word. */
  promptWeight: number;
  /** Weight of a thesaurus synonym of a behaviour's describing words in a value's text (ADR 0075), relative to a describing word. */
  thesaurusWeight: number;
  lexicalWeight: number;
  /**
   * In a language that joins words into compounds (German, Dutch, Swedish, Danish), how much a reply's compound that ends
   * in one of the value's words ("Preistransparenz" for "Transparenz") counts towards the value's words, against the word
   * itself (ADR 0189). 0 reads whole words only.
   */
  compoundWeight: number;
  signalWeight: number;
  /** Weight of what other teams' labelled replies taught about the reply's words (ADR 0155); 1 reads it as trained, 0 not at all. */
  priorWeight: number;
  /**
   * The same for the situation prior before a reply (ADR 0155): kept apart so that a change to the reply prior's weight
   * with a profile (ADR 0170) leaves the reading before a reply as it was measured.
   */
  situationPriorWeight: number;
  /**
   * Weight of what the situation prior reads in the customer's messages when a reply is ranked (ADR 0166): what the
   * customer asked for is context for what the reply did. 0 reads the reply alone.
   */
  contextWeight: number;
  /**
   * How much of what a typical text would give each value is taken from it (ADR 0201; `ReplyPrior.typical`): beside a
   * reply (`typicalWeight`) and before one (`situationTypicalWeight`). 0: nothing.
   */
  typicalWeight: number;
  situationTypicalWeight: number;
  learnedWeight: number;
  /** Nearest tagged examples (ADR 0090): weight, share of words (vs behaviours) in their likeness, how many count. */
  knnWeight: number;
  knnTermShare: number;
  knnK: number;
  /**
   * Learned one-against-the-rest odds from the team's tags (ADR 0100): weight of their bounded share of belief
   * (posterior less an even share), the weight of words against behaviours in it, and its softmax temperature.
   */
  posteriorWeight: number;
  posteriorWords: number;
  posteriorTemperature: number;
  /**
   * Lead over the runner-up, in spreads of the catalogue's totals (ADR 0124), and top score for `strong` (the sidebar's
   * "Likely") when no profile informed the ranking. The profile's and the situation's cut-offs below read the raw lead.
   */
  strongMargin: number;
  strongScore: number;
  /**
   * Cold, what each reason the card quotes for the top value (at most six) adds to its lead in spreads before the
   * `strongMargin` cut-off (ADR 0139): a value the reply shows in several places is more often right than one a single
   * phrase puts narrowly ahead.
   */
  strongReasonWeight: number;
  /**
   * With the reply prior read (ADR 0155), the top value's share of belief (softmax of the totals times the prior's
   * `alpha`) for `strong`, cold and with a profile: it replaces the leads above, which are read only without a prior.
   */
  strongProbability: number;
  profileStrongProbability: number;
  /**
   * The same cold cut-off on a catalogue whose values declare their behaviours (ADR 0158, 0160), calibrated on such
   * catalogues alone: a share of belief read through the team's own declaration is right as often at its own cut-off.
   */
  declaredStrongProbability: number;
  /**
   * Cold, a higher cut-off for a catalogue written in a language whose own teams' "Likely" falls short of 85% at
   * `strongProbability` (ADR 0199): "Likely" there asks for the share of belief at which those teams reach the target.
   * Never lower than `strongProbability`; languages not named use it.
   */
  strongProbabilityByLanguage: Readonly<Partial<Record<Variety, number>>>;
  /** Lead (in spreads, as above) below which there is no clear value (`weak`). */
  moderateMargin: number;
  /** The same three cut-offs when the team's learned profile informed the ranking (ADR 0100; calibrated on few-shot runs). */
  profileStrongMargin: number;
  profileStrongScore: number;
  profileModerateMargin: number;
  /**
   * The same three cut-offs before a reply (situation mode: what the customer's messages call for), with or without a
   * profile (ADR 0121; calibrated on situation runs): a suggestion made before anyone replied is "Likely" only when
   * such suggestions usually are right.
   */
  situationStrongMargin: number;
  situationStrongScore: number;
  situationModerateMargin: number;
  /** Smooths displayed scores so a tiny lead does not read as 100%. */
  scoreScale: number;
  /**
   * What changes once the team's tags inform the ranking (ADR 0144): the reading that serves a ranking with a learned
   * profile best is not always the one that serves a cold ranking best, and leave-one-team-out tunes each on its own runs.
   * Applied when the profile holds a tag of the catalogue being ranked, and when the profile is built.
   */
  withProfile?: Partial<Omit<EngineParams, 'withProfile'>>;
}

/** The parameters a ranking or a profile build uses once the team's tags inform it (`withProfile` applied). */
export function paramsWithProfile(p: EngineParams): EngineParams {
  return p.withProfile ? { ...p, ...p.withProfile } : p;
}

export const DEFAULT_PARAMS: EngineParams = {
  // Measured over the 180 dev cases' last public agent replies (labels not used): `npm run --silent eval:loto`.
  behaviourFrequency: {
    apologise: 0.25,
    acknowledge: 0.078,
    'commit-time': 0.039,
    'follow-up': 0.094,
    'own-it': 0.244,
    'own-mistake': 0.078,
    'explain-cause': 0.267,
    'straight-talk': 0.067,
    teach: 0.344,
    options: 0.233,
    proactive: 0.161,
    beyond: 0.122,
    handover: 0.072,
    protect: 0.228,
    'plain-short': 0.089,
    celebrate: 0.028,
    'act-fast': 0.089,
    accuracy: 0.111,
    improve: 0.028,
    reassure: 0.05,
    'fair-policy': 0.1,
    // Counted with the others over the 180 dev replies when composure was added (ADR 0110).
    'de-escalate': 0.022,
    // Counted the same way when safeguarding was added (ADR 0122): 9 of the 180 dev replies.
    safeguard: 0.05,
  },
  rarity: 0.5,
  // Where at least four of the six leave-one-team-out folds agreed (`eval:loto -- --per-behaviour`); straight-talk 1.5 by five of six
  // after ADR 0122 read it more widely (cold 69.0 → 70.1, held-out 66.2 → 67.7 strict).
  behaviourWeight: {
    'plain-short': 0,
    accuracy: 0,
    'fair-policy': 0,
    'own-mistake': 2,
    'follow-up': 1.5,
    improve: 1.5,
    'straight-talk': 1.5,
  },
  earlierReplyWeight: 0.8,
  noteWeight: 0.3,
  customerWeight: 0.6,
  saturation: 1.5,
  // Cold mean over the six dev teams (no team worse): 0 → 60.6/68.8/88.9, 0.5 → 62.3/70.5/88.4, 1 → 63.4/71.6/88.4 (ADR 0090).
  figuresWeight: 1,
  // Cold mean over the six dev teams (de-escalate frequency 0.2): 0 → 63.4/71.6/88.4, 0.5 → 63.9/72.2/88.9, 1 → 64.5/72.7/88.9,
  // 1.5 → 65.0/72.7/88.9 (games 56.7 → 66.7 strict, no other team changed); with its counted frequency (0.022, as shipped)
  // 64.6/72.3/88.9 (center one ticket lower). Chosen 1.5 by every leave-one-team-out fold (ADR 0110).
  composureWeight: 1.5,
  centre: 1,
  promptWeight: 0,
  // Measured leave-one-team-out (ADR 0075): 0.25 → 59.7/67.9/87.3, 0.5 → 60.2/67.9/87.3, off → 60.2/68.4/87.3 cold mean.
  thesaurusWeight: 0,
  lexicalWeight: 1,
  compoundWeight: 1,
  signalWeight: 0.9,
  // As trained (ADR 0155): the prior's evidence is already divided by the weight training gave the cold total.
  priorWeight: 1,
  situationPriorWeight: 1,
  // Chosen over ten groups of the 96 unseen teams (ADR 0166): 0 → 62.8, 0.5 → 63.0, 1 → 64.0, 1.5 → 63.8 cold strict.
  contextWeight: 1,
  // ADR 0201, over ten groups of the 240 unseen teams: cold 67.8 → 70.5 at 1 (70.2 at 0.75, 70.2 at 1.25; teams +135 /
  // −37), with tags 73.4 → 74.5, declared 70.3 → 73.2; before a reply 44.5 → 47.1 at 1 (46.5 at 0.5).
  typicalWeight: 1,
  situationTypicalWeight: 1,
  // The centroid's weight with a profile: 0.5 → 1 since ADR 0153 (few-shot over fourteen teams 69.8 → 71.2 strict, +13 / −7).
  learnedWeight: 1,
  // Few-shot, 4 label-stratified folds per team (ADR 0090): 0.3 / 0.5 / 3 → 64.0/72.0/91.3 mean before the figures cue (off: 60.1/68.8/90.0),
  // 63.9/72.5/92.3 with it (cold 63.4/71.6/88.4).
  knnWeight: 0.15,
  knnTermShare: 0.5,
  knnK: 3,
  // Few-shot mean over the six dev teams with these defaults (ADR 0100): knn 0.3 alone 63.9/72.5/92.3; + posterior 0.4 (words 0.5,
  // temperature 3) with knn 0.15: 66.2/74.3/92.4; with idf-chosen example words 65.8/74.9/93.0, posterior 0.6 68.5/76.1/92.5
  // (saturation 1: 68.0/75.5/93.5; 0.8: 66.9/74.5/92.8). eval:loto chooses the blend per held-out team.
  posteriorWeight: 0.6,
  posteriorWords: 0.5,
  posteriorTemperature: 3,
  // Band cut-offs calibrated on all six teams at 90% (eval:loto). Held-out strong (calibrated on the other five): at 88% 80.6% on
  // 17.2%, at 90% 90.9% on 12.2% (ADR 0100): "Likely" is kept for what usually is right, so it shows less often without a profile.
  // Re-calibrated after the behaviours of ADR 0122 (0.2 / 0.5 before), and after ADR 0123's reading of "open" (score 0 before).
  // Since ADR 0124 the cold lead is in spreads of the catalogue's totals, read alone (raw lead 0.25 and top score 0.3 before):
  // held-out strong 75.0% on 17.8% with a raw lead, 92.0% on 13.9% in spreads (85.3% on 18.9% with the raw score floor too).
  // Since ADR 0128 "Likely" needs a reason to show; re-calibrated (2 before): held-out strong 90.9% on 18.3%.
  // Since ADR 0139 each quoted reason adds to the lead (weight chosen with the cut-off, calibrated on all six teams at 90%):
  // held-out strong 94.3% on 19.4% (1.75, no reason weight) → 89.2% on 41.1% (each fold choosing both on the other five).
  // Since ADR 0151, calibrated on the six dev teams and eight written by independent authors (unseen/). ADR 0153: the loosest
  // calibration target (85%, 87.5% or 90%) whose leave-one-team-out precision over those fourteen teams reaches 85%: 90%
  // here (held out 84.9% on 12.6%). On the first four unseen teams the cut-offs above (2, 0.5) gave "Likely" right 65.6% of
  // the time on 53.3% of tickets.
  strongMargin: 2.5,
  strongScore: 0,
  strongReasonWeight: 0.25,
  // ADR 0155: calibrated at 87.5% on the thirty labelled teams, each held out in turn (its prior and its cut-off learned
  // on the other 29): cold 90.8% on 27.7%, with tags 89.2% on 41.2%. At 85%: 85.7% on 32.7%, 85.9% on 56.7%.
  // ADR 0156: held on sixteen fresh teams; over 46 teams held out in turn, 88.6% on 26.2% and 88.2% on 43.5%.
  // ADR 0159: batch 10 took the 64 unseen teams' cold "Likely" to 84.7% (0.66); the same rule over the 70 labelled teams
  // gives 0.68 (held out 87.3% on 23.3%) and, with tags, 0.74 (0.76 before; held out 87.4% on 45.8%).
  // ADR 0161: batch 11 joined (72 unseen teams, 78 labelled); by the same rule cold stays 0.68 (held out 87.6% on 22.4%);
  // with tags 0.79 (held out 87.5% on 40.9%): at 0.74 batch 11's first look with tags was 78.6% "Likely". Batch 12 joined
  // (80 unseen, 86 labelled): cold 0.68 again (87.6% on 22.2%), with tags 0.80 (87.5% on 39.0%). Batch 13 joined (88
  // unseen, 94 labelled; ADR 0163): cold 0.69 (87.6% on 21.2%), with tags 0.82 (87.8% on 36.8%). ADR 0164 (the prior's
  // values' side, which makes the share of belief larger and better sorted): cold 0.74 (87.2% on 34.1%), with tags 0.76
  // (87.3% on 55.7%). ADR 0165: batch 14 joined (96 unseen, 102 labelled): cold 0.72 (87.7% on 37.0%), with tags 0.74
  // (87.6% on 59.0%). ADR 0167: the customer's messages beside the reply (ADR 0166) and batch 15 (104 unseen, 110
  // labelled): cold 0.69 (87.4% on 39.7%), with tags 0.73 (87.7% on 61.2%). ADR 0169: the lighter reply prior (ADR 0168,
  // less sure of itself) and batch 16 (112 unseen, 118 labelled): cold 0.65 (87.8% on 42.7%), with tags 0.63 (87.5% on 66.6%).
  // ADR 0171: the reply prior at 0.6 with tags (ADR 0170) and batch 17 (120 unseen, 126 labelled): cold 0.63 (87.5% on
  // 44.1%), with tags 0.57 (87.7% on 67.0%). ADR 0174: batch 18 (128 unseen, 134 labelled): cold 0.61 (87.5% on 46.3%),
  // with tags 0.57 (87.6% on 67.1%); batch 18's first look at 0.63 was 83.1% cold (ADR 0173), which batch 19 checks.
  // ADR 0176: batch 19's first look at 0.61 was 82.6% cold, so by ADR 0174's pre-registered rule the target is 90% since
  // (fresh batches have been right less often than the teams the engine was chosen on). Batch 19 joined (136 unseen, 142
  // labelled): cold 0.72 (held out 90.3% on 36.4%; at 87.5% it would be 0.62), with tags 0.65 (90.1% on 57.3%).
  // ADR 0177: batch 20's first look at 0.72 was 89.0% cold, so the target stays 90%. Batch 20 joined (144 unseen, 150
  // labelled; the reply prior's values' side from stems of four teams): cold 0.72 (held out 90.1% on 36.7%), with tags
  // 0.66 (90.0% on 57.1%). ADR 0179: batch 21 joined (152 unseen, 158 labelled): cold 0.71 (held out 90.1% on 38.1%),
  // with tags 0.65 (90.2% on 57.7%). ADR 0181: batch 22 joined (160 unseen, 166 labelled; the values' side from ≥ 5
  // teams' catalogues): cold 0.70 (held out 90.1% on 38.5%), with tags 0.64 (90.2% on 58.4%). ADR 0183: batch 23 joined
  // (168 unseen, 174 labelled; Swedish read, ADR 0182): cold 0.72 (held out 90.1% on 36.8%), with tags 0.65 (90.2% on 58.1%).
  // ADR 0185: batch 24 joined (176 unseen, 182 labelled; the reply prior's values' side from ≥ 6 teams' catalogues): cold
  // 0.69 (held out 90.3% on 39.9%), with tags 0.63 (90.0% on 59.8%). ADR 0187: batch 25 joined (184 unseen, 190
  // labelled; Danish read, ADR 0186): cold 0.70 (held out 90.1% on 38.6%), with tags 0.64 (90.0% on 59.0%). Batch 26's
  // first look at 0.70 was right 82.9% of the time cold, under 85%, so by ADR 0176's rule the target moved to 92.5%:
  // cold 0.78 (held out 92.6% on 31.5%), with tags 0.75 (92.6% on 46.4%). ADR 0190: batch 26 joined (192 unseen, 198
  // labelled; ADR 0189's compounds, the reply prior's values' side pruned): cold 0.77 (held out 92.7% on 31.0%), with
  // tags 0.74 (92.6% on 47.1%). ADR 0194: batch 28 joined (208 unseen, 214 labelled) with ADR 0193's reading with tags:
  // cold 0.77 again (held out 92.8% on 31.0%; 0.76 at 206 teams, never applied), with tags 0.77 (92.6% on 55.0%).
  // ADR 0196: batch 29 joined (216 unseen, 222 labelled; both priors in coarser steps): cold 0.75 (held out 92.8% on
  // 32.4%), with tags 0.77 again (92.5% on 54.5%). Batch 30's first look at 0.77 was right 85.3% of the time: the target
  // stays 92.5%. ADR 0198: batch 30 joined (224 unseen, 230 labelled; both priors in coarser steps again): cold 0.75
  // again (held out 92.5% on 32.4%), with tags 0.77 again (92.6% on 54.3%). Batch 31's first look at 0.75 was right
  // 87.2% of the time: the target stays 92.5%. ADR 0199: batch 31 joined (232 unseen, 238 labelled): cold 0.75 again
  // (held out 92.6% on 32.0%; 93.0% on 31.5% with the Danish cut-off below), with tags 0.78 (92.6% on 52.6%). Batch 32's
  // first look at 0.75 was right 96.5% of the time: the target stays 92.5%. ADR 0201 (batches 32 and 33 joined, 248
  // unseen, 254 labelled; a typical reply's part taken off each value): cold 0.69 (held out 92.5% on 35.8%; 92.9% on
  // 35.1% with the Danish cut-off below), with tags 0.73 (92.5% on 57.0%), calibrated with ten-group priors
  // (`--folds=10`); batch 33's first look at 0.75 was right 94.1% of the time: the target stays 92.5%.
  strongProbability: 0.69,
  // ADR 0199: Danish catalogues (Norwegian ones read as Danish) were the one language whose cold "Likely" fell short of
  // 85% at 0.75: over ten groups of the 232 teams, with each team's cut-off chosen on the other teams, 30 right of 44
  // (68%); at the cut-off at which the other Danish teams reach 92.5%, 10 of 11. The calibration
  // (`scripts/calibrate-likely.ts`) finds it with the others: 0.93 on all 238 teams, each held out. ADR 0200: Norwegian
  // catalogues are told apart (`nb`) and keep the global cut-off. ADR 0201: 0.91 (ten-group priors, 254 teams).
  strongProbabilityByLanguage: { da: 0.91 },
  profileStrongProbability: 0.73,
  // ADR 0160: calibrated by the same rule on the 64 unseen teams (session 19) with each value's behaviours as the language model proposed
  // them (held out 87.0% on 32.2% at 0.65, against 89.2% on 27.5% at 0.68); confirmed on batch 11 before it was read
  // (87.0% on 28.8%, against 88.9% on 26.3%). ADR 0161, 72 teams with proposals: 0.65 again (held out 87.8% on 30.5%);
  // 80 teams: 0.64 (87.4% on 31.3%); 88 teams: 0.65 (87.3% on 29.2%). ADR 0164 (the values' side): 0.69 (88.2% on
  // 40.8%); 96 teams (ADR 0165): 0.68 (87.6% on 42.5%); 104 teams with ADR 0166 (ADR 0167): 0.69 (87.6% on 43.4%);
  // 112 teams with the lighter reply prior (ADR 0168, 0169): 0.61 (87.5% on 49.0%); 120 teams (ADR 0171): 0.62 (87.5% on 48.6%);
  // 128 teams (ADR 0174): 0.61 (87.7% on 49.6%). ADR 0176, at 90% (ADR 0174's rule) on 136 teams: 0.69 (90.0% on 41.7%);
  // 144 teams (ADR 0177): 0.71 (90.1% on 39.9%); 152 teams (ADR 0179): 0.69 (90.1% on 42.1%); 160 teams (ADR 0181):
  // 0.69 (90.2% on 42.3%); 168 teams (ADR 0183): 0.71 (90.0% on 40.8%); 176 teams (ADR 0185): 0.68 (90.0% on 43.2%);
  // 184 teams (ADR 0187): 0.68 again (90.2% on 43.4%); at 92.5% (ADR 0187, batch 26's first look): 0.77 (92.6% on 34.8%);
  // 192 teams (ADR 0190): 0.75 (92.8% on 35.7%); 232 teams (ADR 0199): 0.72 (held out 92.4% on 36.9%; 0.72–0.73).
  // 248 teams with ADR 0201's typical reply taken off (ten-group priors): 0.63 (held out 92.7% on 44.3%).
  declaredStrongProbability: 0.63,
  // A raw lead under 0.03 was right (lenient) 75% of the time over the 180 dev cases (0.03–0.1: 57%), so a small lead was no
  // sign of "no clear value" (ADR 0100). In spreads, the calibration on all teams finds the top value mostly wrong under 0.02.
  // Fourteen teams (ADR 0153): no lead under which the top value is mostly wrong, so "no clear value yet" means no lead.
  // Thirty teams with the reply prior (ADR 0155): under 0.15 spreads the top value is mostly wrong.
  moderateMargin: 0.15,
  // Calibrated on all six teams' few-shot runs at 90% with the defaults above (eval:loto; 0.04 before composure, ADR 0100 → 0.12, ADR 0110):
  // few-shot with the defaults, strong 89% on 51% → 90% on 46%.
  // Re-calibrated after the behaviours of ADR 0122 (0.12 / 0.5 / 0 before; the calibration had said 0.04 / 0.5 / 0.03 since ADR 0119),
  // and after ADR 0123 (moderate 0.08 before).
  // Re-calibrated after ADR 0128 (0.02 before), after ADR 0130 read Catalan (moderate 0.05 before) and ADR 0131 (0.01).
  // Since ADR 0151 calibrated on the dev and unseen/ teams' few-shot runs; ADR 0153's rule picks 87.5% (held out over
  // fourteen teams 88.1% on 56.0%; 0.04 before: 75.9% on 69.2% on the first four unseen/ teams).
  profileStrongMargin: 0.2,
  profileStrongScore: 0.4,
  // Thirty teams with the reply prior (ADR 0155): under a lead of 0.03 the top value is mostly wrong.
  profileModerateMargin: 0.03,
  // Calibrated on all six teams' situation runs, cold and with their tags pooled, at 90% (eval:loto, ADR 0121): no lead
  // before a reply was right that often on five tickets or more, so the sidebar never says "Likely" before a reply. "No
  // clear value yet" keeps meaning no evidence at all (see calibrateBands).
  situationStrongMargin: 1,
  situationStrongScore: 1,
  situationModerateMargin: 0,
  scoreScale: 0.2,
  // Rankings with a profile read replies as cold ones do: the few-shot folds of eval:loto chose what the defaults already
  // are (saturation 1.5, noteWeight 0.3), where every cold fold chose saturation 1 (ADR 0144). Once the team's own tags
  // speak, what other teams' replies taught weighs less (ADR 0170): chosen over ten groups of the 112 unseen teams, with
  // tags 0.85 → 71.9, 0.7 → 72.3, 0.6 → 72.9, 0.5 → 72.6 strict (1: 71.7; 0.6 gained 99 tickets, lost 59). Before a
  // reply the situation prior keeps its weight (`situationPriorWeight`): 0.6 there lost (44.7 → 43.5).
  // ADR 0193 (confirmed by batch 28): once the team's tags speak, a value's own words weigh 1.6 and the reply prior its
  // cold weight (ADR 0170's 0.6 withdrawn). Over ten groups of the 200 unseen teams, with tags 72.7 → 73.8 strict (86
  // teams up, 49 down); prior 0.8 with words 1.6: 73.7; words 1.3 / 2: 73.6 / 73.8; prior 0.6 with words 1.6: 73.1.
  // Cold rankings are not changed.
  withProfile: { lexicalWeight: 1.6 },
};
