import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useServices } from '../../app/services';
import type { ZdTicket } from '../../adapters/zendesk-api/zendesk-types';
import type { AppSettings } from '../../domain/settings/app-settings';
import type { OutboxEntry } from '../../domain/tagging/outbox';
import type { TagChange } from '../../domain/tagging/tag-change';
import { commitTagChange } from './commit-tag-change';
import { errorCode } from './error-code';
import { createOutboxStore } from './outbox-store';

/** While changes wait, we try again this often (and at once when the browser is back online). */
const FLUSH_EVERY_MS = 30_000;

export type WriteOutcome = { kind: 'landed'; ticket: ZdTicket; conflicts: number } | { kind: 'pending'; code: string } | { kind: 'failed'; code: string };

interface Options {
  settings: Pick<AppSettings, 'valuesFieldId' | 'recordFieldId'>;
  /** The private note for a change, in the tagger's language; undefined when notes are off. */
  noteFor: (change: TagChange) => string | undefined;
  onLanded: (ticket: ZdTicket) => void;
}

/**
 * Sends tag changes through the outbox: every change is stored before it is sent, removed once it
 * landed (or can never land), and otherwise retried on the next load, when the browser comes back
 * online, and every 30 s. Pending changes of every ticket are flushed, not only this one's.
 */
export function useTagWriter({ settings, noteFor, onLanded }: Options) {
  const { api, storage } = useServices();
  const outbox = useMemo(() => createOutboxStore(storage), [storage]);
  const [pending, setPending] = useState<OutboxEntry[]>(() => outbox.entries());
  const inFlight = useRef(new Set<string>());
  const landedRef = useRef(onLanded);
  landedRef.current = onLanded;
  const noteRef = useRef(noteFor);
  noteRef.current = noteFor;

  const attempt = useCallback(
    async (entry: OutboxEntry): Promise<WriteOutcome> => {
      const key = JSON.stringify(entry.change);
      if (inFlight.current.has(key)) return { kind: 'pending', code: 'in-flight' };
      inFlight.current.add(key);
      try {
        const result = await commitTagChange(api, { ticketId: entry.ticketId, change: entry.change, settings, privateNote: noteRef.current(entry.change) });
        outbox.remove(entry);
        landedRef.current(result.ticket);
        return { kind: 'landed', ticket: result.ticket, conflicts: result.conflicts };
      } catch (error) {
        const { code, retryable } = errorCode(error);
        if (retryable) outbox.attempted(entry, code);
        else outbox.remove(entry);
        return retryable ? { kind: 'pending', code } : { kind: 'failed', code };
      } finally {
        inFlight.current.delete(key);
        setPending(outbox.entries());
      }
    },
    [api, outbox, settings],
  );

  const submit = useCallback(
    (ticketId: number, change: TagChange) => {
      const entry: OutboxEntry = { ticketId, change, createdAt: new Date().toISOString(), attempts: 0, lastError: null };
      outbox.add(entry);
      setPending(outbox.entries());
      return attempt(entry);
    },
    [attempt, outbox],
  );

  const flush = useCallback(async () => {
    for (const entry of outbox.entries()) await attempt(entry);
  }, [attempt, outbox]);

  const discard = useCallback(
    (entry: OutboxEntry) => {
      outbox.remove(entry);
      setPending(outbox.entries());
    },
    [outbox],
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

  return { pending, submit, flush, discard, corrupt: outbox.corrupt() };
}
