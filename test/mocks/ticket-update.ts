import { apiErrors, type ApiError, type ErrorDetails } from './api-errors';
import type { CustomFieldValue, Ticket, TicketField } from './world';

/** The part of `PUT /api/v2/tickets/:id`'s `ticket` object the store understands. */
export interface TicketUpdateInput {
  custom_fields?: { id: number; value: unknown }[];
  tags?: string[];
  comment?: { body?: string; html_body?: string; public?: boolean };
  safe_update?: boolean | string;
  updated_stamp?: string;
}

export interface FieldChange {
  field_name: string;
  value: unknown;
  previous_value: unknown;
}

export type UpdatePlan =
  { ok: true; custom_fields: CustomFieldValue[]; tags: string[]; changes: FieldChange[] } | { ok: false; error: ApiError };

/** What Zendesk is reported to accept in a text field (65,535 characters); not documented. */
export const TEXT_FIELD_MAX_CHARS = 65_535;

function optionTags(field: TicketField): string[] {
  return (field.custom_field_options ?? []).map((o) => o.value);
}

function sameTime(a: string, b: string): boolean {
  const [x, y] = [Date.parse(a), Date.parse(b)];
  return Number.isNaN(x) || Number.isNaN(y) ? a === b : x === y;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * Decides an update without touching the ticket: validation first (closed, stale stamp, bad
 * option tags), then the new custom fields and tags, keeping multi-select options mirrored in
 * `tags` the way Zendesk does (a tag set directly also selects its option).
 */
export function planTicketUpdate(ticket: Ticket, input: TicketUpdateInput, fields: (id: number) => TicketField | undefined): UpdatePlan {
  if (ticket.status === 'closed') return { ok: false, error: apiErrors.closedTicket() };
  const isSafe = input.safe_update === true || input.safe_update === 'true';
  if (isSafe && (input.updated_stamp === undefined || !sameTime(input.updated_stamp, ticket.updated_at))) {
    return { ok: false, error: apiErrors.updateConflict() };
  }
  let tags = [...ticket.tags];
  const values = new Map(ticket.custom_fields.map((f) => [f.id, f.value]));
  const multiselects = ticket.custom_fields.map((f) => fields(f.id)).filter((f): f is TicketField => f?.type === 'multiselect');

  if (input.tags) {
    tags = [...new Set(input.tags.map(String))];
    for (const field of multiselects) {
      values.set(
        field.id,
        optionTags(field).filter((tag) => tags.includes(tag)),
      );
    }
  }

  const details: ErrorDetails = {};
  for (const { id, value } of input.custom_fields ?? []) {
    const field = fields(Number(id));
    // Zendesk ignores ids that are not ticket fields; so does the double.
    if (!field) continue;
    if (field.type === 'multiselect') {
      const wanted = value === null || value === undefined ? [] : Array.isArray(value) ? value.map(String) : [String(value)];
      const known = optionTags(field);
      const unknown = wanted.filter((tag) => !known.includes(tag));
      if (unknown.length > 0) {
        details[String(field.id)] = unknown.map((tag) => ({
          description: `${field.title}: ${tag} is not a valid option`,
          error: 'InvalidValue',
        }));
        continue;
      }
      tags = tags.filter((tag) => !known.includes(tag));
      const unique = [...new Set(wanted)];
      tags.push(...unique);
      values.set(field.id, unique);
    } else {
      // Reported (undocumented) limit of Zendesk's text fields; the app's own cap stays below it.
      if (typeof value === 'string' && value.length > TEXT_FIELD_MAX_CHARS)
        return { ok: false, error: apiErrors.valueTooLong(field.title) };
      values.set(field.id, value === undefined ? null : (value as CustomFieldValue['value']));
    }
  }
  if (Object.keys(details).length > 0) return { ok: false, error: apiErrors.recordInvalid(details) };

  const changes: FieldChange[] = [];
  const custom_fields = ticket.custom_fields.map((f) => ({ id: f.id, value: f.value }));
  for (const [id, value] of values) {
    const existing = custom_fields.find((f) => f.id === id);
    if (existing && sameValue(existing.value, value)) continue;
    changes.push({ field_name: String(id), value, previous_value: existing?.value ?? null });
    if (existing) existing.value = value;
    else custom_fields.push({ id, value });
  }
  if (!sameValue([...ticket.tags].sort(), [...tags].sort())) {
    changes.push({ field_name: 'tags', value: tags, previous_value: ticket.tags });
  }
  return { ok: true, custom_fields, tags, changes };
}
