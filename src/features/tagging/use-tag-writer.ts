import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useServices } from '../../services/services';
import type { ZdTicket } from '../../adapters/zendesk-api/zendesk-types';
import type { AppSettings } from '../../domain/settings/app-settings';
import type { OutboxEntry } from '../../domain/tagging/outbox';
import type { TagChange } from '../../domain/tagging/tag-change';
import type { TaggedReply } from '../../domain/tagging/permissions';
import { createOutboxStore } from './outbox-store';
import { createTagSender } from './tag-sender';

/** While changes wait, we try again this often (and at once when the browser is back online). */
const FLUSH_EVERY_MS = 30_000;

interface Options {
  settings: AppSettings;
  replyOf: (ticketId: number, replyId: number | null) => TaggedReply | undefined;
  noteFor: (change: TagChange) => string | undefined;
  onLanded: (ticket: ZdTicket) => void;
}

/**
 * The tag sender as React state: pending changes (of every ticket) are flushed on load, when the
 * browser comes back online and every 30 s, and shown until they land or the user discards them.
 */
export function useTagWriter({ settings, replyOf, noteFor, onLanded }: Options) {
  const { api, storage, user } = useServices();
  const outbox = useMemo(() => createOutboxStore(storage), [storage]);
  // One read of storage per change, not per render.
  const [state, setState] = useState(() => ({ pending: outbox.entries(), corrupt: outbox.corrupt() }));
  const callbacks = useRef({ noteFor, onLanded, replyOf });
  callbacks.current = { noteFor, onLanded, replyOf };

  const sender = useMemo(
    () =>
      createTagSender({
        api,
        outbox,
        settings,
        noteFor: (change) => callbacks.current.noteFor(change),
        onLanded: (ticket) => callbacks.current.onLanded(ticket),
        replyOf: (ticketId, replyId) => callbacks.current.replyOf(ticketId, replyId),
        actor: { user: { id: user.id, role: user.role, groupIds: user.groups.map((g) => g.id) }, settings },
      }),
    [api, outbox, settings, user],
  );

  const refresh = useCallback(() => setState({ pending: outbox.entries(), corrupt: outbox.corrupt() }), [outbox]);

  const submit = useCallback(
    async (ticketId: number, change: TagChange) => {
      const done = sender.submit(ticketId, change);
      refresh();
      const outcome = await done;
      refresh();
      return outcome;
    },
    [refresh, sender],
  );

  const flush = useCallback(async () => {
    await sender.flush();
    refresh();
  }, [refresh, sender]);

  const discard = useCallback(
    (entry: OutboxEntry) => {
      outbox.remove(entry);
      refresh();
    },
    [outbox, refresh],
  );

  useEffect(() => {
    void flush();
    const online = () => void flush();
    window.addEventListener('online', online);
    const timer = window.setInterval(() => {
      if (outbox.entries().length > 0) void flush();
    }, FLUSH_EVERY_MS);
    return () => {
      window.removeEventListener('online', online);
      window.clearInterval(timer);
    };
  }, [flush, outbox]);

  return { pending: state.pending, corrupt: state.corrupt, submit, flush, discard };
}
