import type { HttpHandler } from 'msw';
import { apiErrors } from '../api-errors';
import type { ZendeskStore } from '../store';
import { errorResponse, idParam, json, route } from './route';

function parseIds(raw: string | null): number[] {
  return (raw ?? '')
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
}

export function userHandlers(store: ZendeskStore): HttpHandler[] {
  return [
    ...route(store, 'get', '/api/v2/users/me', () => json({ user: store.currentUser() })),
    ...route(store, 'get', '/api/v2/users/show_many', ({ url }) => {
      const ids = parseIds(url.searchParams.get('ids'));
      const users = ids.map((id) => store.findUser(id)).filter((u) => u !== undefined);
      return json({ users, next_page: null, previous_page: null, count: users.length });
    }),
    ...route(store, 'get', '/api/v2/users/:id/group_memberships', ({ params }) => {
      const userId = params.id === 'me' ? store.currentUserId() : idParam(params.id);
      if (userId === null || !store.findUser(userId)) return errorResponse(apiErrors.notFound());
      const group_memberships = store.groupMemberships().filter((m) => m.user_id === userId);
      return json({ group_memberships, next_page: null, previous_page: null, count: group_memberships.length });
    }),
    ...route(store, 'get', '/api/v2/users/:id/groups', ({ params }) => {
      const userId = params.id === 'me' ? store.currentUserId() : idParam(params.id);
      if (userId === null || !store.findUser(userId)) return errorResponse(apiErrors.notFound());
      const ids = store.groupIdsOf(userId);
      const groups = store.groups().filter((g) => ids.includes(g.id));
      return json({ groups, next_page: null, previous_page: null, count: groups.length });
    }),
    ...route(store, 'get', '/api/v2/users/:id', ({ params }) => {
      const id = idParam(params.id);
      const user = id === null ? undefined : store.findUser(id);
      return user ? json({ user }) : errorResponse(apiErrors.notFound());
    }),
  ];
}
