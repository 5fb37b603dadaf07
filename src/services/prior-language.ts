import type { Catalogue } from '../domain/catalogue/types';
import { addShippedLanguage, catalogueLanguage, type PriorLanguagePart } from '../domain/suggest/reply-prior';

// Each language's part of the shipped priors is a chunk of its own (ADR 0178): an agent downloads only the part of the
// language the team's catalogue is written in, after the values show (the engine's chunk is lazy already).
const parts = import.meta.glob<PriorLanguagePart>('../domain/suggest/data/languages/*.json', { import: 'default' });
const pending = new Map<string, Promise<void>>();
const ready = new Set<string>();

/** The file `npm run build:prior` writes for `language`'s part (a language without one has none). */
function partOf(language: string) {
  return parts[`../domain/suggest/data/languages/${language}.json`];
}

/**
 * Loads the shipped priors' part for the catalogue's language once per language. Resolves either way: when the part
 * cannot be loaded (the network dropped), suggestions still come, read with the stems every language shares.
 */
export function loadPriorLanguage(catalogue: Catalogue): Promise<void> {
  const language = catalogueLanguage(catalogue);
  const load = partOf(language);
  if (!load || ready.has(language)) return Promise.resolve();
  let promise = pending.get(language);
  if (!promise) {
    promise = load()
      .then((part) => addShippedLanguage(language, part))
      .catch(() => undefined)
      .finally(() => {
        ready.add(language);
        pending.delete(language);
      });
    pending.set(language, promise);
  }
  return promise;
}

/**
 * For a component that ranks with the shipped priors: suspends (to the panel's Suspense fallback) until the part of
 * the catalogue's language is in, so the first suggestion shown is the one that stays.
 */
export function usePriorLanguage(catalogue: Catalogue): void {
  const language = catalogueLanguage(catalogue);
  if (!partOf(language) || ready.has(language)) return;
  // React 18's Suspense contract (as `lazy` keeps it): throwing the pending promise shows the nearest fallback until it
  // settles, then renders again.
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  throw loadPriorLanguage(catalogue);
}
