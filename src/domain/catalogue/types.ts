/** A team's values catalogue, as configured by an admin in the `catalogue` setting. */
export interface Catalogue {
  mission: string;
  vision: string;
  values: CatalogueValue[];
  /** Reflective questions the team asks itself about its mission, each optionally tied to a phrase of it. */
  missionQuestions: ReflectiveQuestion[];
  visionQuestions: ReflectiveQuestion[];
}

export interface ReflectiveQuestion {
  text: string;
  /** The words of the mission (or vision) the question is about, exactly as they appear there; null when it is about the whole. */
  phrase: string | null;
}

export interface CatalogueValue {
  /** Stable slug derived from the name (`customer-empathy`); unique within a catalogue. */
  id: string;
  name: string;
  description: string;
  /** Coaching prompts: short imperatives an agent can act on. */
  prompts: string[];
  /** Reflective questions an agent can ask themselves. */
  questions: string[];
  /** Optional admin-given words or phrases that signal this value in a ticket. */
  signals: string[];
  /**
   * Optional: the support behaviours this value is about, in the team's own order (main one first), by their names in
   * `BEHAVIOURS` (`follow-up`, `own-it`, …). When given, the suggestion reads the value through them instead of guessing
   * from its words (ADR 0158).
   */
  behaviours?: string[];
  /** The multi-select option tag for this value (`vc_<slug with underscores>` unless the admin set one). */
  tag: string;
}
