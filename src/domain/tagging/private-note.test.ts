import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from '../catalogue/default-catalogue';
import { privateNoteFor } from './private-note';
import { addChange, AT, removeChange } from './test-factories';

describe('privateNoteFor', () => {
  it('names the values, the reply and the note for an add', () => {
    const change = addChange(
      [
        ['vc_own_the_outcome', 'e1'],
        ['vc_gone', 'e2'],
      ],
      { note: ' Great follow-up ' },
    );
    expect(privateNoteFor(change, DEFAULT_CATALOGUE)).toEqual({
      op: 'add',
      by: 1,
      at: AT,
      replyId: 10,
      reply: null,
      note: 'Great follow-up',
      values: [
        { tag: 'vc_own_the_outcome', name: 'Own the outcome' },
        { tag: 'vc_gone', name: null },
      ],
    });
  });
  it('carries who wrote the tagged reply and when, for a note people can follow without ids', () => {
    const change = addChange([['vc_own_the_outcome', 'e1']]);
    const note = privateNoteFor(change, DEFAULT_CATALOGUE, { authorName: 'Jordan Lee', createdAt: '2026-11-16T14:55:00Z' });
    expect(note).toMatchObject({ replyId: 10, reply: { authorName: 'Jordan Lee', createdAt: '2026-11-16T14:55:00Z' } });
    expect(privateNoteFor({ ...change, replyId: null }, DEFAULT_CATALOGUE, { authorName: 'Jordan Lee' })).toMatchObject({ reply: null });
  });
  it('lists each removed value once', () => {
    const change = removeChange([
      ['vc_lead_with_empathy', 'a', 'r1'],
      ['vc_lead_with_empathy', 'b', 'r2'],
    ]);
    expect(privateNoteFor(change, DEFAULT_CATALOGUE)).toEqual({
      op: 'remove',
      by: 1,
      at: AT,
      values: [{ tag: 'vc_lead_with_empathy', name: 'Lead with empathy' }],
    });
  });
});
