import { describe, expect, it } from 'vitest';
import { readBehaviours } from './reply-reading';

describe('readBehaviours', () => {
  it('reads amounts and percentages as explaining with the customer’s own figures', () => {
    const reply = 'Hi Ana. Your March invoice was €120.50: 20% VAT on the €100.42 plan. Thanks for asking.';
    const hits = readBehaviours(reply, undefined, 1).filter((h) => h.behaviour === 'explain-cause');
    expect(hits).toHaveLength(1);
    expect(reply.slice(hits[0]!.start, hits[0]!.end)).toBe('Your March invoice was €120.50: 20% VAT on the €100.42 plan.');
    expect(readBehaviours('O valor é R$ 59,90 por mês.', undefined, 1).some((h) => h.behaviour === 'explain-cause')).toBe(true);
    // Numbers that are not amounts (ids, dates) are not figures; the cue can be turned off.
    expect(readBehaviours('Ticket 4412 was opened on 12 March.', undefined, 1).some((h) => h.behaviour === 'explain-cause')).toBe(false);
    expect(readBehaviours(reply, undefined, 0).some((h) => h.behaviour === 'explain-cause')).toBe(false);
  });
});
