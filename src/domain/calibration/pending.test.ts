import { describe, expect, it } from 'vitest';
import { afterSave, pendingRounds, PENDING_TTL_MS, readPendingCache, repliesToAnswer, writePendingCache } from './pending';
import type { Answer, Round } from './round';

const round = (id: string, reviewerIds: number[], status: Round['status'] = 'open'): Round => ({
  id,
  title: `Round ${id}`,
  createdBy: 9,
  createdAt: '2026-12-01T08:00:00Z',
  status,
  closedAt: null,
  reviewerIds,
  values: [{ tag: 'vc_a', name: 'A' }],
  items: [
    { key: '10:1', ticketId: 10, commentId: 1, subject: 's', excerpt: 'e', authorId: 5 },
    { key: '10:2', ticketId: 10, commentId: 2, subject: 's', excerpt: 'e', authorId: 5 },
    { key: '11:3', ticketId: 11, commentId: 3, subject: 's', excerpt: 'e', authorId: 5 },
  ],
});
const now = new Date('2026-12-01T10:00:00Z');

describe('a reviewer’s pending rounds', () => {
  it('keeps open rounds this reviewer has not submitted, with what their draft answers', () => {
    const rounds = [round('r1', [1, 2]), round('r2', [1]), round('r3', [2]), round('r4', [1], 'closed')];
    const own: (Answer | null)[] = [
      { roundId: 'r1', reviewerId: 1, tags: { '10:1': [] }, submittedAt: null },
      { roundId: 'r2', reviewerId: 1, tags: {}, submittedAt: 'x' },
      null,
      null,
    ];
    const pending = pendingRounds(rounds, own, 1);
    expect(pending.map((p) => [p.round.id, p.answered])).toEqual([['r1', ['10:1']]]);
    expect(repliesToAnswer(pending, 10).map((p) => p.items.map((i) => i.key))).toEqual([['10:2']]);
    expect(repliesToAnswer(pending, 11).map((p) => p.items.map((i) => i.key))).toEqual([['11:3']]);
    expect(repliesToAnswer(pending, 12)).toEqual([]);
  });

  it('trusts the cached list only for the same user and for a week', () => {
    const text = writePendingCache(1, now, [{ round: round('r1', [1]), answered: [] }]);
    expect(readPendingCache(text, 1, new Date(now.getTime() + 60_000))).toHaveLength(1);
    expect(readPendingCache(text, 2, now)).toBeNull();
    expect(readPendingCache(text, 1, new Date(now.getTime() + PENDING_TTL_MS))).toBeNull();
    expect(readPendingCache(text, 1, new Date(now.getTime() - 1000))).toBeNull();
    expect(readPendingCache('garbage', 1, now)).toBeNull();
    expect(readPendingCache(null, 1, now)).toBeNull();
  });

  it('updates after a save (answered replies) and a submit (the round leaves the list)', () => {
    const pending = [{ round: round('r1', [1]), answered: [] }];
    const saved = afterSave(pending, { roundId: 'r1', reviewerId: 1, tags: { '10:1': ['vc_a'], '10:2': [] }, submittedAt: null });
    expect(repliesToAnswer(saved, 10)).toEqual([]);
    expect(afterSave(saved, { roundId: 'r1', reviewerId: 1, tags: {}, submittedAt: '2026-12-01T11:00:00Z' })).toEqual([]);
  });
});
