import data from './data/reply-phrases.json';
import { BEHAVIOURS, type Behaviour } from './behaviour-names';
import { CJK, foldText } from './fold';

/**
 * Phrases support agents write when a reply shows a behaviour, per language (ADR 0162; only Japanese ships, ADR 0163):
 * written by one independent author per language from how agents in that language write, given only the behaviours'
 * meanings — never a ticket. They add to the hand patterns of `behaviours.ts` on messages in their own language.
 *
 * A phrase is plain text in its normal spelling, folded here as replies are (`foldText`); it matches at a word start and
 * ends at a word end unless it ends in `*` (a stem: "entschuldig*"). Japanese phrases, which have no word boundaries,
 * match anywhere.
 */
export type ReplyPhrases = Partial<Record<string, Partial<Record<Behaviour, string[]>>>>;

const SPECIAL = /[.*+?^${}()|[\]\\]/g;
/** A word start on folded text, as the hand patterns have it (`\b`: folded Latin words start with a-z or a digit). */
const START = '\\b';
const END = '(?![a-z0-9])';

const ENV = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};
/**
 * Which languages' phrases are read: all, unless `VC_REPLY_PHRASES` says `off` or lists some (`de,it`), for measuring
 * each language's list against the teams written in it (ADR 0162). The app always reads them all.
 */
function languagesOn(): ((lang: string) => boolean) | null {
  const flag = ENV.VC_REPLY_PHRASES;
  if (flag === undefined || flag === '' || flag === 'on') return () => true;
  if (flag === 'off') return null;
  const on = new Set(flag.split(','));
  return (lang) => on.has(lang);
}

/** One phrase as a pattern source on folded text, without its word start (see `replyPhrasePatterns`); null when empty. */
export function phraseSource(phrase: string): string | null {
  const stem = phrase.trimEnd().endsWith('*');
  const folded = foldText(phrase.trim().replace(/\*$/, '')).trim();
  if (folded === '') return null;
  const body = folded.replace(SPECIAL, '\\$&').replace(/\s+/g, '\\s+');
  return CJK.test(folded) ? body : `${body}${stem ? '' : END}`;
}

/**
 * Per language, per behaviour, the pattern of every phrase of that language (none when there are none): one word start
 * before all the Latin phrases (tried once per position, not once per phrase: the engine's median stays under 1 ms),
 * the Japanese ones anywhere. A reply is read with its own language's phrases only (`phrasePatternsFor`): read over
 * every reply, phrases of one language that are words of another ("en date du", "o bien") cost English replies more
 * than they gave (ADR 0162).
 */
export function replyPhrasePatterns(phrases: ReplyPhrases = data): Map<string, Partial<Record<Behaviour, RegExp>>> {
  const on = languagesOn();
  const out = new Map<string, Partial<Record<Behaviour, RegExp>>>();
  if (!on) return out;
  for (const [lang, byBehaviour] of Object.entries(phrases)) {
    if (!on(lang) || !byBehaviour) continue;
    const patterns: Partial<Record<Behaviour, RegExp>> = {};
    for (const b of BEHAVIOURS) {
      const latin = new Set<string>();
      const cjk = new Set<string>();
      for (const p of byBehaviour[b] ?? []) {
        const source = typeof p === 'string' ? phraseSource(p) : null;
        if (source !== null) (CJK.test(p) ? cjk : latin).add(source);
      }
      const parts = [...(latin.size > 0 ? [`${START}(?:${[...latin].join('|')})`] : []), ...cjk];
      if (parts.length > 0) patterns[b] = new RegExp(parts.join('|'), 'u');
    }
    out.set(lang, patterns);
  }
  return out;
}

let shipped: Map<string, Partial<Record<Behaviour, RegExp>>> | undefined;

/** The shipped phrases' patterns for a reply in `lang` (built on first use). */
export function phrasePatternsFor(lang: string): Partial<Record<Behaviour, RegExp>> | undefined {
  shipped ??= replyPhrasePatterns();
  return shipped.get(lang);
}
