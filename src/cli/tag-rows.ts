import type { ZdTicket } from '../adapters/zendesk-api/zendesk-types';
import { exportRowsForTicket, type ExportRow, type RowContext } from '../domain/export/rows';
import { activeTags } from '../domain/tagging/active-tags';
import { fieldTags } from '../domain/tagging/field-tags';
import { parseRecord } from '../domain/tagging/tag-record';

/** An export row as the leads page makes it, plus what a warehouse needs to de-duplicate and group. */
export interface CliRow extends ExportRow {
  /** The tag event's id from the record; `field:<ticket>:<tag>` for a value set without one. */
  eventId: string;
  /** The names of every value in force on the ticket. */
  ticketValues: string[];
}

function customField(ticket: ZdTicket, id: number): unknown {
  return ticket.custom_fields?.find((f) => f.id === id)?.value ?? null;
}

/**
 * The one place the command line turns a ticket into rows, with the leads page's domain code
 * (`exportRowsForTicket`): one row per tag in force. Its rows come in the order of the record's
 * active add events, then the field's unexplained tags, which is how each row gets its event id.
 */
export function tagRowsForTicket(ticket: ZdTicket, ctx: RowContext): CliRow[] {
  const rows = exportRowsForTicket(ticket, ctx);
  const active = activeTags(parseRecord(customField(ticket, ctx.recordFieldId ?? 0) as string | null).events);
  const names = new Map<string, string>();
  for (const row of rows) names.set(row.valueTag, row.value);
  const ticketValues = [...new Set([...fieldTags(customField(ticket, ctx.valuesFieldId)), ...active.map((e) => e.tag)])].map(
    (tag) => names.get(tag) ?? ctx.catalogueByTag.get(tag) ?? tag,
  );
  return rows.map((row, i) => {
    const event = active[i];
    // A verified row is dated by its audit, so the line is matched by position and tag, not time.
    const fromEvent = event !== undefined && event.tag === row.valueTag && row.recordState !== 'no-record-line';
    return { ...row, eventId: fromEvent ? event.e : `field:${row.ticketId}:${row.valueTag}`, ticketValues };
  });
}

/** What the people and group lookups and the value names give the row builder. */
export function rowContext(input: {
  valuesFieldId: number;
  recordFieldId: number;
  catalogueByTag: ReadonlyMap<string, string>;
  userName: (id: number) => string;
  groupName: (id: number) => string;
  baseUrl: string;
}): RowContext {
  return {
    valuesFieldId: input.valuesFieldId,
    recordFieldId: input.recordFieldId,
    catalogueByTag: input.catalogueByTag,
    userName: input.userName,
    groupName: input.groupName,
    ticketUrl: (id) => `${input.baseUrl}/agent/tickets/${id}`,
  };
}

/** The people a page mentions (assignees, taggers and the replies' authors), so their names are known before its rows are written. */
export function peopleOnPage(tickets: readonly ZdTicket[], recordFieldId: number): number[] {
  const ids: number[] = [];
  for (const ticket of tickets) {
    if (ticket.assignee_id) ids.push(ticket.assignee_id);
    for (const event of parseRecord(customField(ticket, recordFieldId) as string | null).events) {
      ids.push(event.by);
      if ('author' in event && typeof event.author === 'number') ids.push(event.author);
    }
  }
  return ids;
}
