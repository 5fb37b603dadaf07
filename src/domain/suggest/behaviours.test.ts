import { describe, expect, it } from 'vitest';
import { BEHAVIOURS, DESCRIBE_PATTERNS, DESCRIBE_STEMS, alternativesOf, describePatternsWithout, type Behaviour } from './behaviours';
import { readingsOf } from './value-behaviours';
import { rankValues } from './rank-values';
import { testCatalogue, testValue } from '../../../test/support/catalogues';
import type { TicketSnapshot } from '../ticket';

describe('describing stems, one by one (ADR 0132)', () => {
  it('splits a pattern at its top-level alternatives only', () => {
    expect(alternativesOf('\\b(a|b(c|d)|[|)]e|f\\|g|h)')).toEqual(['a', 'b(c|d)', '[|)]e', 'f\\|g', 'h']);
    expect(alternativesOf('x|(y|z)')).toEqual(['x', '(y|z)']);
    // A group that does not span the whole source is not unwrapped.
    expect(alternativesOf('\\b(a|b)|\\b(c)')).toEqual(['\\b(a|b)', '\\b(c)']);
  });

  it('rebuilt from every stem, matches exactly what the shipped patterns match', () => {
    const same = describePatternsWithout(new Map());
    // Each stem's own literal text (regex syntax stripped), in a clause of its own and inside a sentence.
    const samples = BEHAVIOURS.flatMap((b) =>
      DESCRIBE_STEMS[b].map((s) => s.replace(/\(\?<?[=!][^)]*\)|[\\()[\]?*+{}|.^$]|\d,\d+/g, '')).flatMap((w) => [w, `we ${w} every day`]),
    );
    for (const b of BEHAVIOURS)
      for (const text of samples) expect([b, text, same[b].test(text)]).toEqual([b, text, DESCRIBE_PATTERNS[b].test(text)]);
  });

  it('every stem compiles on its own and belongs to its behaviour', () => {
    for (const b of BEHAVIOURS) {
      expect(DESCRIBE_STEMS[b].length).toBeGreaterThan(3);
      for (const s of DESCRIBE_STEMS[b]) expect(() => new RegExp(`\\b(?:${s})`, 'u')).not.toThrow();
    }
  });

  it('a lexicon without a stem no longer reads a value by it, and the ranking follows', () => {
    const catalogue = testCatalogue([
      testValue('nimble', 'Be nimble', 'We stay nimble.'),
      testValue('kind', 'Be kind', 'We listen with empathy.'),
    ]);
    const drop = new Map<Behaviour, Set<string>>([
      ['act-fast', new Set(['nimble'])],
      ['options', new Set(['nimble'])],
    ]);
    const without = describePatternsWithout(drop);
    const fast = BEHAVIOURS.indexOf('act-fast');
    expect(readingsOf(catalogue, 0.5)[0]!.behaviours[fast]).toBeGreaterThan(0);
    expect(readingsOf(catalogue, 0.5, 0, without)[0]!.behaviours[fast]).toBe(0);
    // The shipped lexicon's readings are not disturbed by the other one (separate cache entries).
    expect(readingsOf(catalogue, 0.5)[0]!.behaviours[fast]).toBeGreaterThan(0);

    const ticket: TicketSnapshot = {
      id: 1,
      subject: 'Down',
      description: '',
      priority: 'urgent',
      tags: [],
      comments: [{ authorRole: 'agent', public: true, body: 'I fixed it right away, within the hour.' }],
    };
    expect(rankValues(catalogue, ticket)[0]!.valueId).toBe('nimble');
    const ranked = rankValues(catalogue, ticket, { describe: without });
    expect(ranked.find((r) => r.valueId === 'nimble')!.score).toBeLessThan(
      rankValues(catalogue, ticket).find((r) => r.valueId === 'nimble')!.score,
    );
  });
});
