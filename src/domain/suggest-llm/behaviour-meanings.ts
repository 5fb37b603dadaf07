import { BEHAVIOURS, type Behaviour } from '../suggest/behaviour-names';
import type { BehaviourMeanings } from './behaviour-proposal';

/** The translation key of what a reply does for a behaviour: the leads page shows it, and the model is asked with it (ADR 0159). */
export const behaviourMeaningKey = (behaviour: Behaviour) => `vc.learning.readings.behaviour.${behaviour}`;

/** Every behaviour's meaning from flat messages (English for the model); throws when one is missing, never asks with a gap. */
export function behaviourMeanings(messages: Readonly<Record<string, string>>): BehaviourMeanings {
  const meanings = {} as Record<Behaviour, string>;
  for (const b of BEHAVIOURS) {
    const text = messages[behaviourMeaningKey(b)];
    if (typeof text !== 'string' || text.trim() === '') throw new Error(`No meaning for the behaviour ${b}`);
    meanings[b] = text;
  }
  return meanings;
}
