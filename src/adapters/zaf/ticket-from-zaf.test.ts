import { describe, expect, it } from 'vitest';
import { authorRoleOf, joinThread, ticketFromZaf } from './ticket-from-zaf';
import type { ZafComment, ZafConversationEntry } from './zaf-ticket-types';

const customer = { id: 1, name: 'Ana Customer', role: 'end-user' };
const agent = { id: 2, name: 'Priya Raman', role: 'agent' };

const comments: ZafComment[] = [
  { id: 11, value: '<p>My export &amp; invoices fail</p>', author: customer },
  { id: 12, value: '<p>I am on it.</p>', author: agent },
  { id: 13, value: '<p>Checked the logs.</p>', author: agent },
];
const conversation: ZafConversationEntry[] = [
  {
    author: customer,
    message: { content: '<p>My export &amp; invoices fail</p>' },
    timestamp: '2026-11-01T10:00:00Z',
    channel: { name: 'email' },
  },
  { author: agent, message: { content: '<p>I am on it.</p>' }, timestamp: '2026-11-01T11:00:00Z', channel: { name: 'web' } },
  { author: agent, message: { content: '<p>Checked the logs.</p>' }, timestamp: '2026-11-01T12:00:00Z', channel: { name: 'internal' } },
];

describe('joinThread', () => {
  it('takes order, time and public/internal from the conversation, and ids and authors from the comments', () => {
    expect(joinThread(comments, conversation)).toEqual([
      {
        id: 11,
        authorId: 1,
        authorRole: 'end-user',
        authorName: 'Ana Customer',
        public: true,
        body: 'My export & invoices fail',
        createdAt: '2026-11-01T10:00:00Z',
      },
      {
        id: 12,
        authorId: 2,
        authorRole: 'agent',
        authorName: 'Priya Raman',
        public: true,
        body: 'I am on it.',
        createdAt: '2026-11-01T11:00:00Z',
      },
      {
        id: 13,
        authorId: 2,
        authorRole: 'agent',
        authorName: 'Priya Raman',
        public: false,
        body: 'Checked the logs.',
        createdAt: '2026-11-01T12:00:00Z',
      },
    ]);
  });

  it('does not depend on either list being in the same order', () => {
    const joined = joinThread([...comments].reverse(), [...conversation].reverse());
    expect(joined.map((c) => c.id)).toEqual([11, 12, 13]);
  });

  it('joins two identical texts by the same author one to one', () => {
    const twice: ZafComment[] = [
      { id: 21, value: '<p>Thanks!</p>', author: agent },
      { id: 22, value: '<p>Thanks!</p>', author: agent },
    ];
    const entries = [
      { author: agent, message: { content: 'Thanks!' }, timestamp: '2026-11-01T10:00:00Z', channel: { name: 'web' } },
      { author: agent, message: { content: 'Thanks!' }, timestamp: '2026-11-01T11:00:00Z', channel: { name: 'web' } },
    ];
    expect(joinThread(twice, entries).map((c) => c.id)).toEqual([21, 22]);
  });

  it('keeps conversation entries without a comment as text, and never offers an unmatched comment as a public reply', () => {
    const joined = joinThread(
      [{ id: 31, value: '<p>Only in comments</p>', author: agent }],
      [
        {
          author: { name: 'Bot', role: 'system' },
          message: { content: 'Chat started' },
          timestamp: '2026-11-01T09:00:00Z',
          channel: { name: 'chat' },
        },
      ],
    );
    expect(joined).toEqual([
      { authorRole: 'system', authorName: 'Bot', public: true, body: 'Chat started', createdAt: '2026-11-01T09:00:00Z' },
      { id: 31, authorId: 2, authorRole: 'agent', authorName: 'Priya Raman', public: false, body: 'Only in comments' },
    ]);
  });

  it('without the conversation (an older host), keeps the comments as private text', () => {
    expect(joinThread(comments, null).every((c) => !c.public && c.createdAt === undefined)).toBe(true);
  });
});

describe('ticketFromZaf', () => {
  it('maps the ticket, its people and the custom fields into the domain snapshot', () => {
    const snapshot = ticketFromZaf({
      ticket: {
        id: 7,
        subject: 'Export fails',
        description: 'desc',
        status: 'open',
        priority: 'urgent',
        tags: ['a'],
        via: { channel: 'email' },
      },
      comments,
      conversation,
      requester: customer,
      assignee: { user: agent },
      customFields: { 100: ['vc_x'], 200: null },
    });
    expect(snapshot).toMatchObject({
      id: 7,
      subject: 'Export fails',
      status: 'open',
      priority: 'urgent',
      tags: ['a'],
      channel: 'email',
      requesterId: 1,
      assigneeId: 2,
      customFields: { 100: ['vc_x'], 200: null },
      satisfaction: null,
    });
    expect(snapshot.comments).toHaveLength(3);
  });

  it('reads unknown statuses and priorities as absent rather than guessing', () => {
    const snapshot = ticketFromZaf({
      ticket: { id: 8, status: 'archived', priority: 'p1' },
      comments: [],
      conversation: [],
      requester: null,
      assignee: null,
      customFields: {},
    });
    expect(snapshot.status).toBeUndefined();
    expect(snapshot.priority).toBeNull();
    expect(snapshot.assigneeId).toBeNull();
  });

  it('maps roles: custom role names are agents, missing roles are the system', () => {
    expect([authorRoleOf('end-user'), authorRoleOf('admin'), authorRoleOf('Team lead'), authorRoleOf(undefined)]).toEqual([
      'end-user',
      'admin',
      'agent',
      'system',
    ]);
  });
});
