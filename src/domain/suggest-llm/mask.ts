/**
 * Masks personal data before ticket text leaves Zendesk for a model provider: e-mail addresses,
 * phone numbers and card-like numbers. Each replacement is recorded so a quote the model returns
 * (from the masked text) can be placed back in the original message for display.
 */
export type MaskKind = 'email' | 'phone' | 'card';

export const MASK_TOKENS: Record<MaskKind, string> = { email: '[email]', phone: '[phone]', card: '[card]' };

export interface Replacement {
  /** Position in the original text. */
  start: number;
  end: number;
  kind: MaskKind;
}

export interface MaskedText {
  text: string;
  replacements: Replacement[];
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// 13–19 digits, optionally grouped by single spaces or dashes: card numbers (PAN) and their look-alikes.
// Not ending where an e-mail address starts, so "0000000000000 0@a.aa" still masks the 13 digits.
const CARD = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d@-])/g;
// An optional +country code, then 7–15 digits grouped by spaces, dots, dashes or brackets.
const PHONE = /(?<![\w+])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d(?:[ .-]?\d){6,14}(?!\w)/g;

function digitCount(text: string): number {
  return text.replace(/\D/g, '').length;
}

function collect(text: string): Replacement[] {
  const found: Replacement[] = [];
  const overlaps = (start: number, end: number) => found.some((r) => start < r.end && r.start < end);
  for (const m of text.matchAll(EMAIL)) found.push({ start: m.index, end: m.index + m[0].length, kind: 'email' });
  // Numbers are looked for with the addresses blanked out (same length: no digit, no separator), so a
  // number that runs into an address ("0000000000000000 0a@a.aa") is still found whole, not dropped
  // as overlapping the address.
  const numbers = found.reduce((t, r) => t.slice(0, r.start) + '#'.repeat(r.end - r.start) + t.slice(r.end), text);
  for (const m of numbers.matchAll(CARD)) {
    const end = m.index + m[0].length;
    if (!overlaps(m.index, end)) found.push({ start: m.index, end, kind: 'card' });
  }
  for (const m of numbers.matchAll(PHONE)) {
    const end = m.index + m[0].length;
    const digits = digitCount(m[0]);
    // Dates (2026-12-01) and times have separators too; a phone number has at least 8 digits.
    if (digits >= 8 && digits <= 15 && !/^\d{4}-\d{2}-\d{2}$/.test(m[0]) && !overlaps(m.index, end)) {
      found.push({ start: m.index, end, kind: 'phone' });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export function maskText(text: string): MaskedText {
  const replacements = collect(text);
  let out = '';
  let at = 0;
  for (const r of replacements) {
    out += text.slice(at, r.start) + MASK_TOKENS[r.kind];
    at = r.end;
  }
  return { text: out + text.slice(at), replacements };
}

/** The original text unchanged, in the same shape, for admins who switched masking off. */
export function unmasked(text: string): MaskedText {
  return { text, replacements: [] };
}

/**
 * Maps a position in the masked text back to the original. A position inside a mask token maps to
 * the start (for a start) or the end (for an end) of what it replaced.
 */
export function toOriginalPosition(masked: MaskedText, position: number, side: 'start' | 'end'): number {
  let shift = 0;
  for (const r of masked.replacements) {
    const tokenStart = r.start + shift;
    const tokenEnd = tokenStart + MASK_TOKENS[r.kind].length;
    if (position <= tokenStart) break;
    if (position < tokenEnd) return side === 'start' ? r.start : r.end;
    shift += MASK_TOKENS[r.kind].length - (r.end - r.start);
  }
  return position - shift;
}
