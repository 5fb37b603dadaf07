/** A word of a text, with where it is (so reasons can quote the original) and its folded form. */
export interface Token {
  start: number;
  end: number;
  /** Lower case, accents removed: `Ñandú` → `nandu`. */
  norm: string;
}

/** Beyond this many characters per text we stop reading: keeps hostile input bounded. */
export const MAX_TEXT_CHARS = 200_000;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

// eslint-disable-next-line no-control-regex -- the ASCII range as a whole, not a search for control characters
const ASCII = /^[\x00-\x7f]*$/;
const folded = new Map<string, string>();

/** Cached: a thread repeats the same few thousand words, and Unicode normalisation is the costly part. */
export function fold(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase();
  let f = folded.get(word);
  if (f === undefined) {
    f = word
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/’/g, "'");
    if (folded.size > 50_000) folded.clear();
    folded.set(word, f);
  }
  return f;
}

/**
 * HTML tags, entities and URLs replaced by spaces of the same length, so positions still point
 * into the original text while markup never counts as words.
 */
export function maskMarkup(text: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  return text
    .replace(/<(script|style)\b[^>]{0,500}>[\s\S]{0,20000}?<\/\1\s*>/gi, blank)
    .replace(/<[^<>]{0,500}>/g, blank)
    .replace(/&(#x?[0-9a-f]{1,6}|\w{1,10});/gi, blank)
    .replace(/\bhttps?:\/\/\S{1,2000}/gi, blank);
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, Math.min(to, from + MAX_TEXT_CHARS));
  for (const match of slice.matchAll(WORD)) {
    const start = from + (match.index ?? 0);
    tokens.push({ start, end: start + match[0].length, norm: fold(match[0]) });
  }
  return tokens;
}

/** A crude multilingual stem: folded, plural and common endings cut, at most 7 letters. */
const stems = new Map<string, string>();

export function stem(norm: string): string {
  let s = stems.get(norm);
  if (s !== undefined) return s;
  s = norm.replace(/'s$/, '');
  if (s.length > 5) s = s.replace(/(ations?|ingly|ments?|ness|ing|ies|ied|ed|es|ly|s)$/, '');
  s = s.slice(0, 7);
  if (stems.size > 50_000) stems.clear();
  stems.set(norm, s);
  return s;
}
