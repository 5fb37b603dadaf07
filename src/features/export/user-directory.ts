import type { ZendeskApi } from '../../adapters/zendesk-api/zendesk-api';

/**
 * Names of the people an export mentions, fetched a page at a time (show_many, 100 ids a call)
 * as new ids appear, so rows can be written as they stream past without holding the tickets.
 * A look-up that fails leaves those people named by their id: a name is never worth a hung export.
 */
export function createUserDirectory(api: ZendeskApi) {
  const names = new Map<number, string>();
  return {
    async learn(ids: Iterable<number>) {
      const unknown = [...new Set(ids)].filter((id) => !names.has(id));
      if (unknown.length === 0) return;
      try {
        for (const user of await api.getUsers(unknown)) names.set(user.id, user.name);
      } catch {
        // Named by id below.
      }
      for (const id of unknown) if (!names.has(id)) names.set(id, String(id));
    },
    name: (id: number) => names.get(id) ?? String(id),
  };
}
