import { STOPWORDS } from './stopwords';
import { stem } from './text';
import { foldText } from './reply-reading';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const MAX_CHARS = 20_000;

/**
 * The content terms of a text: stems of words of four letters or more (function words left out),
 * and for Chinese/Japanese script, which has no spaces, overlapping character pairs.
 */
export function termsOf(text: string): string[] {
  return termsOfFolded(foldText(text.slice(0, MAX_CHARS)));
}

/** As `termsOf`, for text already folded (see `foldText`). */
export function termsOfFolded(folded: string): string[] {
  const out: string[] = [];
  for (const m of folded.slice(0, MAX_CHARS).matchAll(WORD)) {
    const word = m[0];
    if (CJK.test(word)) {
      const chars = [...word];
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
    } else if (word.length >= 4 && !STOPWORDS.has(word)) out.push(stem(word));
  }
  return out;
}
