/** A window of text around a quoted phrase, cut at word boundaries, for showing the phrase in context. */
export interface Excerpt {
  before: string;
  match: string;
  after: string;
}

export function excerptAround(text: string, start: number, end: number, context = 48): Excerpt {
  const safeStart = Math.max(0, Math.min(start, text.length));
  const safeEnd = Math.max(safeStart, Math.min(end, text.length));
  let from = Math.max(0, safeStart - context);
  let to = Math.min(text.length, safeEnd + context);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < safeStart) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > safeEnd) to = space;
  }
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  return {
    before: (from > 0 ? '…' : '') + squash(text.slice(from, safeStart)),
    match: squash(text.slice(safeStart, safeEnd)),
    after: squash(text.slice(safeEnd, to)) + (to < text.length ? '…' : ''),
  };
}
