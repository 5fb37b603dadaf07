/**
 * Splits `refund, escalate, "follow up, please"` into signals. Quotes (straight or curly) let a
 * signal contain a comma; they are not part of the signal.
 */
export function splitSignals(text: string): { items: string[]; unterminated: boolean } {
  const items: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of text) {
    if (isQuote(ch)) quoted = !quoted;
    else if (ch === ',' && !quoted) {
      items.push(current);
      current = '';
    } else current += ch;
  }
  items.push(current);
  return { items: items.map((item) => item.trim()).filter((item) => item !== ''), unterminated: quoted };
}

export function isQuote(ch: string): boolean {
  return ch === '"' || ch === '\u201C' || ch === '\u201D';
}

/** Splits `follow-up, own-it; commit-time` into behaviour names (ADR 0158): they have no commas of their own. */
export function splitBehaviours(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
