import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { SeenIds } from './seen-ids';

/** One ledger line per emitted ticket: `[ticketId, [[eventId, taggedAt|null], …]]`. */
export type LedgerLine = [number, [string, string | null][]];

export function ledgerLine(ticketId: number, events: [string, string | null][]): string {
  return `${JSON.stringify([ticketId, events] satisfies LedgerLine)}\n`;
}

/** Streams the ledger's first `bytes` bytes (what the checkpoint vouches for), a line at a time. */
export async function* readLedger(path: string, bytes: number): AsyncGenerator<LedgerLine> {
  if (bytes <= 0 || !existsSync(path)) return;
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8', start: 0, end: bytes - 1 }), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    yield JSON.parse(line) as LedgerLine;
  }
}

/** The tickets a killed run had emitted, so a restarted query (expired cursor) skips them. */
export async function loadSeen(path: string, bytes: number, seen: SeenIds): Promise<void> {
  for await (const [ticketId] of readLedger(path, bytes)) seen.add(ticketId);
}

/** Events tagged at or after `cutoffMs`, as `[eventId, taggedAt]`: what the next incremental run must not emit again. */
export async function recentEvents(path: string, bytes: number, cutoffMs: number): Promise<[string, string][]> {
  const recent: [string, string][] = [];
  for await (const [, events] of readLedger(path, bytes)) {
    for (const [eventId, at] of events) if (at !== null && Date.parse(at) >= cutoffMs) recent.push([eventId, at]);
  }
  return recent;
}
