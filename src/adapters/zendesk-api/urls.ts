/** The only place that knows Zendesk's API paths. Relative: the host page adds the account's origin. */
const base = '/api/v2';

export const urls = {
  me: () => `${base}/users/me.json`,
  usersShowMany: (ids: number[]) => `${base}/users/show_many.json?ids=${ids.join(',')}`,
  groups: () => `${base}/groups.json`,
  ticket: (id: number) => `${base}/tickets/${id}.json`,
  ticketComments: (id: number, cursor?: string) =>
    `${base}/tickets/${id}/comments.json?page[size]=100${cursor ? `&page[after]=${encodeURIComponent(cursor)}` : ''}`,
  ticketAudits: (id: number, cursor?: string) =>
    `${base}/tickets/${id}/audits.json?page[size]=100${cursor ? `&page[after]=${encodeURIComponent(cursor)}` : ''}`,
  ticketField: (id: number) => `${base}/ticket_fields/${id}.json`,
  ticketFieldOptions: (id: number) => `${base}/ticket_fields/${id}/options.json`,
  searchExport: (query: string, pageSize: number, cursor?: string | null) => {
    const params = new URLSearchParams({ query, 'filter[type]': 'ticket', 'page[size]': String(pageSize) });
    if (cursor) params.set('page[after]', cursor);
    return `${base}/search/export.json?${params}`;
  },
  appInstallation: (id: number) => `${base}/apps/installations/${id}.json`,
  searchCount: (query: string) => `${base}/search/count.json?${new URLSearchParams({ query })}`,
};
