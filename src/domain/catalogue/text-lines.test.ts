import { describe, expect, it } from 'vitest';
import { lineStarts, locate, splitLines } from './text-lines';

describe('line positions', () => {
  it('count CRLF, CR and LF as one break each, like splitLines', () => {
    const text = 'a\r\nbb\rc\n\nd';
    expect(splitLines(text)).toEqual(['a', 'bb', 'c', '', 'd']);
    const starts = lineStarts(text);
    expect(starts).toHaveLength(5);
    expect(locate(starts, text.indexOf('c'))).toEqual({ line: 3, column: 1 });
    expect(locate(starts, text.indexOf('d'))).toEqual({ line: 5, column: 1 });
    expect(locate(starts, text.length + 3).line).toBe(5);
  });
});
