import type { ZendeskStore } from './store';

export interface ForgedLine {
  e: string;
  tag: string;
  /** Who the line claims tagged. */
  by: number;
  /** When the line claims it was tagged. */
  at: string;
  reply: number | null;
  author?: number;
  note?: string;
}

/**
 * Appends a record line (and selects its value) through the API as `asUser`, the way someone with
 * API access could: the ticket's audit then says who really wrote it and when (issue 8 item 12).
 */
export function forgeRecordLine(
  store: ZendeskStore,
  ticketId: number,
  asUser: number,
  line: ForgedLine,
  fields: { valuesFieldId: number; recordFieldId: number },
): void {
  const ticket = store.ticket(ticketId);
  const value = (id: number) => ticket.custom_fields.find((f) => f.id === id)?.value ?? null;
  const record = typeof value(fields.recordFieldId) === 'string' ? (value(fields.recordFieldId) as string) : '';
  const values = Array.isArray(value(fields.valuesFieldId)) ? (value(fields.valuesFieldId) as string[]) : [];
  const text = JSON.stringify({ v: 1, op: 'add', ...line });
  const result = store.writeAs(asUser, ticketId, {
    custom_fields: [
      { id: fields.valuesFieldId, value: [...new Set([...values, line.tag])] },
      { id: fields.recordFieldId, value: record ? `${record}\n${text}` : text },
    ],
  });
  if (!result.ok) throw new Error(`The forged write to ticket ${ticketId} was refused: ${JSON.stringify(result.error)}`);
}
