import type { HttpHandler } from 'msw';
import { appHandlers } from './handlers/apps';
import { customObjectHandlers } from './handlers/custom-objects';
import { groupHandlers } from './handlers/groups';
import { searchHandlers } from './handlers/search';
import { ticketFieldHandlers } from './handlers/ticket-fields';
import { ticketHandlers } from './handlers/tickets';
import { userHandlers } from './handlers/users';
import type { ZendeskStore } from './store';

/** Every Zendesk endpoint the double serves, over one store. Specific paths precede `:id` ones. */
export function createHandlers(store: ZendeskStore): HttpHandler[] {
  return [
    ...userHandlers(store),
    ...groupHandlers(store),
    ...ticketHandlers(store),
    ...ticketFieldHandlers(store),
    ...searchHandlers(store),
    ...customObjectHandlers(store),
    ...appHandlers(store),
  ];
}
