import type { RecordEntry } from './tag-record';

/**
 * The record with lines nobody reads any more taken out, for when it would outgrow its cap:
 * - an add that a later remove cancelled (the remove stays, as a tombstone: should the add's write
 *   ever be replayed from someone's outbox, the remove still cancels it);
 * - a second line for an event id already seen (a superseded copy; the first counts).
 * Active adds (what the leads page and the export count), removes and unreadable lines stay,
 * verbatim and in order. Pure and idempotent: compacting twice changes nothing more.
 */
export function compactRecord(entries: readonly RecordEntry[]): RecordEntry[] {
  const removedRefs = new Set<string>();
  for (const entry of entries) if (entry.kind === 'event' && entry.event.op === 'remove') removedRefs.add(entry.event.ref);
  const seen = new Set<string>();
  const kept: RecordEntry[] = [];
  for (const entry of entries) {
    if (entry.kind === 'malformed') {
      kept.push(entry);
      continue;
    }
    const { event } = entry;
    if (seen.has(event.e)) continue;
    seen.add(event.e);
    if (event.op === 'add' && removedRefs.has(event.e)) continue;
    kept.push(entry);
  }
  return kept;
}
