import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskText, toOriginalPosition } from './mask';

describe('maskText', () => {
  it.each([
    ['Write to jane.doe+vc@mail.example.co.uk today', 'Write to [email] today'],
    ['Call me on +44 20 7946 0958 or (020) 7946-0958.', 'Call me on [phone] or [phone].'],
    ['My card 4111 1111 1111 1111 was charged twice', 'My card [card] was charged twice'],
    ['Card 4111-1111-1111-1111, exp 12/27', 'Card [card], exp 12/27'],
    ['Order 12345 on 2026-12-01 at 10:30, ticket #4521', 'Order 12345 on 2026-12-01 at 10:30, ticket #4521'],
  ])('masks %j', (input, expected) => {
    expect(maskText(input).text).toBe(expected);
  });

  it('maps positions after, before and inside masks back to the original', () => {
    const original = 'Mail a@b.io then call 555 123 4567 please';
    const masked = maskText(original);
    expect(masked.text).toBe('Mail [email] then call [phone] please');
    const at = masked.text.indexOf('please');
    expect(original.slice(toOriginalPosition(masked, at, 'start'), toOriginalPosition(masked, at + 6, 'end'))).toBe('please');
    const email = masked.text.indexOf('[email]');
    expect(original.slice(toOriginalPosition(masked, email, 'start'), toOriginalPosition(masked, email + 7, 'end'))).toBe('a@b.io');
    expect(toOriginalPosition(masked, email + 3, 'start')).toBe(original.indexOf('a@b.io'));
    expect(toOriginalPosition(masked, 4, 'start')).toBe(4);
  });

  it('never lets an e-mail address, or 13+ digits in a row, through', () => {
    const piece = fc.oneof(
      fc.emailAddress(),
      fc.stringMatching(/^\d{13,19}$/),
      fc.string({ maxLength: 12 }),
      fc.constantFrom(' ', '\n', 'call ', 'card: '),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join(' ');
        const masked = maskText(text).text;
        expect(masked).not.toMatch(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/);
        expect(masked).not.toMatch(/\d{13}/);
      }),
      // Found by fast-check: a card-like run followed by an address starting with a digit (the
      // second one: the run and the address's first digit made 17 digits, more than a phone has).
      { examples: [[['0000000000000', '0@a.aa']], [['0000000000000000', '0a@a.aa']]] },
    );
  });

  it('maps every unmasked character back to itself', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.emailAddress(), fc.string({ maxLength: 20 }), (a, email, b) => {
        const original = `${a} ${email} ${b}`;
        const masked = maskText(original);
        for (let i = 0; i < masked.text.length; i++) {
          const o = toOriginalPosition(masked, i, 'start');
          if (!masked.text.slice(Math.max(0, i - 7), i + 7).includes('[')) expect(original[o]).toBe(masked.text[i]);
        }
      }),
    );
  });
});
