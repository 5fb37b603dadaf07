import type { HttpHandler } from 'msw';
import type { ZendeskStore } from '../store';
import { json, route } from './route';

export function groupHandlers(store: ZendeskStore): HttpHandler[] {
  return [
    ...route(store, 'get', '/api/v2/groups', () => {
      const groups = store.groups();
      return json({ groups, next_page: null, previous_page: null, count: groups.length });
    }),
    ...route(store, 'get', '/api/v2/group_memberships', () => {
      const group_memberships = store.groupMemberships();
      return json({ group_memberships, next_page: null, previous_page: null, count: group_memberships.length });
    }),
  ];
}
