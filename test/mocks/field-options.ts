import { apiErrors, type ApiError, type ErrorDetails } from './api-errors';
import type { FieldOption, TicketField } from './world';

export type OptionPlan = { ok: true; option: FieldOption; created: boolean } | { ok: false; error: ApiError };

/**
 * `POST /api/v2/ticket_fields/:id/options` creates an option, or renames the one that already has
 * that tag: Zendesk keeps tags unique per field, so a retried POST must not add a duplicate.
 */
export function upsertFieldOption(field: TicketField, input: { name?: unknown; value?: unknown }, nextId: () => number): OptionPlan {
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  const value = typeof input.value === 'string' ? input.value.trim() : '';
  const details: ErrorDetails = {};
  if (!name) details.name = [{ description: 'Name: cannot be blank', error: 'BlankValue' }];
  if (!value || /\s/.test(value)) details.value = [{ description: 'Tag: is invalid', error: 'InvalidValue' }];
  if (Object.keys(details).length > 0) return { ok: false, error: apiErrors.recordInvalid(details) };
  const options = (field.custom_field_options ??= []);
  const existing = options.find((o) => o.value === value);
  if (existing) {
    existing.name = name;
    existing.raw_name = name;
    return { ok: true, option: existing, created: false };
  }
  const option: FieldOption = { id: nextId(), name, raw_name: name, value, position: options.length };
  options.push(option);
  return { ok: true, option, created: true };
}
