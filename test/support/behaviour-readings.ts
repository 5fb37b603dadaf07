import type { Catalogue } from '../../src/domain/catalogue/types';
import { BEHAVIOURS } from '../../src/domain/suggest/behaviours';
import { readingsOf } from '../../src/domain/suggest/value-behaviours';

/** Each value's main behaviour as its own text reads (no prompt weight): what the language tests check a catalogue maps onto. */
export function mainBehaviours(catalogue: Catalogue): string[] {
  return readingsOf(catalogue, 0).map((r) => BEHAVIOURS[r.behaviours.indexOf(Math.max(...r.behaviours))]!);
}
