import { fold, tokenize, type Token } from './text';

/** One element of a phrase: an exact word, a word prefix (`apolog*`) or any single word (`*`). */
type Part = { kind: 'exact'; word: string } | { kind: 'prefix'; prefix: string } | { kind: 'any' };

export interface Phrase<T> {
  parts: Part[];
  data: T;
}

export interface Match<T> {
  /** Index of the first and one past the last token matched. */
  from: number;
  to: number;
  data: T;
}

const PREFIX_KEY = 3;

function compileParts(pattern: string): Part[] {
  const parts: Part[] = [];
  for (const word of pattern.trim().split(/\s+/)) {
    if (word === '*') parts.push({ kind: 'any' });
    else if (word.endsWith('*') && word.length > 1) parts.push({ kind: 'prefix', prefix: fold(word.slice(0, -1)) });
    else for (const token of tokenize(word)) parts.push({ kind: 'exact', word: token.norm });
  }
  return parts;
}

/**
 * Finds many phrases in a token stream in one pass: phrases are indexed by their first word
 * (exact words by the word, prefixes by their first letters), so the work per token stays small
 * however long the text is.
 */
export function createMatcher<T>(entries: readonly { pattern: string; data: T }[]) {
  const exact = new Map<string, Phrase<T>[]>();
  const prefixed = new Map<string, Phrase<T>[]>();
  for (const entry of entries) {
    const parts = compileParts(entry.pattern);
    const first = parts[0];
    if (!first || first.kind === 'any') continue;
    const phrase = { parts, data: entry.data };
    if (first.kind === 'exact') exact.set(first.word, [...(exact.get(first.word) ?? []), phrase]);
    else {
      const key = first.prefix.slice(0, PREFIX_KEY);
      prefixed.set(key, [...(prefixed.get(key) ?? []), phrase]);
    }
  }

  const partMatches = (part: Part, token: Token | undefined) =>
    token !== undefined && (part.kind === 'any' || (part.kind === 'exact' ? token.norm === part.word : token.norm.startsWith(part.prefix)));

  function tryAll(candidates: Phrase<T>[] | undefined, tokens: readonly Token[], i: number, found: Match<T>[]) {
    if (!candidates) return;
    for (const phrase of candidates) {
      let ok = true;
      for (let p = 0; p < phrase.parts.length && ok; p++) ok = partMatches(phrase.parts[p]!, tokens[i + p]);
      if (ok) found.push({ from: i, to: i + phrase.parts.length, data: phrase.data });
    }
  }

  // The phrases that can start at a word depend only on the word: worked out once per distinct word.
  const startsAt = new Map<string, Phrase<T>[] | null>();
  const candidatesFor = (norm: string): Phrase<T>[] | null => {
    let list = startsAt.get(norm);
    if (list !== undefined) return list;
    const prefixes =
      norm.length >= PREFIX_KEY
        ? (prefixed.get(norm.slice(0, PREFIX_KEY)) ?? []).filter((p) => partMatches(p.parts[0]!, { start: 0, end: 0, norm }))
        : [];
    const all = [...(exact.get(norm) ?? []), ...prefixes];
    list = all.length > 0 ? all : null;
    if (startsAt.size > 100_000) startsAt.clear();
    startsAt.set(norm, list);
    return list;
  };

  return function match(tokens: readonly Token[]): Match<T>[] {
    const found: Match<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const list = candidatesFor(tokens[i]!.norm);
      if (list !== null) tryAll(list, tokens, i, found);
    }
    return found;
  };
}
