import { readFileSync } from 'node:fs';
import { DEFAULT_CATALOGUE } from '../../src/domain/catalogue/default-catalogue';
import { noteText } from '../../src/features/tagging/note-text';
import { createTranslator, flattenMessages } from '../../src/i18n/translator';
import { htmlToText, textToHtml } from '../../test/mocks/html-text';
import type {
  Audit,
  AuditEvent,
  Comment,
  SatisfactionRating,
  Ticket,
  TicketPriority,
  TicketStatus,
  TicketType,
} from '../../test/mocks/world';
import { F } from './ids';
import { users } from './people';

export interface Message {
  by: number;
  /** Minutes after the ticket was created. */
  at: number;
  text: string;
  isPublic?: boolean;
  /** Raw HTML as the email arrived (plain text is derived from it). */
  html?: string;
}

export type TagEvent =
  | { op: 'add'; e: string; tag: string; by: number; at: number; reply: number; note: string }
  | { op: 'remove'; e: string; tag: string; by: number; at: number; ref: string };

export interface TicketSpec {
  id: number;
  subject: string;
  requester: number;
  assignee: number | null;
  group: number | null;
  status: TicketStatus;
  priority: TicketPriority | null;
  type: TicketType | null;
  channel: 'email' | 'web' | 'chat';
  created: string;
  area?: string;
  rating?: SatisfactionRating;
  tags?: string[];
  thread: Message[];
  /** `reply` is an index into `thread` (an agent's public reply). */
  tagEvents?: TagEvent[];
}

const english = flattenMessages(JSON.parse(readFileSync(new URL('../../translations/en.json', import.meta.url), 'utf8')));
/** The app's own words for a tag's internal note (the tagger's language: the seed people are English speakers). */
const i18n = createTranslator('en', english, english);
const nameOf = (id: number) => users.find((u) => u.id === id)?.name ?? String(id);

const ids = { comment: 5_000_001, audit: 7_000_001, event: 8_000_001 };

function iso(base: string, minutes: number): string {
  return new Date(Date.parse(base) + minutes * 60_000).toISOString().replace('.000Z', 'Z');
}

function audit(ticketId: number, authorId: number, at: string, channel: string, events: Omit<AuditEvent, 'id'>[]): Audit {
  return {
    id: ids.audit++,
    ticket_id: ticketId,
    author_id: authorId,
    created_at: at,
    via: { channel },
    metadata: { system: {}, custom: {} },
    events: events.map((e) => ({ id: ids.event++, ...e })),
  };
}

/** Builds a ticket as Zendesk would hold it after the conversation and the app's tag events. */
export function buildTicket(spec: TicketSpec): { ticket: Ticket; comments: Comment[]; audits: Audit[] } {
  const comments: Comment[] = spec.thread.map((m, i) => {
    const plain = m.html ? htmlToText(m.html) : m.text;
    return {
      id: ids.comment++,
      type: 'Comment',
      author_id: m.by,
      body: plain,
      html_body: m.html ?? textToHtml(m.text),
      plain_body: plain,
      public: m.isPublic ?? true,
      created_at: iso(spec.created, m.at),
      via: { channel: i === 0 ? spec.channel : m.by === spec.requester ? spec.channel : 'web' },
    };
  });
  const first = comments[0];
  if (!first) throw new Error(`Ticket ${spec.id} needs a first message`);
  const audits: Audit[] = [
    audit(spec.id, spec.requester, first.created_at, spec.channel, [
      { type: 'Comment', body: first.body, public: true, author_id: spec.requester },
      { type: 'Create', field_name: 'status', value: 'new' },
      { type: 'Create', field_name: 'subject', value: spec.subject },
    ]),
  ];

  let values: string[] = [];
  const lines: string[] = [];
  for (const event of spec.tagEvents ?? []) {
    const at = iso(spec.created, event.at);
    const previousValues = values;
    const previousRecord = lines.length ? lines.join('\n') : null;
    const extra: Omit<AuditEvent, 'id'>[] = [];
    if (event.op === 'add') {
      const reply = comments[event.reply];
      if (!reply) throw new Error(`Ticket ${spec.id}: no reply #${event.reply}`);
      values = [...values, event.tag];
      lines.push(JSON.stringify({ v: 1, e: event.e, op: 'add', tag: event.tag, by: event.by, at, reply: reply.id, note: event.note }));
      // The note the app writes for this tag (its marker keeps the suggestion from reading it as evidence).
      const text = noteText(
        { op: 'add', adds: [{ tag: event.tag, eventId: event.e }], replyId: reply.id, note: event.note, by: event.by, at },
        DEFAULT_CATALOGUE,
        nameOf(event.by),
        i18n,
        { authorName: nameOf(reply.author_id), createdAt: reply.created_at },
      );
      const note: Comment = {
        id: ids.comment++,
        type: 'Comment',
        author_id: event.by,
        body: text,
        html_body: textToHtml(text),
        plain_body: text,
        public: false,
        created_at: at,
        via: { channel: 'api' },
      };
      comments.push(note);
      extra.push({ type: 'Comment', body: text, public: false, author_id: event.by });
    } else {
      values = values.filter((v) => v !== event.tag);
      lines.push(JSON.stringify({ v: 1, e: event.e, op: 'remove', tag: event.tag, by: event.by, at, ref: event.ref }));
    }
    audits.push(
      audit(spec.id, event.by, at, 'api', [
        ...extra,
        { type: 'Change', field_name: String(F.values), value: values, previous_value: previousValues },
        { type: 'Change', field_name: String(F.record), value: lines.join('\n'), previous_value: previousRecord },
      ]),
    );
  }
  comments.sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id);
  const lastActivity = Math.max(...comments.map((c) => Date.parse(c.created_at)), ...audits.map((a) => Date.parse(a.created_at)));
  const updated = new Date(lastActivity + 60_000).toISOString().replace('.000Z', 'Z');
  const tags = [...new Set([...(spec.tags ?? []), ...(spec.area ? [spec.area] : []), ...values])];
  const ticket: Ticket = {
    id: spec.id,
    subject: spec.subject,
    description: first.plain_body,
    status: spec.status,
    priority: spec.priority,
    type: spec.type,
    requester_id: spec.requester,
    assignee_id: spec.assignee,
    group_id: spec.group,
    tags,
    custom_fields: [
      { id: F.values, value: values },
      { id: F.record, value: lines.length ? lines.join('\n') : null },
      { id: F.productArea, value: spec.area ?? null },
    ],
    satisfaction_rating: spec.rating ?? { score: 'unoffered' },
    via: { channel: spec.channel },
    created_at: first.created_at,
    updated_at: updated,
  };
  return { ticket, comments, audits };
}
