import { activeTags } from '../tagging/active-tags';
import { parseRecord } from '../tagging/tag-record';
import type { TagEvent } from '../tagging/tag-event';
import { fieldTags } from '../tagging/field-tags';

/** The columns of an export, in order. Headers are translated by the UI. */
export const EXPORT_COLUMNS = [
  'ticketId',
  'ticketUrl',
  'subject',
  'status',
  'assignee',
  'group',
  'value',
  'valueTag',
  'taggedBy',
  'taggedAt',
  'replyCommentId',
  'replyExcerpt',
  'note',
  'satisfaction',
] as const;

export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** One tag event on one ticket: what leads export and what the dashboard aggregates. */
export interface ExportRow {
  ticketId: number;
  ticketUrl: string;
  subject: string;
  status: string;
  assigneeId: number | null;
  assignee: string;
  groupId: number | null;
  group: string;
  value: string;
  valueTag: string;
  taggedById: number | null;
  taggedBy: string;
  /** ISO time of the tag; null when unknown (a tag set without a record, read from the field). */
  taggedAt: string | null;
  replyCommentId: number | null;
  /** Who wrote the tagged reply, when the record says: the agent the tag celebrates. */
  replyAuthorId?: number | null;
  replyExcerpt: string;
  note: string;
  satisfaction: string;
}

/** The parts of a Zendesk ticket an export row needs (the REST adapter's ticket type fits). */
export interface ExportableTicket {
  id: number;
  subject: string | null;
  status: string;
  assignee_id: number | null;
  group_id: number | null;
  updated_at: string;
  custom_fields: { id: number; value: unknown }[];
  satisfaction_rating?: { score?: string } | null;
}

export interface RowContext {
  valuesFieldId: number;
  recordFieldId: number | null;
  catalogueByTag: ReadonlyMap<string, string>;
  userName(id: number): string;
  groupName(id: number): string;
  ticketUrl(id: number): string;
  replyExcerpt?(ticketId: number, commentId: number): string | undefined;
  /** Tag events read elsewhere (ticket audits) for exports without a record field. */
  events?: readonly TagEvent[];
}

const EXCERPT_LENGTH = 200;

export function excerpt(text: string | undefined): string {
  if (!text) return '';
  const flat = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH - 1)}…` : flat;
}

function fieldValue(ticket: ExportableTicket, id: number | null): unknown {
  if (id === null) return null;
  return ticket.custom_fields.find((f) => f.id === id)?.value ?? null;
}

/**
 * One row per tag that is in force on the ticket: the record's active add events (who, when,
 * which reply, note), plus any tag in the values field that no event explains (set by hand, or
 * no record field), which is exported with an unknown tagger and time rather than dropped.
 */
export function exportRowsForTicket(ticket: ExportableTicket, ctx: RowContext): ExportRow[] {
  const events = ctx.events ?? parseRecord(fieldValue(ticket, ctx.recordFieldId) as string | null).events;
  const active = activeTags(events);
  const inField = new Set(fieldTags(fieldValue(ticket, ctx.valuesFieldId)));
  const base = {
    ticketId: ticket.id,
    ticketUrl: ctx.ticketUrl(ticket.id),
    subject: ticket.subject ?? '',
    status: ticket.status,
    assigneeId: ticket.assignee_id,
    assignee: ticket.assignee_id === null ? '' : ctx.userName(ticket.assignee_id),
    groupId: ticket.group_id,
    group: ticket.group_id === null ? '' : ctx.groupName(ticket.group_id),
    satisfaction: ticket.satisfaction_rating?.score ?? '',
  };
  const rows: ExportRow[] = active.map((event) => ({
    ...base,
    value: ctx.catalogueByTag.get(event.tag) ?? event.tag,
    valueTag: event.tag,
    taggedById: event.by,
    taggedBy: ctx.userName(event.by),
    taggedAt: event.at,
    replyCommentId: event.reply,
    replyAuthorId: event.author ?? null,
    replyExcerpt: event.reply === null ? '' : excerpt(ctx.replyExcerpt?.(ticket.id, event.reply)),
    note: event.note ?? '',
  }));
  const explained = new Set(active.map((e) => e.tag));
  for (const tag of inField) {
    if (explained.has(tag)) continue;
    rows.push({
      ...base,
      value: ctx.catalogueByTag.get(tag) ?? tag,
      valueTag: tag,
      taggedById: null,
      taggedBy: '',
      taggedAt: null,
      replyCommentId: null,
      replyExcerpt: '',
      note: '',
    });
  }
  return rows;
}
