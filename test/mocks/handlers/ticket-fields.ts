import type { HttpHandler } from 'msw';
import { apiErrors } from '../api-errors';
import type { ZendeskStore } from '../store';
import { errorResponse, idParam, json, route } from './route';

export function ticketFieldHandlers(store: ZendeskStore): HttpHandler[] {
  return [
    ...route(store, 'get', '/api/v2/ticket_fields', () => {
      const ticket_fields = store.fields();
      return json({ ticket_fields, next_page: null, previous_page: null, count: ticket_fields.length });
    }),
    ...route(store, 'get', '/api/v2/ticket_fields/:id/options', ({ params }) => {
      const id = idParam(params.id);
      const field = id === null ? undefined : store.findField(id);
      if (!field) return errorResponse(apiErrors.notFound());
      const options = field.custom_field_options ?? [];
      return json({ custom_field_options: options, next_page: null, previous_page: null, count: options.length });
    }),
    ...route(store, 'post', '/api/v2/ticket_fields/:id/options', ({ params, body }) => {
      const id = idParam(params.id);
      if (id === null) return errorResponse(apiErrors.notFound());
      const input = (body as { custom_field_option?: { name?: unknown; value?: unknown } } | undefined)?.custom_field_option;
      if (!input) return errorResponse(apiErrors.invalidParameter('custom_field_option is required'));
      const result = store.addFieldOption(id, input);
      if (!result.ok) return errorResponse(result.error);
      return json({ custom_field_option: result.option }, result.created ? 201 : 200);
    }),
    ...route(store, 'get', '/api/v2/ticket_fields/:id', ({ params }) => {
      const id = idParam(params.id);
      const field = id === null ? undefined : store.findField(id);
      return field ? json({ ticket_field: field }) : errorResponse(apiErrors.notFound());
    }),
  ];
}
