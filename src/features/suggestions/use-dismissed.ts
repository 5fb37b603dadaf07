import { useCallback, useState } from 'react';
import { useServices } from '../../services/services';

const key = (ticketId: number) => `dismissed:${ticketId}`;

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
