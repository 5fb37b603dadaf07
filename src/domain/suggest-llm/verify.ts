import type { Reason } from '../suggest/types';
import { toOriginalPosition } from './mask';
import type { SentMessage } from './types';

/** A quote shorter than this (without spaces) says nothing: "I", "ok". */
export const MIN_QUOTE_CHARS = 4;
export const MAX_VERIFIED_REASONS = 5;

interface Normalised {
  text: string;
  /** For each character of `text`, its index in the source. */
  at: number[];
}

/** Collapses every run of whitespace to one space, remembering where each character came from. */
function normalise(source: string): Normalised {
  let text = '';
  const at: number[] = [];
  let inSpace = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (/\s/.test(ch)) {
      if (!inSpace && text !== '') {
        text += ' ';
        at.push(i);
      }
      inSpace = true;
    } else {
      text += ch;
      at.push(i);
      inSpace = false;
    }
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    at.pop();
  }
  return { text, at };
}

/**
 * Keeps only the reasons whose quote occurs verbatim (whitespace-normalised) in the message the
 * model named, as it was sent; each kept quote becomes a phrase reason positioned in the original
 * comment body, so the sidebar highlights it as it highlights the built-in engine's phrases.
 */
export function verifyReasons(
  reasons: readonly { quote: string; message: number }[],
  sent: readonly SentMessage[],
): { kept: Reason[]; dropped: number } {
  const kept: Reason[] = [];
  let dropped = 0;
  for (const reason of reasons) {
    const message = sent.find((m) => m.message === reason.message);
    const quote = normalise(reason.quote).text;
    if (!message || quote.replace(/ /g, '').length < MIN_QUOTE_CHARS) {
      dropped++;
      continue;
    }
    const haystack = normalise(message.sent.text);
    const found = haystack.text.indexOf(quote);
    if (found === -1) {
      dropped++;
      continue;
    }
    const sentStart = haystack.at[found]!;
    const sentEnd = haystack.at[found + quote.length - 1]! + 1;
    const start = toOriginalPosition(message.sent, sentStart, 'start');
    const end = toOriginalPosition(message.sent, sentEnd, 'end');
    const overlaps = kept.some((k) => k.kind === 'phrase' && k.commentIndex === message.commentIndex && k.start < end && start < k.end);
    if (overlaps || kept.length >= MAX_VERIFIED_REASONS) continue;
    kept.push({ kind: 'phrase', commentIndex: message.commentIndex, start, end, text: quote, weight: 1 - kept.length * 0.1 });
  }
  return { kept, dropped };
}
