import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useServices } from '../../services/services';
import type { ZdTicket } from '../../adapters/zendesk-api/zendesk-types';
import type { AppSettings } from '../../domain/settings/app-settings';
import { splitByOwner, type OutboxEntry } from '../../domain/tagging/outbox';
import type { TagChange } from '../../domain/tagging/tag-change';
import type { ReplyFacts } from './commit-tag-change';
import { createOutboxStore } from './outbox-store';
import { createTagSender } from './tag-sender';

/** While changes wait, we try again this often (and at once when the browser is back online). */
const FLUSH_EVERY_MS = 30_000;

interface Options {
  settings: AppSettings;
  replyOf: (ticketId: number, replyId: number | null) => ReplyFacts | undefined;
  noteFor: (change: TagChange, reply?: ReplyFacts) => string | undefined;
  /** A change landed on `ticketId` (which may be another ticket than the one on screen). */
  onLanded: (ticketId: number, ticket: ZdTicket) => void;
}

/**
 * The tag sender as React state: the signed-in user's pending changes (of every ticket) are flushed
 * on load, when the browser comes back online and every 30 s, and shown until they land or the user
 * discards them. Other people's queued changes are only counted: never sent, shown or discarded here.
 */
export function useTagWriter({ settings, replyOf, noteFor, onLanded }: Options) {
  const { api, storage, user } = useServices();
  const outbox = useMemo(() => createOutboxStore(storage), [storage]);
  const snapshot = useCallback(() => {
    const { mine, othersCount } = splitByOwner(outbox.entries(), user.id);
    return { pending: mine, othersCount, corrupt: outbox.corrupt() };
  }, [outbox, user.id]);
  // One read of storage per change, not per render.
  const [state, setState] = useState(snapshot);
  const callbacks = useRef({ noteFor, onLanded, replyOf });
  useEffect(() => {
    callbacks.current = { noteFor, onLanded, replyOf };
  });

  const sender = useMemo(
    () =>
      // The sender calls these later, when a change lands, never during render: the latest callbacks are read then.
      // eslint-disable-next-line react-hooks/refs
      createTagSender({
        api,
        outbox,
        settings,
        noteFor: (change, reply) => callbacks.current.noteFor(change, reply),
        onLanded: (ticketId, ticket) => callbacks.current.onLanded(ticketId, ticket),
        replyOf: (ticketId, replyId) => callbacks.current.replyOf(ticketId, replyId),
        actor: { user: { id: user.id, role: user.role, groupIds: user.groups.map((g) => g.id) }, settings },
      }),
    [api, outbox, settings, user],
  );

  const refresh = useCallback(() => setState(snapshot()), [snapshot]);

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

  const retry = useCallback(
    async (entry: OutboxEntry) => {
      await sender.retry(entry);
      refresh();
    },
    [refresh, sender],
  );

  const discard = useCallback(
    (entry: OutboxEntry) => {
      if (entry.userId !== user.id) return;
      outbox.remove(entry);
      refresh();
    },
    [outbox, refresh, user.id],
  );

  useEffect(() => {
    // Flushing the outbox on mount is the effect; its result reaches state when the sends settle.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void flush();
    const online = () => void flush();
    window.addEventListener('online', online);
    const timer = window.setInterval(() => {
      if (splitByOwner(outbox.entries(), user.id).mine.some((entry) => entry.held === undefined)) void flush();
    }, FLUSH_EVERY_MS);
    return () => {
      window.removeEventListener('online', online);
      window.clearInterval(timer);
    };
  }, [flush, outbox, user.id]);

  return { ...state, persistent: outbox.persistent, submit, flush, retry, discard };
}
