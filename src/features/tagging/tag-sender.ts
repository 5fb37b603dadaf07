import type { ZendeskApi } from '../../adapters/zendesk-api/zendesk-api';
import type { ZdTicket } from '../../adapters/zendesk-api/zendesk-types';
import type { AppSettings } from '../../domain/settings/app-settings';
import { splitByOwner, type OutboxEntry } from '../../domain/tagging/outbox';
import type { TagChange } from '../../domain/tagging/tag-change';
import type { TaggingSettings, TaggingUser } from '../../domain/tagging/permissions';
import { commitTagChange, type ReplyFacts } from './commit-tag-change';
import { errorCode } from './error-code';
import type { OutboxStore } from './outbox-store';

export type SendOutcome =
  | { kind: 'landed'; ticketId: number; ticket: ZdTicket; conflicts: number }
  /** Not landed yet, but stored in this browser: it will be sent by itself. */
  | { kind: 'pending'; code: string }
  /** Not landed and not stored anywhere (storage full or blocked): only the form still has it. */
  | { kind: 'unsaved'; code: string }
  /** Cannot land as it is; the change was the user's own input, still in the form. */
  | { kind: 'failed'; code: string }
  /** A queued change that cannot land as it is: kept for its author with the reason. */
  | { kind: 'held'; code: string };

export interface TagSenderOptions {
  api: ZendeskApi;
  outbox: OutboxStore;
  settings: Pick<AppSettings, 'valuesFieldId' | 'recordFieldId'>;
  /** The private note for a change, in the tagger's language; undefined when notes are off. */
  noteFor: (change: TagChange, reply?: ReplyFacts) => string | undefined;
  onLanded?: (ticketId: number, ticket: ZdTicket) => void;
  now?: () => Date;
  /** The signed-in user: the only one whose queued changes this sender sends, shows or discards. */
  actor: { user: TaggingUser; settings: TaggingSettings };
  /** The reply a change refers to, when the sender has just read it from Zendesk (the open ticket). */
  replyOf?: (ticketId: number, replyId: number | null) => ReplyFacts | undefined;
}

/**
 * Sends tag changes through the outbox: each change is stored before it is sent (and the store is
 * checked), removed once it landed, kept for the next flush when it can land later, and held for
 * its author with the reason when it cannot. Only the signed-in user's changes are ever sent.
 * Replays are safe because planning is idempotent.
 */
export function createTagSender(options: TagSenderOptions) {
  const { api, outbox, settings, noteFor } = options;
  const now = options.now ?? (() => new Date());
  const inFlight = new Set<string>();
  const userId = options.actor.user.id;

  async function attempt(entry: OutboxEntry, mode: { direct: boolean; stored: boolean }): Promise<SendOutcome> {
    const key = JSON.stringify(entry.change);
    if (inFlight.has(key)) return { kind: 'pending', code: 'in-flight' };
    inFlight.add(key);
    try {
      const reply = entry.change.op === 'add' ? options.replyOf?.(entry.ticketId, entry.change.replyId) : undefined;
      const result = await commitTagChange(api, {
        ticketId: entry.ticketId,
        change: entry.change,
        settings,
        privateNote: noteFor,
        actor: { ...options.actor, ...(reply ? { reply } : {}) },
        now,
      });
      if (mode.stored) outbox.remove(entry);
      options.onLanded?.(entry.ticketId, result.ticket);
      return { kind: 'landed', ticketId: entry.ticketId, ticket: result.ticket, conflicts: result.conflicts };
    } catch (error) {
      const { code, retry } = errorCode(error);
      if (retry) {
        if (!mode.stored) return { kind: 'unsaved', code };
        outbox.attempted(entry, code);
        return { kind: 'pending', code };
      }
      if (mode.direct) {
        // The user is looking at the form, which keeps their input: the message is the whole story.
        if (mode.stored) outbox.remove(entry);
        return { kind: 'failed', code };
      }
      outbox.hold(entry, code);
      return { kind: 'held', code };
    } finally {
      inFlight.delete(key);
    }
  }

  return {
    submit(ticketId: number, change: TagChange): Promise<SendOutcome> {
      const entry: OutboxEntry = { ticketId, userId, change, createdAt: now().toISOString(), attempts: 0, lastError: null };
      const stored = outbox.add(entry);
      return attempt(entry, { direct: true, stored });
    },
    /** Tries every change of the signed-in user that may land by itself, oldest first; returns how many landed. */
    async flush(): Promise<number> {
      let landed = 0;
      for (const entry of splitByOwner(outbox.entries(), userId).mine) {
        if (entry.held !== undefined) continue;
        if ((await attempt(entry, { direct: false, stored: true })).kind === 'landed') landed++;
      }
      return landed;
    },
    /** The author asks to try a held change again. */
    retry(entry: OutboxEntry): Promise<SendOutcome> {
      if (entry.userId !== userId) return Promise.resolve({ kind: 'held', code: 'someone-else' });
      outbox.release(entry);
      return attempt(entry, { direct: false, stored: true });
    },
  };
}

export type TagSender = ReturnType<typeof createTagSender>;
