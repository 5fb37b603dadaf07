import type { HttpHandler } from 'msw';
import { apiErrors } from '../api-errors';
import type { ZendeskStore } from '../store';
import { errorResponse, idParam, json, route } from './route';

/** Installation settings written through the Apps API, per store (the double serves one app installation). */
const installations = new WeakMap<ZendeskStore, Map<number, Record<string, unknown>>>();

/** The settings an installation holds after the writes so far (what the next app load would receive). */
export function installationSettings(store: ZendeskStore, id = 1): Record<string, unknown> {
  return installations.get(store)?.get(id) ?? {};
}

/**
 * `PUT /api/v2/apps/installations/{id}.json` `{ settings }`: admins only; the given settings are
 * merged into the installation's, and the installation is answered.
 */
export function appHandlers(store: ZendeskStore): HttpHandler[] {
  return [
    ...route(store, 'put', '/api/v2/apps/installations/:id', ({ params, body }) => {
      const id = idParam(params.id);
      if (id === null) return errorResponse(apiErrors.notFound());
      if (store.currentUser().role !== 'admin') return errorResponse(apiErrors.forbidden());
      const settings = (body as { settings?: unknown } | undefined)?.settings;
      if (typeof settings !== 'object' || settings === null || Array.isArray(settings))
        return errorResponse(apiErrors.invalidParameter('settings is required'));
      const byId = installations.get(store) ?? new Map<number, Record<string, unknown>>();
      installations.set(store, byId);
      const merged = { ...(byId.get(id) ?? {}), ...(settings as Record<string, unknown>) };
      byId.set(id, merged);
      return json({ id, app_id: 1, enabled: true, settings: merged });
    }),
  ];
}
