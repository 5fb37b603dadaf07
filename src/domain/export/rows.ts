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
  'replyAuthor',
  'replyExcerpt',
  'note',
  'satisfaction',
  'recordState',
  'counted',
  'ticketUpdatedAt',
] as const;

/**
 * Added after EXPORT_COLUMNS when the export checks each line against the ticket's history
 * ("check against ticket history", CLI `--verify`; ADR 0050): `verified` true/false (empty: not a
 * record line, or the history could not be read) and `auditAt`, the time of the audit that wrote it.
 */
export const VERIFY_COLUMNS = ['verified', 'auditAt'] as const;

export type ExportColumn = (typeof EXPORT_COLUMNS)[number] | (typeof VERIFY_COLUMNS)[number];

/** The columns of an export, with or without the history check: the leads page and the CLI both use this. */
export function exportColumns(verify: boolean): ExportColumn[] {
  return verify ? [...EXPORT_COLUMNS, ...VERIFY_COLUMNS] : [...EXPORT_COLUMNS];
}

/** A record line's check against the ticket's audits, as the rows need it (see verifyRecord). */
export interface RowCheck {
  verified: boolean;
  /** The time of the audit that first wrote the line; null when none did. */
  at: string | null;
}

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
  /** Who wrote the tagged reply, as recorded: the agent the tag credits. Null when not recorded (never guessed). */
  replyAuthorId: number | null;
  /** The reply author's name; empty when unknown. */
  replyAuthor: string;
  replyExcerpt: string;
  note: string;
  satisfaction: string;
  /** Whether the value is on the ticket, and how we know (ADR 0015). */
  recordState: RecordState;
  /**
   * 1 for the row the leads page counts: the first tag, in the range, of one reply exemplifying one
   * value (in-field rows only); 0 for further tags of the same reply and value, and for rows not
   * counted at all. Summing this column gives the page's total.
   */
  counted: 0 | 1;
  /**
   * Only when the ticket's history was checked (ADR 0050): whether an audit by the line's tagger, at
   * about its time, wrote it. An unverified row is counted in no figure. Absent: not checked.
   */
  verified?: boolean;
  /** Only when checked: the time of the audit that wrote the line (null: no audit did). */
  auditAt?: string | null;
  /**
   * The ticket's last update (ISO): the date Zendesk's search counts by, so the leads page's
   * whole-range ticket counts (ADR 0055) can be reproduced from a full export.
   */
  ticketUpdatedAt: string;
}

/**
 * `in-field`: a record add whose value is in the multi-select field (the truth for "is this value on
 * this ticket"). `removed-outside-app`: a record add whose value is no longer in the field (removed by
 * hand, a trigger or a macro): not counted. `no-record-line`: a value in the field that no record line
 * explains (set outside the app): its time is unknown, so it is not counted in any figure.
 */
export type RecordState = 'in-field' | 'removed-outside-app' | 'no-record-line';

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
  /**
   * The ticket's record lines checked against its audits, by event id (ADR 0050). A verified line is
   * dated by its audit (`taggedAt` = the audit's time); a line without an entry was not checked.
   */
  checks?: ReadonlyMap<string, RowCheck>;
}

const EXCERPT_LENGTH = 200;
const SPACE = /\s/;

/**
 * The first 200 characters of a reply, tags dropped and white space collapsed. One pass that stops
 * once it has enough: a 2 MB comment of `<` (no tag ever closes) costs one scan, not one per `<`.
 */
export function excerpt(text: string | undefined): string {
  if (!text) return '';
  let out = '';
  let pendingSpace = false;
  let closesAhead = true; // false once no `>` is left: every later `<` is then plain text
  for (let i = 0; i < text.length && out.length <= EXCERPT_LENGTH; i++) {
    const char = text[i]!;
    if (char === '<' && closesAhead) {
      const close = text.indexOf('>', i + 1);
      if (close === -1) closesAhead = false;
      else {
        pendingSpace = out.length > 0;
        i = close;
        continue;
      }
    }
    if (SPACE.test(char)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += char;
  }
  return out.length > EXCERPT_LENGTH ? `${out.slice(0, EXCERPT_LENGTH - 1)}…` : out;
}

function checkColumns(check: RowCheck | undefined): Pick<ExportRow, 'verified' | 'auditAt'> {
  return check ? { verified: check.verified, auditAt: check.at } : {};
}

/** A verified line is dated by its audit: the audit's time is the truth for weeks and badges. */
function checkedTime(check: RowCheck | undefined): string | null {
  return check?.verified ? check.at : null;
}

function fieldValue(ticket: ExportableTicket, id: number | null): unknown {
  if (id === null) return null;
  return ticket.custom_fields.find((f) => f.id === id)?.value ?? null;
}

/**
 * One row per tag event in force on the ticket: the record's active add events (who, when, which
 * reply, note), marked `removed-outside-app` when the field no longer holds the value; plus any
 * value in the field that no event explains (set outside the app, or no record field), exported
 * with an unknown tagger and time rather than dropped. `counted` is left 0: `tagRowsForTicket`
 * decides it once the rows are in a range.
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
    ticketUpdatedAt: ticket.updated_at,
  };
  const rows: ExportRow[] = active.map((event) => ({
    ...base,
    ...checkColumns(ctx.checks?.get(event.e)),
    value: ctx.catalogueByTag.get(event.tag) ?? event.tag,
    valueTag: event.tag,
    taggedById: event.by,
    taggedBy: ctx.userName(event.by),
    taggedAt: checkedTime(ctx.checks?.get(event.e)) ?? event.at,
    replyCommentId: event.reply,
    replyAuthorId: event.author ?? null,
    replyAuthor: event.author === undefined ? '' : ctx.userName(event.author),
    replyExcerpt: event.reply === null ? '' : excerpt(ctx.replyExcerpt?.(ticket.id, event.reply)),
    note: event.note ?? '',
    recordState: inField.has(event.tag) ? 'in-field' : 'removed-outside-app',
    counted: 0,
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
      replyAuthorId: null,
      replyAuthor: '',
      replyExcerpt: '',
      note: '',
      recordState: 'no-record-line',
      counted: 0,
    });
  }
  return rows;
}
