import { STOPWORDS } from './stopwords';
import { stem } from './text';
import { CJK } from './fold';
import { foldText } from './reply-reading';
import { detectLanguage, stemIn, type Lang } from './language';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const MAX_CHARS = 20_000;

const ENV = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};
/**
 * Which stemmer makes terms. Measured leave-one-team-out (`npm run --silent eval:loto -- --no-tune`, cold mean over six
 * teams, strict/lenient/top-3): the old suffix cutter everywhere 59.5/68.3/89.5; Snowball everywhere 60.2/68.4/87.3
 * (English Porter lost 6.7 points strict on dev's two English teams); Snowball for es/pt/de/fr/it with the cutter for
 * English 60.6/68.8/88.9 — the default. `VC_STEM=crude|snowball` switches, for measuring.
 */
export const STEMMING: { mode: 'mixed' | 'snowball' | 'crude' } = {
  mode: ENV.VC_STEM === 'crude' ? 'crude' : ENV.VC_STEM === 'snowball' ? 'snowball' : 'mixed',
};
const snowball = (lang: Lang) => STEMMING.mode === 'snowball' || (STEMMING.mode === 'mixed' && lang !== 'en' && lang !== 'ja');

/**
 * The content terms of a text: stems of words of four letters or more (function words left out),
 * and for Chinese/Japanese script, which has no spaces, overlapping character pairs.
 */
export function termsOf(text: string): string[] {
  const folded = foldText(text.slice(0, MAX_CHARS));
  return termsOfFolded(folded, detectLanguage(folded));
}

/** As `termsOf`, for text already folded (see `foldText`), in a known language (Snowball stemmer of that language). */
export function termsOfFolded(folded: string, lang: Lang = detectLanguage(folded)): string[] {
  const out: string[] = [];
  for (const m of folded.slice(0, MAX_CHARS).matchAll(WORD)) {
    const word = m[0];
    if (CJK.test(word)) {
      const chars = [...word];
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
    } else if (word.length >= 4 && !STOPWORDS.has(word)) out.push(snowball(lang) ? stemIn(lang, word) : stem(word));
  }
  return out;
}
