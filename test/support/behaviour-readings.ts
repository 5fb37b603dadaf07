import type { Catalogue } from '../../src/domain/catalogue/types';
import { BEHAVIOURS, type Behaviour } from '../../src/domain/suggest/behaviours';
import { readBehaviours } from '../../src/domain/suggest/reply-reading';
import { readingsOf } from '../../src/domain/suggest/value-behaviours';

/** Each value's main behaviour as its own text reads (no prompt weight): what the language tests check a catalogue maps onto. */
export function mainBehaviours(catalogue: Catalogue): string[] {
  return readingsOf(catalogue, 0).map((r) => BEHAVIOURS[r.behaviours.indexOf(Math.max(...r.behaviours))]!);
}

/** Whether a reply reads as showing `behaviour` in full (weight ≥ 1): what each language's reply-phrase tests check. */
export function readsAs(reply: string, behaviour: Behaviour): boolean {
  return readBehaviours(reply).some((h) => h.behaviour === behaviour && h.weight >= 1);
}
