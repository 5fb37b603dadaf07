import { describe, expect, it } from 'vitest';
import {
  answerFields,
  answerFromRecord,
  EXCERPT_MAX,
  ROUND_MAX_ITEMS,
  roundExcerpt,
  roundFields,
  roundFits,
  roundFromRecord,
  SUBJECT_MAX,
} from './records';
import { latestAgentReply } from './sample';
import type { Round } from './round';

const round: Round = {
  id: 'vc-round-abc',
  title: 'November calibration',
  createdBy: 5,
  createdAt: '2026-11-01T00:00:00Z',
  status: 'open',
  closedAt: null,
  reviewerIds: [1, 22, 333],
  values: [{ tag: 'vc_own', name: 'Own it' }],
  items: [{ key: '7:70', ticketId: 7, commentId: 70, subject: 'Refund', excerpt: 'Done for you.', authorId: 9 }],
};

const asRecord = (name: string, externalId: string, fields: Record<string, unknown>) => ({
  name,
  external_id: externalId,
  created_by_user_id: '5',
  created_at: '2026-11-01T00:00:00Z',
  custom_object_fields: fields,
});

describe('calibration records', () => {
  it('a round survives its record, reviewer ids comma-wrapped for $contains searches', () => {
    const { name, fields } = roundFields(round);
    expect(fields.reviewer_ids).toBe(',1,22,333,');
    expect(roundFromRecord(asRecord(name, round.id, fields))).toEqual(round);
  });

  it('a record that is not a round we wrote is skipped, never guessed at', () => {
    expect(roundFromRecord(asRecord('x', 'vc-round-x', { status: 'open', payload: 'not json' }))).toBeNull();
    expect(roundFromRecord(asRecord('x', 'vc-round-x', { status: 'maybe', payload: '{"values":[],"items":[]}' }))).toBeNull();
    expect(roundFromRecord(asRecord('x', 'vc-round-x', { status: 'open', payload: '{"values":[],"items":[{"key":1}]}' }))).toBeNull();
  });

  it('an answer survives its record; "none" (empty list) stays distinct from "not answered"', () => {
    const answer = { roundId: round.id, reviewerId: 22, tags: { '7:70': [] }, submittedAt: null };
    const { name, fields } = answerFields(answer);
    expect(answerFromRecord(asRecord(name, 'x', fields))).toEqual(answer);
    expect(answerFromRecord(asRecord(name, 'x', { ...fields, tags: '[]' }))).toBeNull();
  });

  it('excerpts are cut at a word so a round of the most replies fits in a 32 KB record; longer scripts are caught', () => {
    const long = 'word '.repeat(400);
    const cut = roundExcerpt(long);
    expect(cut.length).toBeLessThanOrEqual(EXCERPT_MAX + 1);
    expect(cut.endsWith('word…')).toBe(true);
    const item = (excerpt: string, i: number) => ({
      ...round.items[0],
      key: `${i}:${i}`,
      excerpt,
      subject: roundExcerpt('s '.repeat(200), SUBJECT_MAX),
    });
    const items = Array.from({ length: ROUND_MAX_ITEMS }, (_, i) => item(cut, i)) as Round['items'];
    expect(roundFits({ ...round, items })).toBe(true);
    const japanese = roundExcerpt('返信です。'.repeat(200));
    const heavy = Array.from({ length: ROUND_MAX_ITEMS }, (_, i) => item(japanese, i)) as Round['items'];
    expect(roundFits({ ...round, items: heavy })).toBe(false);
  });
});

describe('latestAgentReply', () => {
  const ticket = { id: 7, subject: 'Refund', requesterId: 100 };
  const c = (id: number, authorId: number, at: string, isPublic = true) => ({
    id,
    authorId,
    public: isPublic,
    body: `reply ${id}`,
    createdAt: at,
  });
  it('picks the newest public comment by staff, never the requester or an internal note', () => {
    const staff = (id: number) => id < 100;
    const item = latestAgentReply(
      ticket,
      [c(1, 9, '2026-11-01'), c(2, 100, '2026-11-03'), c(3, 8, '2026-11-04', false), c(4, 9, '2026-11-02')],
      staff,
    );
    expect(item).toMatchObject({ key: '7:4', commentId: 4, authorId: 9, excerpt: 'reply 4' });
    expect(latestAgentReply(ticket, [c(2, 100, '2026-11-03')], staff)).toBeNull();
  });
});
