import type { HttpHandler } from 'msw';
import { apiErrors } from '../api-errors';
import type { TicketUpdateInput, ZendeskStore } from '../store';
import { cursorPage } from './cursor-page';
import { errorResponse, idParam, json, route } from './route';

function ticketInput(body: unknown): TicketUpdateInput | null {
  if (typeof body !== 'object' || body === null) return null;
  const ticket = (body as { ticket?: unknown }).ticket;
  return typeof ticket === 'object' && ticket !== null ? (ticket as TicketUpdateInput) : null;
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
      if (!input) return errorResponse(apiErrors.invalidParameter('The request body must be {"ticket": {...}}'));
      const result = store.updateTicket(id, input);
      return result.ok ? json({ ticket: result.ticket, audit: result.audit }) : errorResponse(result.error);
    }),
  ];
}
