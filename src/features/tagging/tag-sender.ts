import type { ZendeskApi } from '../../adapters/zendesk-api/zendesk-api';
import type { ZdTicket } from '../../adapters/zendesk-api/zendesk-types';
import type { AppSettings } from '../../domain/settings/app-settings';
import type { OutboxEntry } from '../../domain/tagging/outbox';
import type { TagChange } from '../../domain/tagging/tag-change';
import type { TaggedReply, TaggingSettings, TaggingUser } from '../../domain/tagging/permissions';
import { commitTagChange } from './commit-tag-change';
import { errorCode } from './error-code';
import type { OutboxStore } from './outbox-store';

export type SendOutcome =
  { kind: 'landed'; ticket: ZdTicket; conflicts: number } | { kind: 'pending'; code: string } | { kind: 'failed'; code: string };

export interface TagSenderOptions {
  api: ZendeskApi;
  outbox: OutboxStore;
  settings: Pick<AppSettings, 'valuesFieldId' | 'recordFieldId'>;
  /** The private note for a change, in the tagger's language; undefined when notes are off. */
  noteFor: (change: TagChange) => string | undefined;
  onLanded?: (ticket: ZdTicket) => void;
  now?: () => Date;
  /** Who sends; the write path checks each change against the ticket as it reads it. */
  actor: { user: TaggingUser; settings: TaggingSettings };
  /** The reply a change refers to, when the sender knows it (a replay from the outbox may not). */
  replyOf?: (ticketId: number, replyId: number | null) => TaggedReply | undefined;
}

/**
 * Sends tag changes through the outbox: each change is stored before it is sent, removed once it
 * landed (or can never land: closed ticket, forbidden), and otherwise kept for the next flush.
 * Replays are safe because planning is idempotent.
 */
export function createTagSender(options: TagSenderOptions) {
  const { api, outbox, settings, noteFor } = options;
  const now = options.now ?? (() => new Date());
  const inFlight = new Set<string>();

  async function attempt(entry: OutboxEntry): Promise<SendOutcome> {
    const key = JSON.stringify(entry.change);
    if (inFlight.has(key)) return { kind: 'pending', code: 'in-flight' };
    inFlight.add(key);
    try {
      const reply = entry.change.op === 'add' ? options.replyOf?.(entry.ticketId, entry.change.replyId) : undefined;
      const result = await commitTagChange(api, {
        ticketId: entry.ticketId,
        change: entry.change,
        settings,
        privateNote: noteFor(entry.change),
        actor: { ...options.actor, ...(reply ? { reply } : {}) },
      });
      outbox.remove(entry);
      options.onLanded?.(result.ticket);
      return { kind: 'landed', ticket: result.ticket, conflicts: result.conflicts };
    } catch (error) {
      const { code, retryable } = errorCode(error);
      if (retryable) outbox.attempted(entry, code);
      else outbox.remove(entry);
      return retryable ? { kind: 'pending', code } : { kind: 'failed', code };
    } finally {
      inFlight.delete(key);
    }
  }

  return {
    submit(ticketId: number, change: TagChange): Promise<SendOutcome> {
      const entry: OutboxEntry = { ticketId, change, createdAt: now().toISOString(), attempts: 0, lastError: null };
      outbox.add(entry);
      return attempt(entry);
    },
    /** Tries every waiting change, oldest first; returns how many landed. */
    async flush(): Promise<number> {
      let landed = 0;
      for (const entry of outbox.entries()) if ((await attempt(entry)).kind === 'landed') landed++;
      return landed;
    },
  };
}

export type TagSender = ReturnType<typeof createTagSender>;
