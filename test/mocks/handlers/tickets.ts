import type { HttpHandler } from 'msw';
import { apiErrors } from '../api-errors';
import type { TicketUpdateInput, ZendeskStore } from '../store';
import { cursorPage } from './cursor-page';
import { errorResponse, idParam, json, route } from './route';

/** Shape checks up front, so a malformed body is a Zendesk-style 400 rather than a thrown error. */
function ticketInput(body: unknown): TicketUpdateInput | null {
  if (typeof body !== 'object' || body === null) return null;
  const ticket = (body as { ticket?: unknown }).ticket;
  if (typeof ticket !== 'object' || ticket === null) return null;
  const { tags, custom_fields, comment } = ticket as Record<string, unknown>;
  if (tags !== undefined && !Array.isArray(tags)) return null;
  if (custom_fields !== undefined && (!Array.isArray(custom_fields) || custom_fields.some((f) => typeof f !== 'object' || f === null))) {
    return null;
  }
  if (comment !== undefined && (typeof comment !== 'object' || comment === null)) return null;
  return ticket;
}

export function ticketHandlers(store: ZendeskStore): HttpHandler[] {
  return [
    ...route(store, 'get', '/api/v2/tickets/show_many', ({ url }) => {
      const ids = (url.searchParams.get('ids') ?? '').split(',').map(Number);
      const tickets = ids.map((id) => store.findTicket(id)).filter((t) => t !== undefined);
      return json({ tickets, next_page: null, previous_page: null, count: tickets.length });
    }),
    ...route(store, 'get', '/api/v2/tickets/:id/comments', ({ params, url }) => {
      const id = idParam(params.id);
      if (id === null || !store.findTicket(id)) return errorResponse(apiErrors.notFound());
      return cursorPage('comments', store.comments(id), url, store.now().getTime());
    }),
    ...route(store, 'get', '/api/v2/tickets/:id/audits', ({ params, url }) => {
      const id = idParam(params.id);
      if (id === null || !store.findTicket(id)) return errorResponse(apiErrors.notFound());
      return cursorPage('audits', store.audits(id), url, store.now().getTime());
    }),
    ...route(store, 'get', '/api/v2/tickets/:id', ({ params }) => {
      const id = idParam(params.id);
      const ticket = id === null ? undefined : store.findTicket(id);
      return ticket ? json({ ticket }) : errorResponse(apiErrors.notFound());
    }),
    ...route(store, 'put', '/api/v2/tickets/:id', ({ params, body }) => {
      const id = idParam(params.id);
      if (id === null) return errorResponse(apiErrors.notFound());
      const input = ticketInput(body);
      if (!input)
        return errorResponse(
          apiErrors.invalidParameter('The request body must be {"ticket": {...}} with array tags/custom_fields and an object comment'),
        );
      const result = store.updateTicket(id, input);
      return result.ok ? json({ ticket: result.ticket, audit: result.audit }) : errorResponse(result.error);
    }),
  ];
}
