import { useCallback } from 'react';
import { commentText } from '../../adapters/zendesk-api/mappers';
import type { FeedEntry } from '../../domain/dashboard/feed';
import { excerpt } from '../../domain/export/rows';
import { useServices } from '../../services/services';
import { useAsync } from '../../ui/use-async';

const NONE = new Map<number, string>();

/**
 * The feed shows what each tagged reply said: one comments request per ticket in the feed (at
 * most a dozen), read once the page is shown. Failures leave the excerpt out; the notes remain.
 */
export function useReplyExcerpts(entries: readonly Pick<FeedEntry, 'ticketId' | 'replyCommentId'>[]): Map<number, string> {
  const { api } = useServices();
  const tickets = [...new Set(entries.filter((e) => e.replyCommentId !== null).map((e) => e.ticketId))];
  const key = tickets.join(',');
  const load = useCallback(
    async (signal: AbortSignal) => {
      const ids = key === '' ? [] : key.split(',').map(Number);
      const lists = await Promise.all(
        ids.map((id) =>
          api.getComments(id).then(
            (r) => r.comments,
            () => [],
          ),
        ),
      );
      const found = new Map<number, string>();
      for (const comment of lists.flat()) {
        if (signal.aborted) break;
        found.set(comment.id, excerpt(commentText(comment)));
      }
      return found;
    },
    [api, key],
  );
  const { state } = useAsync(load, [api, key]);
  return state.status === 'ready' ? state.data : NONE;
}
