import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNoteBody, noteLength, WALL_NOTE_MAX } from './note';

describe('checkNoteBody', () => {
  it('keeps HTML and formula text exactly as typed (it is text, never markup or a formula)', () => {
    const html = '<img src=x onerror=alert(1)><b>bold</b>';
    expect(checkNoteBody(html)).toEqual({ ok: true, body: html });
    expect(checkNoteBody('=HYPERLINK("http://evil.test","click")')).toEqual({ ok: true, body: '=HYPERLINK("http://evil.test","click")' });
  });

  it('refuses 10,000 pasted characters with the length, so the author can trim rather than lose it', () => {
    expect(checkNoteBody('a'.repeat(10_000))).toEqual({ ok: false, code: 'wall.note.too-long', length: 10_000 });
  });

  it('counts characters as readers do: RTL letters, accents and emoji are one each', () => {
    const rtl = 'نحن نهتم بالعميل'; // Arabic
    expect(noteLength(rtl)).toBe([...rtl].length);
    expect(noteLength('👩‍👩‍👧‍👦é')).toBe(2);
    expect(checkNoteBody('👍'.repeat(WALL_NOTE_MAX)).ok).toBe(true);
    expect(checkNoteBody('👍'.repeat(WALL_NOTE_MAX + 1)).ok).toBe(false);
  });

  it('cleans line endings, control characters and blank runs; empty is refused', () => {
    expect(checkNoteBody('  one\r\ntwo\u0007  \n\n\n\nthree  ')).toEqual({ ok: true, body: 'one\ntwo\n\nthree' });
    expect(checkNoteBody(' \n\t ')).toEqual({ ok: false, code: 'wall.note.empty', length: 0 });
  });

  it('never throws and never returns more than the limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 700 }), (text) => {
        const result = checkNoteBody(text);
        if (result.ok) expect(noteLength(result.body)).toBeLessThanOrEqual(WALL_NOTE_MAX);
      }),
    );
  });
});
