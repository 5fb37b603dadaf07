import { useCallback, useEffect, useState } from 'react';
import { useServices } from '../../services/services';
import type { TicketSnapshot } from '../../domain/ticket';
import { toTicketSnapshot } from '../../adapters/zendesk-api/mappers';
import type { ZdComment, ZdTicket, ZdUser } from '../../adapters/zendesk-api/zendesk-types';

export interface TicketData {
  ticket: ZdTicket;
  comments: ZdComment[];
  users: Map<number, ZdUser>;
  snapshot: TicketSnapshot;
  /** The thread was longer than we read (very long tickets are read in part). */
  truncated: boolean;
}

export type TicketDataState =
  { kind: 'loading' } | { kind: 'ready'; data: TicketData; refreshing: boolean } | { kind: 'failed'; error: unknown };

/**
 * The open ticket, its conversation and the people in it, read once and again whenever Zendesk
 * says the conversation changed. The location shares it with the features that need it.
 */
export function useTicketData(ticketId: number | undefined): TicketDataState & { reload(): void; replaceTicket(ticket: ZdTicket): void } {
  const { api } = useServices();
  const [state, setState] = useState<TicketDataState>({ kind: 'loading' });
  const [revision, setRevision] = useState(0);
  const reload = useCallback(() => setRevision((r) => r + 1), []);
  const { port } = useServices();

  useEffect(() => port.onTicketChange(reload), [port, reload]);

  useEffect(() => {
    if (ticketId === undefined) {
      setState({ kind: 'failed', error: new Error('No ticket in this location') });
      return undefined;
    }
    let alive = true;
    setState((previous) => (previous.kind === 'ready' ? { ...previous, refreshing: true } : { kind: 'loading' }));
    (async () => {
      const [ticket, thread] = await Promise.all([api.getTicket(ticketId), api.getComments(ticketId)]);
      const users = new Map((await api.getUsers(thread.comments.map((c) => c.author_id))).map((u) => [u.id, u]));
      const snapshot = toTicketSnapshot(ticket, thread.comments, users);
      return { ticket, comments: thread.comments, users, snapshot, truncated: thread.truncated };
    })().then(
      (data) => alive && setState({ kind: 'ready', data, refreshing: false }),
      (error: unknown) => alive && setState({ kind: 'failed', error }),
    );
    return () => {
      alive = false;
    };
  }, [api, ticketId, revision]);

  /** After our own write: Zendesk answered with the saved ticket, so no need to read it again. */
  const replaceTicket = useCallback((ticket: ZdTicket) => {
    setState((previous) => {
      if (previous.kind !== 'ready') return previous;
      const { comments, users } = previous.data;
      return { ...previous, data: { ...previous.data, ticket, snapshot: toTicketSnapshot(ticket, comments, users) } };
    });
  }, []);

  return { ...state, reload, replaceTicket };
}
