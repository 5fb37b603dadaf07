import { useCallback, useEffect, useMemo } from 'react';
import { useServices } from '../../services/services';
import type { TicketSnapshot } from '../../domain/ticket';
import { customFieldsOf } from '../../adapters/zendesk-api/mappers';
import type { ZdTicket } from '../../adapters/zendesk-api/zendesk-types';
import { useAsync, type AsyncState } from '../../ui/use-async';

export interface TicketData {
  state: AsyncState<TicketSnapshot>;
  reload: () => void;
  /** After our own write: Zendesk answered with the saved ticket, so its fields need no new read. */
  replaceTicket: (ticket: ZdTicket) => void;
}

/**
 * The open ticket as the sidebar's one model (the domain snapshot), read through ZAF's data APIs
 * and kept current by ZAF events: a new reply or note, a save elsewhere, a field change. None of
 * it is an API request; REST reads happen only on the write path, right before a write.
 */
export function useTicketData(ticketId: number | undefined, fieldIds: readonly number[]): TicketData {
  const { port } = useServices();
  const fieldKey = fieldIds.join(',');
  const fields = useMemo(() => (fieldKey === '' ? [] : fieldKey.split(',').map(Number)), [fieldKey]);
  const resource = useAsync(async () => {
    if (ticketId === undefined) throw new Error('No ticket in this location');
    return port.readTicket(fields);
  }, [port, ticketId, fieldKey]);
  const { reload, update } = resource;

  useEffect(
    () =>
      port.onTicketChange((change) => {
        // A field event carries the new value; anything else is re-read from the agent interface (free).
        if (change.kind === 'field') update((t) => ({ ...t, customFields: { ...t.customFields, [change.fieldId]: change.value } }));
        else reload();
      }, fields),
    [port, fields, reload, update],
  );

  const replaceTicket = useCallback(
    (ticket: ZdTicket) => {
      const saved = customFieldsOf(ticket);
      update((t) => {
        if (t.id !== ticket.id) return t;
        const known = Object.fromEntries(Object.keys(t.customFields ?? {}).map((id) => [id, saved[Number(id)] ?? null]));
        return { ...t, status: ticket.status, tags: ticket.tags ?? t.tags, customFields: known };
      });
    },
    [update],
  );

  return { state: resource.state, reload, replaceTicket };
}
