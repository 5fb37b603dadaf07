const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Closing tags that end a line of text. */
const BLOCK_ENDS = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'tr']);
const RAW_TEXT = new Set(['script', 'style']);
const TAG_NAME = /^(\/?)([a-z][a-z0-9]*)/i;
const TAG_START = /[a-z/!?]/i;

/**
 * Finds `</script …>` / `</style …>` closings, remembering the last answer so that a thousand
 * unclosed `<script>` tags cost one scan of the text, not a thousand.
 */
function closingFinder(html: string) {
  const lower = html.toLowerCase();
  const memo = new Map<string, { from: number; at: number }>();
  return (name: string, from: number): number => {
    const known = memo.get(name);
    if (known && known.from <= from && (known.at === -1 || known.at >= from)) return known.at;
    let at = lower.indexOf(`</${name}`, from);
    while (at !== -1) {
      let end = at + name.length + 2;
      while (end < html.length && /\s/.test(html[end]!)) end++;
      if (html[end] === '>') break;
      at = lower.indexOf(`</${name}`, at + 1);
    }
    memo.set(name, { from, at });
    return at;
  };
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/**
 * Comment bodies are hostile input. We never render their HTML: when only HTML is at hand it is
 * reduced to text here (tags dropped, script/style content dropped, entities decoded), in one pass
 * over the text: a 2 MB comment of `<` once made a tag-stripping regular expression quadratic.
 */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  const closing = closingFinder(html);
  let start = 0; // where the text not yet copied begins
  let pos = 0; // where to look for the next `<`
  while (pos < html.length) {
    const open = html.indexOf('<', pos);
    if (open === -1) break;
    if (!TAG_START.test(html[open + 1] ?? '')) {
      // `1 < 2`: as in a browser, a `<` not followed by a tag name is text.
      pos = open + 1;
      continue;
    }
    const close = html.indexOf('>', open + 1);
    // No `>` after this `<`: none after any later `<` either, so the rest is text.
    if (close === -1) break;
    parts.push(html.slice(start, open));
    const inner = html.slice(open + 1, close);
    const name = TAG_NAME.exec(inner);
    const tag = name?.[2]?.toLowerCase() ?? '';
    const isClosing = name?.[1] === '/';
    start = pos = close + 1;
    if (!name) continue;
    if (!isClosing && RAW_TEXT.has(tag)) {
      const end = closing(tag, pos);
      if (end !== -1) {
        parts.push(' ');
        start = pos = html.indexOf('>', end) + 1;
      }
      continue;
    }
    if ((!isClosing && tag === 'br') || (isClosing && BLOCK_ENDS.has(tag) && inner.length === tag.length + 1)) parts.push('\n');
  }
  parts.push(html.slice(start));
  return decodeEntities(parts.join(''))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
