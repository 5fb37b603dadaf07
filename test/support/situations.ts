import { BEHAVIOURS, SITUATION_PATTERNS, type Behaviour } from '../../src/domain/suggest/behaviours';
import { foldText } from '../../src/domain/suggest/reply-reading';

/** The behaviours a customer's message calls for, as the situation patterns read it (folded, any language). */
export function situationCalls(message: string): Behaviour[] {
  return BEHAVIOURS.filter((b) => SITUATION_PATTERNS[b]?.test(foldText(message)));
}
