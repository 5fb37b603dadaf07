import { describe, expect, it } from 'vitest';
import { exportRowsForTicket, type ExportableTicket } from './rows';
import { tagEventsFromAudits } from './audit-events';

const ctx = {
  valuesFieldId: 1,
  recordFieldId: 2,
  catalogueByTag: new Map([
    ['vc_a', 'Value A'],
    ['vc_b', 'Value B'],
  ]),
  userName: (id: number) => `user ${id}`,
  groupName: (id: number) => `group ${id}`,
  ticketUrl: (id: number) => `https://acme.zendesk.com/agent/tickets/${id}`,
};

function ticket(fields: { values: unknown; record?: string }): ExportableTicket {
  return {
    id: 9,
    subject: 'Subject',
    status: 'solved',
    assignee_id: 7,
    group_id: 3,
    updated_at: '2026-11-20T00:00:00Z',
    custom_fields: [
      { id: 1, value: fields.values },
      { id: 2, value: fields.record ?? null },
    ],
    satisfaction_rating: { score: 'good' },
  };
}

const line = (o: Record<string, unknown>) => JSON.stringify({ v: 1, ...o });

describe('exportRowsForTicket', () => {
  it('makes one row per active tag event, skipping removed ones and malformed lines', () => {
    const record = [
      line({ e: 'a1', op: 'add', tag: 'vc_a', by: 5, at: '2026-11-20T10:00:00Z', reply: 44, note: 'great' }),
      'not json at all',
      line({ e: 'b1', op: 'add', tag: 'vc_b', by: 6, at: '2026-11-20T11:00:00Z', reply: null }),
      line({ e: 'b2', op: 'remove', tag: 'vc_b', by: 6, at: '2026-11-20T12:00:00Z', ref: 'b1' }),
    ].join('\n');
    const rows = exportRowsForTicket(ticket({ values: ['vc_a'], record }), ctx);
    expect(rows).toEqual([
      expect.objectContaining({
        ticketId: 9,
        value: 'Value A',
        valueTag: 'vc_a',
        taggedBy: 'user 5',
        taggedAt: '2026-11-20T10:00:00Z',
        replyCommentId: 44,
        note: 'great',
        assignee: 'user 7',
        group: 'group 3',
        satisfaction: 'good',
      }),
    ]);
  });

  it('carries the reply author from the record, so leads credit the agent who wrote the reply', () => {
    const record = line({ e: 'a1', op: 'add', tag: 'vc_a', by: 5, at: '2026-11-20T10:00:00Z', reply: 44, author: 8 });
    expect(exportRowsForTicket(ticket({ values: ['vc_a'], record }), ctx)[0]).toMatchObject({ replyAuthorId: 8, assigneeId: 7 });
  });

  it('keeps tags in the field that no event explains, with an unknown tagger, and unknown tags raw', () => {
    const rows = exportRowsForTicket(ticket({ values: ['vc_a', 'vc_gone'] }), { ...ctx, recordFieldId: null });
    expect(rows.map((r) => [r.value, r.taggedBy, r.taggedAt])).toEqual([
      ['Value A', '', null],
      ['vc_gone', '', null],
    ]);
  });
});

describe('tagEventsFromAudits', () => {
  it('turns changes of the values field into add and remove events', () => {
    const audits = [
      {
        id: 2,
        author_id: 6,
        created_at: '2026-11-21T00:00:00Z',
        events: [{ id: 21, type: 'Change', field_name: '1', value: ['vc_b'], previous_value: ['vc_a', 'vc_b'] }],
      },
      {
        id: 1,
        author_id: 5,
        created_at: '2026-11-20T00:00:00Z',
        events: [
          { id: 11, type: 'Change', field_name: '1', value: ['vc_a', 'vc_b'], previous_value: [] },
          { id: 12, type: 'Change', field_name: '99', value: 'x', previous_value: '' },
        ],
      },
    ];
    const events = tagEventsFromAudits(audits, 1);
    expect(events.map((e) => [e.op, e.tag, e.by])).toEqual([
      ['add', 'vc_a', 5],
      ['add', 'vc_b', 5],
      ['remove', 'vc_a', 6],
    ]);
    const rows = exportRowsForTicket(ticket({ values: ['vc_b'] }), { ...ctx, recordFieldId: null, events });
    expect(rows.map((r) => [r.valueTag, r.taggedBy])).toEqual([['vc_b', 'user 5']]);
  });
});
