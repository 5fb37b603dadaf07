import { useEffect, useState } from 'react';
import { useServices } from '../../services/services';
import { commentText } from '../../adapters/zendesk-api/mappers';
import { excerpt } from '../../domain/export/rows';
import type { FeedEntry } from '../../domain/dashboard/feed';

/**
 * The feed shows what each tagged reply said: one comments request per ticket in the feed (at
 * most a dozen), read once the page is shown. Failures leave the excerpt out; the notes remain.
 */
export function useReplyExcerpts(entries: FeedEntry[]): Map<number, string> {
  const { api } = useServices();
  const [excerpts, setExcerpts] = useState<Map<number, string>>(new Map());
  const key = entries.map((e) => `${e.ticketId}:${e.replyCommentId}`).join(',');

  useEffect(() => {
    let alive = true;
    const tickets = [...new Set(entries.filter((e) => e.replyCommentId !== null).map((e) => e.ticketId))];
    void Promise.all(
      tickets.map(async (ticketId) => {
        try {
          return (await api.getComments(ticketId)).comments;
        } catch {
          return [];
        }
      }),
    ).then((lists) => {
      if (!alive) return;
      const found = new Map<number, string>();
      for (const comment of lists.flat()) found.set(comment.id, excerpt(commentText(comment)));
      setExcerpts(found);
    });
    return () => {
      alive = false;
    };
    // The key captures the entries' identity; the array itself changes on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key]);

  return excerpts;
}
