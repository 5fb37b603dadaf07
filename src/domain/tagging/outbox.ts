import { isZendeskId } from './tag-event';
import { changeEventIds, readTagChange, type TagChange } from './tag-change';

/** A tag change waiting to reach Zendesk. The app persists the list (localStorage); this is the model. */
export interface OutboxEntry {
  ticketId: number;
  /**
   * The Zendesk user who made the change. Only they send, discard or see it: the next person on
   * the same browser is told only that someone else's changes wait.
   */
  userId: number;
  change: TagChange;
  /** ISO time the change was first queued. */
  createdAt: string;
  attempts: number;
  /** Code of the last failure (from the API adapter), null before the first attempt. */
  lastError: string | null;
  /**
   * Set when the change cannot land as it is (closed or deleted ticket, refused by Zendesk): it is
   * no longer retried by itself, but kept and shown to its author with the reason until they
   * retry or discard it. Never dropped without a word.
   */
  held?: string;
}

const FORMAT_VERSION = 1;

export function serializeOutbox(entries: readonly OutboxEntry[]): string {
  return JSON.stringify({ v: FORMAT_VERSION, entries });
}

/**
 * Reads stored entries. Storage can be cut short, edited or written by another version, so this
 * keeps every entry it can read and flags the loss instead of throwing or discarding everything.
 */
export function parseOutbox(text: string | null | undefined): { entries: OutboxEntry[]; corrupt: boolean } {
  if (text === null || text === undefined || text.trim() === '') return { entries: [], corrupt: false };
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return { entries: [], corrupt: true };
  }
  const list = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>).entries : undefined;
  if (!Array.isArray(list)) return { entries: [], corrupt: true };
  let entries: OutboxEntry[] = [];
  let corrupt = false;
  for (const item of list) {
    const entry = readEntry(item);
    if (entry) entries = enqueue(entries, entry);
    else corrupt = true;
  }
  return { entries, corrupt };
}

/** Adds an entry unless one of its event ids is already queued (a second click, a second tab). */
export function enqueue(entries: readonly OutboxEntry[], entry: OutboxEntry): OutboxEntry[] {
  const ids = new Set(changeEventIds(entry.change));
  const queued = entries.some((existing) => changeEventIds(existing.change).some((id) => ids.has(id)));
  return queued ? [...entries] : [...entries, entry];
}

/** Counts a failed attempt on the entry holding `eventId`. */
export function recordAttempt(entries: readonly OutboxEntry[], eventId: string, errorCode: string): OutboxEntry[] {
  return entries.map((entry) =>
    changeEventIds(entry.change).includes(eventId) ? { ...entry, attempts: entry.attempts + 1, lastError: errorCode } : entry,
  );
}

/** Marks the entry holding `eventId` as unable to land as it is, with the reason for its author. */
export function hold(entries: readonly OutboxEntry[], eventId: string, code: string): OutboxEntry[] {
  return entries.map((entry) =>
    changeEventIds(entry.change).includes(eventId) ? { ...entry, attempts: entry.attempts + 1, lastError: code, held: code } : entry,
  );
}

/** Lets a held entry be tried again (its author asked to). */
export function release(entries: readonly OutboxEntry[], eventId: string): OutboxEntry[] {
  return entries.map((entry) => {
    if (!changeEventIds(entry.change).includes(eventId)) return entry;
    const { held: _held, ...rest } = entry;
    return rest;
  });
}

/** The signed-in user's entries, and how many belong to other people (whose content is none of their business). */
export function splitByOwner(entries: readonly OutboxEntry[], userId: number): { mine: OutboxEntry[]; othersCount: number } {
  const mine = entries.filter((entry) => entry.userId === userId);
  return { mine, othersCount: entries.length - mine.length };
}

/** Drops the entry holding `eventId`, once it landed or the user discarded it. */
export function dequeue(entries: readonly OutboxEntry[], eventId: string): OutboxEntry[] {
  return entries.filter((entry) => !changeEventIds(entry.change).includes(eventId));
}

function readEntry(value: unknown): OutboxEntry | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as Record<string, unknown>;
  const change = readTagChange(raw.change);
  const { ticketId, createdAt, attempts } = raw;
  const lastError = raw.lastError ?? null;
  if (!change || !isZendeskId(ticketId) || typeof createdAt !== 'string') return null;
  if (typeof attempts !== 'number' || !Number.isSafeInteger(attempts) || attempts < 0) return null;
  if (lastError !== null && typeof lastError !== 'string') return null;
  // Entries stored before owners were recorded belong to whoever the change names.
  const userId = raw.userId === undefined ? change.by : raw.userId;
  if (!isZendeskId(userId)) return null;
  const entry: OutboxEntry = { ticketId, userId, change, createdAt, attempts, lastError };
  if (typeof raw.held === 'string') entry.held = raw.held;
  return entry;
}
