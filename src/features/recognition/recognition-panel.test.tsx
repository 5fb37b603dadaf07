// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from '../../domain/catalogue/default-catalogue';
import type { TicketSnapshot } from '../../domain/ticket';
import { renderWithServices } from '../../../test/support/render-app';
import { RecognitionPanel } from './recognition-panel';
import { recognitionsFor } from './recognition-model';

const RECORD = 360010002;
const line = (o: Record<string, unknown>) => JSON.stringify({ v: 1, op: 'add', at: '2026-11-16T15:00:00Z', ...o });

function ticket(record: string, withTaggerComment = true): TicketSnapshot {
  return {
    id: 1018,
    subject: 'Notifications arrive twice',
    description: '',
    priority: 'normal',
    status: 'solved',
    tags: [],
    comments: [
      {
        id: 1,
        authorId: 900,
        authorRole: 'end-user',
        public: true,
        body: 'Two of each!',
        authorName: 'Tom Harris',
        createdAt: '2026-11-15T09:00:00Z',
      },
      {
        id: 2,
        authorId: 361003,
        authorRole: 'agent',
        public: true,
        body: 'Found it: a duplicate push token after the upgrade. I removed it and filed the fix.',
        authorName: 'Jordan Lee',
        createdAt: '2026-11-16T14:55:00Z',
      },
      ...(withTaggerComment
        ? [{ id: 3, authorId: 361010, authorRole: 'admin' as const, public: false, body: 'Nice.', authorName: 'Sam Okafor' }]
        : []),
    ],
    customFields: { [RECORD]: record },
  };
}

const TAGGED = [
  line({ e: 'a', tag: 'vc_learn_out_loud', by: 361010, reply: 2, note: 'Found the duplicate token and filed the upgrade fix.' }),
  line({ e: 'b', tag: 'vc_own_the_outcome', by: 361010, reply: 2 }),
].join('\n');

describe('recognition for the agent whose reply was tagged', () => {
  it('says which reply, which values (joined the locale’s way) and who, by name, quoting the tagger’s note', () => {
    renderWithServices(<RecognitionPanel catalogue={DEFAULT_CATALOGUE} ticket={ticket(TAGGED)} recordFieldId={RECORD} />, {
      user: { id: 361003, name: 'Jordan Lee', role: 'agent' },
    });
    const card = screen.getByTestId('recognition');
    expect(card).toHaveTextContent('Your reply of Nov 16 was tagged Learn out loud and Own the outcome by Sam Okafor:');
    expect(card).toHaveTextContent('“Found the duplicate token and filed the upgrade fix.”');
    expect(card.querySelector('em')).toHaveTextContent('Learn out loud and Own the outcome');
  });

  it('never shows a user id: a tagger who is not in the conversation is "a reviewer"', () => {
    renderWithServices(<RecognitionPanel catalogue={DEFAULT_CATALOGUE} ticket={ticket(TAGGED, false)} recordFieldId={RECORD} />, {
      user: { id: 361003, name: 'Jordan Lee', role: 'agent' },
    });
    expect(screen.getByTestId('recognition')).toHaveTextContent('by a reviewer:');
    expect(screen.getByTestId('recognition')).not.toHaveTextContent('361010');
  });

  it('is for the reply’s author only, and forgets a tag that was removed', () => {
    const removed = `${TAGGED}\n${JSON.stringify({ v: 1, e: 'c', op: 'remove', tag: 'vc_learn_out_loud', by: 361010, at: '2026-11-17T09:00:00Z', ref: 'a' })}`;
    expect(recognitionsFor(ticket(TAGGED), 361001, RECORD, DEFAULT_CATALOGUE)).toEqual([]);
    const [only] = recognitionsFor(ticket(removed), 361003, RECORD, DEFAULT_CATALOGUE);
    expect(only?.values).toEqual(['Own the outcome']);
    // With no note left, the reply itself is quoted.
    expect(only?.quote).toMatch(/^Found it: a duplicate push token/);
    expect(recognitionsFor(ticket(TAGGED), 361003, null, DEFAULT_CATALOGUE)).toEqual([]);
  });
});
