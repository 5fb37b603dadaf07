import { useCallback, useState } from 'react';
import { useServices } from '../../services/services';

const key = (ticketId: number) => `dismissed:${ticketId}`;
const INDEX = 'dismissed:index';
/** How many tickets' "Not this one" choices a browser keeps; older ones are forgotten. */
export const DISMISSED_TICKETS_KEPT = 200;

function parseIds(text: string | null): number[] {
  try {
    const value: unknown = JSON.parse(text ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is number => Number.isInteger(v)) : [];
  } catch {
    return [];
  }
}

function parse(text: string | null): string[] {
  try {
    const value: unknown = JSON.parse(text ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** "Not this one" feedback, remembered per ticket in this browser. */
export function useDismissed(ticketId: number) {
  const { storage } = useServices();
  const [dismissed, setDismissed] = useState<string[]>(() => parse(storage.read(key(ticketId))));
  const dismiss = useCallback(
    (valueId: string) => {
      setDismissed((previous) => {
        const next = previous.includes(valueId) ? previous : [...previous, valueId];
        storage.write(key(ticketId), JSON.stringify(next));
        const recent = [ticketId, ...parseIds(storage.read(INDEX)).filter((id) => id !== ticketId)];
        for (const old of recent.slice(DISMISSED_TICKETS_KEPT)) storage.remove(key(old));
        storage.write(INDEX, JSON.stringify(recent.slice(0, DISMISSED_TICKETS_KEPT)));
        return next;
      });
    },
    [storage, ticketId],
  );
  const reset = useCallback(() => {
    storage.remove(key(ticketId));
    setDismissed([]);
  }, [storage, ticketId]);
  return { dismissed, dismiss, reset };
}
