import type { Catalogue } from '../catalogue/types';
import { createMatcher } from './matcher';

const signalCache = new WeakMap<Catalogue, ReturnType<typeof createMatcher<number>>>();

/** One matcher for every value's admin-given signal words; a match's data is the value's index. */
export function signalMatcherOf(catalogue: Catalogue) {
  let matcher = signalCache.get(catalogue);
  if (!matcher) {
    matcher = createMatcher(catalogue.values.flatMap((v, index) => v.signals.map((pattern) => ({ pattern, data: index }))));
    signalCache.set(catalogue, matcher);
  }
  return matcher;
}
