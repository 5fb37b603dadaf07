import { parseRecord } from './tag-record';
import type { TagEvent } from './tag-event';

/** The parts of a Zendesk ticket audit the check reads (the adapter's audits have this shape). */
export interface RecordAudit {
  id: number;
  author_id: number;
  created_at: string;
  events: { type: string; field_name?: string; value?: unknown; previous_value?: unknown }[];
}

export type LineCheck =
  /** Written by the user it names, at about the time it says; `at` is the audit's time. */
  | { event: TagEvent; verified: true; at: string }
  /**
   * Does not match the audits: no audit wrote it (`no-audit`), another user wrote it (`author`), or
   * its time is far from the audit's (`time`). `at` is the audit's time when there is one, else null.
   */
  | { event: TagEvent; verified: false; reason: 'no-audit' | 'author' | 'time'; at: string | null; writtenBy: number | null };

/** Line times and audit times may differ by this much (clock drift, a slow write) and still match. */
export const VERIFY_TIME_TOLERANCE_MS = 10 * 60_000;

/**
 * Checks each record line against the ticket's audits: the audit that first put the line's event id
 * into the record field says who really wrote it and when. A line the app wrote through Zendesk is
 * verified; a line typed in through the API by someone else, or dated other than when it was
 * written, is not. This proves who saved the field and when (Zendesk records audits; agents cannot
 * edit them); it does not prove the tagger meant it, that the note is theirs, or anything about
 * lines whose audits are gone (archived tickets).
 */
export function verifyRecord(events: readonly TagEvent[], audits: readonly RecordAudit[], recordFieldId: number): LineCheck[] {
  const field = String(recordFieldId);
  const firstWriter = new Map<string, RecordAudit>();
  const sorted = [...audits].sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id);
  for (const audit of sorted) {
    for (const change of audit.events) {
      if ((change.type !== 'Change' && change.type !== 'Create') || change.field_name !== field) continue;
      const before = new Set(parseRecord(asText(change.previous_value)).events.map((e) => e.e));
      for (const event of parseRecord(asText(change.value)).events) {
        if (!before.has(event.e) && !firstWriter.has(event.e)) firstWriter.set(event.e, audit);
      }
    }
  }
  return events.map((event): LineCheck => {
    const audit = firstWriter.get(event.e);
    if (!audit) return { event, verified: false, reason: 'no-audit', at: null, writtenBy: null };
    const at = audit.created_at;
    if (audit.author_id !== event.by) return { event, verified: false, reason: 'author', at, writtenBy: audit.author_id };
    if (Math.abs(Date.parse(event.at) - Date.parse(at)) > VERIFY_TIME_TOLERANCE_MS) {
      return { event, verified: false, reason: 'time', at, writtenBy: audit.author_id };
    }
    return { event, verified: true, at };
  });
}

function asText(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
