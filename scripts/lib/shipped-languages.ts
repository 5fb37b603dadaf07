// The shipped priors' language parts (ADR 0178), for scripts that rank with the shipped priors as the sidebar does: the
// sidebar loads the part of its catalogue's language; a script ranks catalogues of any language, so it adds them all.
import { readdirSync, readFileSync } from 'node:fs';
import { addShippedLanguage, type PriorLanguagePart } from '../../src/domain/suggest/reply-prior';

export const PRIOR_LANGUAGES = 'src/domain/suggest/data/languages';

/** Adds every language part `npm run build:prior` wrote to the shipped priors; returns the languages added. */
export function addShippedLanguages(dir = PRIOR_LANGUAGES): string[] {
  const languages: string[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const language = file.slice(0, -'.json'.length);
    addShippedLanguage(language, JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as PriorLanguagePart);
    languages.push(language);
  }
  return languages;
}
