import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { agreementSummary, convergence, readAlpha, roundResults } from './results';
import { answerScope, isComplete, type Answer, type Round } from './round';

function round(items: number, reviewerIds: number[], values = ['own', 'kind']): Round {
  return {
    id: 'vc-round-1',
    title: 'Round',
    createdBy: 1,
    createdAt: '2026-11-01T00:00:00Z',
    status: 'open',
    closedAt: null,
    reviewerIds,
    values: values.map((tag) => ({ tag, name: tag.toUpperCase() })),
    items: Array.from({ length: items }, (_, i) => ({
      key: `${i + 1}:${i + 100}`,
      ticketId: i + 1,
      commentId: i + 100,
      subject: `T${i}`,
      excerpt: '',
      authorId: 9,
    })),
  };
}

const answer = (r: Round, reviewerId: number, perItem: string[][], submitted = true): Answer => ({
  roundId: r.id,
  reviewerId,
  tags: Object.fromEntries(perItem.map((tags, i) => [r.items[i]?.key ?? '', tags])),
  submittedAt: submitted ? '2026-11-02T00:00:00Z' : null,
});

describe('roundResults', () => {
  it('per value is α on "has this value": Krippendorff (2011) example A read as one value gives 0.095', () => {
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    const r = round(10, [1, 2], ['own']);
    const results = roundResults(r, [
      answer(
        r,
        1,
        a.map((x) => (x ? ['own'] : [])),
      ),
      answer(
        r,
        2,
        b.map((x) => (x ? ['own'] : [])),
      ),
    ]);
    expect(results.perValue[0]?.alpha).toBeCloseTo(0.095, 3);
    expect(results.perValue[0]?.reading).toBe('poor');
    // One value only: the pooled figure is the same.
    expect(results.overall.alpha).toBeCloseTo(0.095, 3);
  });

  it('counts only submitted answers, and a reply left unanswered is missing data, not "none"', () => {
    const r = round(3, [1, 2, 3]);
    const results = roundResults(r, [
      answer(r, 1, [['own'], [], ['kind']]),
      answer(r, 2, [['own'], [], ['kind']]),
      answer(r, 3, [[], ['own'], []], false),
    ]);
    expect(results.reviewers).toEqual([1, 2]);
    expect(results.perValue.map((v) => v.alpha)).toEqual([1, 1]);
    const partial: Answer = { roundId: r.id, reviewerId: 3, tags: { '1:100': ['kind'] }, submittedAt: 'x' };
    const withPartial = roundResults(r, [answer(r, 1, [['own'], [], ['kind']]), answer(r, 2, [['own'], [], ['kind']]), partial]);
    expect(withPartial.items[0]?.item.key).toBe('1:100');
    expect(withPartial.items[0]?.answers.find((a) => a.reviewerId === 3)?.tags).toEqual(['kind']);
    expect(withPartial.items[1]?.answers.find((a) => a.reviewerId === 3)?.tags).toBeNull();
  });

  it('ranks the replies with most disagreement first, ties in round order', () => {
    const r = round(3, [1, 2, 3]);
    const results = roundResults(r, [
      answer(r, 1, [['own'], ['own', 'kind'], []]),
      answer(r, 2, [['own'], [], ['kind']]),
      answer(r, 3, [['own'], ['own'], []]),
    ]);
    expect(results.items.map((i) => i.item.ticketId)).toEqual([2, 3, 1]);
    // Reply 2: pairs (1,2) differ on 2 values, (1,3) on 1, (2,3) on 1 → 4/3.
    expect(results.items[0]?.disagreement).toBeCloseTo(4 / 3, 10);
    expect(results.items[2]?.disagreement).toBe(0);
  });

  it('identical answers with some variation agree perfectly on every value and overall', () => {
    fc.assert(
      fc.property(
        fc.array(fc.subarray(['own', 'kind']), { minLength: 2, maxLength: 8 }),
        fc.integer({ min: 2, max: 4 }),
        (perItem, reviewers) => {
          const r = round(
            perItem.length,
            Array.from({ length: reviewers }, (_, i) => i + 1),
          );
          const results = roundResults(
            r,
            r.reviewerIds.map((id) => answer(r, id, perItem)),
          );
          for (const v of results.perValue) {
            const column = perItem.map((tags) => tags.includes(v.tag));
            expect(v.alpha).toBe(new Set(column).size > 1 ? 1 : null);
          }
          if (results.overall.alpha !== null) expect(results.overall.alpha).toBe(1);
          expect(results.items.every((i) => i.disagreement === 0)).toBe(true);
        },
      ),
    );
  });

  it('does not depend on the order in which reviewers are listed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.subarray(['own', 'kind']), { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 3 }),
        (byReviewer) => {
          const r = round(4, [1, 2, 3]);
          const answers = byReviewer.map((tags, i) => answer(r, i + 1, tags));
          const a = roundResults(r, answers);
          const b = roundResults({ ...r, reviewerIds: [3, 1, 2] }, [...answers].reverse());
          expect(b.overall.alpha === null).toBe(a.overall.alpha === null);
          if (a.overall.alpha !== null) expect(b.overall.alpha).toBeCloseTo(a.overall.alpha, 10);
        },
      ),
    );
  });

  it("reads α with Krippendorff's thresholds and words the summary by value", () => {
    expect([0.8, 0.79, 0.667, 0.5, null].map(readAlpha)).toEqual(['good', 'tentative', 'tentative', 'poor', 'undefined']);
    const r = round(4, [1, 2]);
    const results = roundResults(r, [answer(r, 1, [['own'], ['kind'], [], ['own']]), answer(r, 2, [['own'], [], ['kind'], ['own']])]);
    expect(agreementSummary(results)).toEqual({ good: ['OWN'], tentative: [], poor: ['KIND'] });
  });

  it('lists closed rounds oldest first for convergence', () => {
    const r = round(2, [1, 2]);
    const a = { ...r, id: 'a', status: 'closed' as const, closedAt: '2026-11-09' };
    const b = { ...r, id: 'b', status: 'closed' as const, closedAt: '2026-11-02' };
    const open = { ...r, id: 'c' };
    const results = roundResults(r, []);
    expect(convergence([a, b, open].map((round) => ({ round, results }))).map((c) => c.id)).toEqual(['b', 'a']);
  });
});

describe('answerScope (blindness)', () => {
  const r = round(2, [1, 2, 3]);
  it('a reviewer reads only their own answer until they submit', () => {
    expect(answerScope(r, 2, false)).toBe('own');
    expect(answerScope(r, 2, true)).toBe('all');
  });
  it('everyone reads all once closed; the lead who is not a reviewer reads all; others only their own', () => {
    expect(answerScope({ ...r, status: 'closed' }, 2, false)).toBe('all');
    expect(answerScope(r, 1, false)).toBe('own');
    expect(answerScope({ ...r, createdBy: 7 }, 7, false)).toBe('all');
    expect(answerScope(r, 42, false)).toBe('own');
  });
  it('an answer is complete when every reply has a selection, "none" included', () => {
    expect(isComplete(r, { tags: { '1:100': [], '2:101': ['own'] } })).toBe(true);
    expect(isComplete(r, { tags: { '1:100': [] } })).toBe(false);
  });
});
