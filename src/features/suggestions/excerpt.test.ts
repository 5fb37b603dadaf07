import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { excerptAround } from './excerpt';

describe('excerptAround', () => {
  it('keeps the phrase and trims the context at word boundaries', () => {
    const text = 'I have been waiting for three weeks and nobody answered my emails at all, which is frustrating';
    const start = text.indexOf('nobody answered');
    const excerpt = excerptAround(text, start, start + 'nobody answered'.length, 20);
    expect(excerpt.match).toBe('nobody answered');
    expect(excerpt.before.startsWith('…')).toBe(true);
    expect(excerpt.after.endsWith('…')).toBe(true);
  });

  it('never throws and always contains the clamped match', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: -10, max: 200 }), fc.integer({ min: -10, max: 200 }), (text, a, b) => {
        const excerpt = excerptAround(text, a, b);
        const start = Math.max(0, Math.min(a, text.length));
        const end = Math.max(start, Math.min(b, text.length));
        expect(excerpt.match).toBe(text.slice(start, end).replace(/\s+/g, ' '));
      }),
    );
  });
});
