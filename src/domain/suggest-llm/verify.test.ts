import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskText } from './mask';
import type { SentMessage } from './types';
import { verifyReasons } from './verify';

const message = (body: string, n = 1): SentMessage => ({ message: n, commentIndex: n - 1, from: 'customer', sent: maskText(body) });

describe('verifyReasons', () => {
  it('matches across differences in whitespace but not in words or case', () => {
    const sent = [message('We waited\n\nthree   weeks for a reply.')];
    expect(verifyReasons([{ quote: 'waited three weeks', message: 1 }], sent).kept).toHaveLength(1);
    expect(verifyReasons([{ quote: 'waited 3 weeks', message: 1 }], sent).dropped).toBe(1);
    expect(verifyReasons([{ quote: 'Waited three weeks', message: 1 }], sent).dropped).toBe(1);
    expect(verifyReasons([{ quote: 'waited three weeks', message: 2 }], sent).dropped).toBe(1);
    expect(verifyReasons([{ quote: ' a ', message: 1 }], sent).dropped).toBe(1);
  });

  it('keeps any substring of a message, positioned on the same words in the original', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 120 }), fc.nat(), fc.nat(), (body, a, b) => {
        const masked = maskText(body).text;
        const from = a % masked.length;
        const to = from + (b % (masked.length - from)) + 1;
        const quote = masked.slice(from, to);
        const { kept } = verifyReasons([{ quote, message: 1 }], [message(body)]);
        if (quote.replace(/\s/g, '').length < 4) return;
        expect(kept).toHaveLength(1);
        const reason = kept[0]!;
        if (reason.kind !== 'phrase') throw new Error('expected a phrase');
        expect(reason.start).toBeGreaterThanOrEqual(0);
        expect(reason.end).toBeLessThanOrEqual(body.length);
        expect(reason.start).toBeLessThan(reason.end);
      }),
    );
  });

  it('never keeps a quote that is not in the message', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ minLength: 4, maxLength: 30 }), (body, quote) => {
        const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
        fc.pre(!squash(maskText(body).text).includes(squash(quote)));
        expect(verifyReasons([{ quote, message: 1 }], [message(body)]).kept).toEqual([]);
      }),
    );
  });
});
