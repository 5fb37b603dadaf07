/**
 * Caps that keep a pasted catalogue usable in a narrow sidebar and bounded in memory.
 * Text beyond a cap is cut (with a warning) rather than rejected, so a long paste still works.
 */
export const CATALOGUE_LIMITS = {
  values: 40,
  issues: 100,
  /** Zendesk tags longer than this are refused by the API *(check: documented limit)*. */
  tag: 80,
  text: {
    mission: 1000,
    vision: 1000,
    name: 80,
    description: 1000,
    prompt: 300,
    question: 300,
    signal: 60,
    behaviour: 40,
  },
  list: {
    prompts: 20,
    questions: 20,
    signals: 50,
    /** A value is about a few behaviours; the first weighs most (ADR 0158). */
    behaviours: 4,
    missionQuestions: 20,
    visionQuestions: 20,
  },
} as const;

export type TextField = keyof typeof CATALOGUE_LIMITS.text;
export type ListField = keyof typeof CATALOGUE_LIMITS.list;
