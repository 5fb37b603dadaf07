import type { ZafPort } from '../zaf/zaf-port';
import { send, defaultRetryPolicy, type RetryPolicy } from './send';
import { arrayOf, num, object, optional, nullable, str } from './shapes';

const membershipsPage = object({
  group_memberships: arrayOf(object({ user_id: num, group_id: num })),
  next_page: optional(nullable(str)),
});

/** Pages of group memberships read at most (100 each): enough for 5,000 memberships. */
const MAX_PAGES = 50;

/**
 * The ids of everyone in a group: in Zendesk every agent and admin belongs to at least one group, so
 * this is the staff list (who may be asked to review) without listing every end user.
 */
export async function staffIds(port: ZafPort, policy: RetryPolicy = defaultRetryPolicy): Promise<number[]> {
  return [...(await staffGroups(port, policy)).keys()].sort((a, b) => a - b);
}

/** Everyone in a group, with the groups they belong to (user id → group ids), read as staffIds reads it. */
export async function staffGroups(port: ZafPort, policy: RetryPolicy = defaultRetryPolicy): Promise<Map<number, number[]>> {
  const groups = new Map<number, number[]>();
  let url: string | null = '/api/v2/group_memberships.json?per_page=100';
  for (let page = 0; url && page < MAX_PAGES; page++) {
    const body: { group_memberships: { user_id: number; group_id: number }[]; next_page?: string | null } = await send(
      port,
      { url, method: 'GET' },
      membershipsPage,
      policy,
    );
    for (const m of body.group_memberships) {
      const of = groups.get(m.user_id) ?? [];
      if (!of.includes(m.group_id)) of.push(m.group_id);
      groups.set(m.user_id, of);
    }
    url = body.next_page ? body.next_page.replace(/^https?:\/\/[^/]+/, '') : null;
  }
  return groups;
}
