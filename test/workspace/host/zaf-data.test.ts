import { describe, expect, it } from 'vitest';
import world from '../../fixtures/world.json';
import { createZendeskStore } from '../../mocks/store';
import type { World } from '../../mocks/world';
import { markTicket, PathError, ticketEvents, zafGet } from './zaf-data';

const VALUES = 360010001;
const RECORD = 360010002;
const store = () => createZendeskStore(world as unknown as World);

describe('the workspace answers ZAF client.get paths from the store', () => {
  it('ticket: the agent interface ticket object, camelCase, people as objects', () => {
    const s = store();
    const t = s.ticket(1002);
    const answer = zafGet(s, 'ticket', 1002) as Record<string, unknown>;
    expect(answer).toMatchObject({
      id: 1002,
      subject: t.subject,
      status: t.status,
      priority: t.priority,
      tags: t.tags,
      updatedAt: t.updated_at,
    });
    expect(answer.requester).toMatchObject({ id: t.requester_id, role: 'end-user' });
    expect(answer).not.toHaveProperty('custom_fields');
  });

  it('ticket.comments: id, HTML value and author with name and role; no time, no public flag', () => {
    const s = store();
    const comments = zafGet(s, 'ticket.comments', 1002) as Record<string, unknown>[];
    const first = s.comments(1002)[0]!;
    expect(comments).toHaveLength(s.comments(1002).length);
    const author = s.users().find((u) => u.id === first.author_id)!;
    expect(comments[0]).toMatchObject({
      id: first.id,
      value: first.html_body,
      author: { id: author.id, name: author.name, role: author.role },
    });
    expect(comments[0]).not.toHaveProperty('created_at');
    expect(comments[0]).not.toHaveProperty('public');
  });

  it('ticket.conversation: author, message.content, timestamp, channel.name (internal for private notes); no id', () => {
    const s = store();
    s.addComment(1002, 361001, 'A private note', false);
    const conversation = zafGet(s, 'ticket.conversation', 1002) as {
      channel: { name: string };
      timestamp: string;
      message: { content: string };
    }[];
    const last = conversation.at(-1)!;
    expect(last.channel.name).toBe('internal');
    expect(last.message.content).toContain('A private note');
    expect(last.timestamp).toBe(s.comments(1002).at(-1)!.created_at);
    expect(conversation[0]!.channel.name).not.toBe('internal');
    expect(conversation[0]).not.toHaveProperty('id');
  });

  it('ticket.requester and ticket.assignee', () => {
    const s = store();
    const t = s.ticket(1002);
    expect(zafGet(s, 'ticket.requester', 1002)).toMatchObject({ id: t.requester_id });
    expect(zafGet(s, 'ticket.assignee', 1002)).toMatchObject({ user: { id: t.assignee_id, role: 'agent' }, group: { id: t.group_id } });
  });

  it('ticket.customField:custom_field_<id>: the value (an array for a multi-select), null when empty', () => {
    const s = store();
    s.updateTicket(1002, { custom_fields: [{ id: VALUES, value: ['vc_own_the_outcome'] }] });
    expect(zafGet(s, `ticket.customField:custom_field_${VALUES}`, 1002)).toEqual(['vc_own_the_outcome']);
    expect(zafGet(s, `ticket.customField:custom_field_${RECORD}`, 1006)).toBeNull();
  });

  it('currentUser: id, name, role, locale and groups', () => {
    const s = store();
    expect(zafGet(s, 'currentUser', undefined)).toMatchObject({
      id: 361001,
      name: 'Priya Raman',
      role: 'agent',
      groups: [{ id: 360001 }, { id: 360003 }],
    });
  });

  it('answers ticket paths only where a ticket is open, and unknown paths with an error', () => {
    const s = store();
    expect(() => zafGet(s, 'ticket', undefined)).toThrow(PathError);
    expect(() => zafGet(s, 'ticket.nonsense', 1002)).toThrow(PathError);
  });
});

describe('the workspace fires ZAF ticket events from store changes', () => {
  it('a customer reply: ticket.comments.changed and ticket.conversation.changed with the new lists, and ticket.updated', () => {
    const s = store();
    const mark = markTicket(s, 1002);
    s.addComment(1002, s.ticket(1002).requester_id, 'Any news?', true);
    const events = ticketEvents(s, 1002, mark);
    expect(events.map((e) => e.name)).toEqual(['ticket.comments.changed', 'ticket.conversation.changed', 'ticket.updated']);
    expect((events[0]!.data as unknown[]).length).toBe(s.comments(1002).length);
    expect((events[1]!.data as { message: { content: string } }[]).at(-1)!.message.content).toContain('Any news?');
    expect(events[2]!.data).toMatchObject({ id: 1002, updatedAt: s.ticket(1002).updated_at });
  });

  it('another agent sets a field: ticket.custom_field_<id>.changed with the new value, and ticket.updated', () => {
    const s = store();
    const mark = markTicket(s, 1002);
    s.setCurrentUserId(361002);
    s.updateTicket(1002, { custom_fields: [{ id: VALUES, value: ['vc_lead_with_empathy'] }] });
    const events = ticketEvents(s, 1002, mark);
    expect(events.map((e) => e.name)).toEqual([`ticket.custom_field_${VALUES}.changed`, 'ticket.updated']);
    expect(events[0]!.data).toEqual(['vc_lead_with_empathy']);
    expect(events[1]!.data).toMatchObject({ id: 1002 });
  });

  it('nothing changed: no event', () => {
    const s = store();
    expect(ticketEvents(s, 1002, markTicket(s, 1002))).toEqual([]);
  });
});
