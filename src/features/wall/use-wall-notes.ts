import { useCallback, useState } from 'react';
import type { WallNote } from '../../domain/wall/note';
import type { WallQuery } from '../../domain/wall/wall-query';
import { useRecordsApi } from '../../services/records-api';
import { useAsync } from '../../ui/use-async';
import { foldLanded, loadNotesPage, type NotesPage } from './load-notes';
import type { Landed } from './wall-writer';

/**
 * The Wall's notes for a query: the first page (100, newest first) at once, each further page only
 * when asked for, appended without reloading what is shown (2,000 notes are 20 requests, never a freeze).
 */
export function useWallNotes(query: WallQuery) {
  const api = useRecordsApi();
  const resource = useAsync(
    (): Promise<NotesPage> => loadNotesPage(api, query, null),
    [api, query.valueTag, query.month, query.includeHidden],
  );
  const { update, state } = resource;
  const [more, setMore] = useState<{ busy: boolean; error: unknown }>({ busy: false, error: null });

  const next = state.status === 'ready' ? state.data.next : null;
  const loadMore = useCallback(async () => {
    if (!next) return;
    setMore({ busy: true, error: null });
    try {
      const page = await loadNotesPage(api, query, next);
      update((data) => {
        const seen = new Set(data.notes.map((n) => n.id));
        return { notes: [...data.notes, ...page.notes.filter((n) => !seen.has(n.id))], next: page.next };
      });
      setMore({ busy: false, error: null });
    } catch (error) {
      setMore({ busy: false, error });
    }
  }, [api, query, next, update]);

  const belongs = useCallback(
    (n: WallNote) => (query.valueTag === null || n.valueTag === query.valueTag) && (query.includeHidden || !n.hidden),
    [query.valueTag, query.includeHidden],
  );
  const onLanded = useCallback(
    ({ noteId, record }: Landed) => update((data) => ({ ...data, notes: foldLanded(data.notes, noteId, record, belongs) })),
    [update, belongs],
  );

  return { ...resource, loadMore, more, onLanded, belongs };
}
