import { formatTagEvent, readTagEvent, type TagEvent } from './tag-event';

export interface MalformedLine {
  /** 1-based line in the record text. */
  line: number;
  /** The line exactly as found; it is written back unchanged. */
  text: string;
}

/**
 * A record line in order. Event lines keep their original text too, so re-serialising never
 * rewrites what another client (or a newer version of this app) wrote.
 */
export type RecordEntry = { kind: 'event'; event: TagEvent; text: string } | ({ kind: 'malformed' } & MalformedLine);

export interface ParsedRecord {
  entries: RecordEntry[];
  events: TagEvent[];
  malformed: MalformedLine[];
}

/** Never throws. Blank lines carry nothing and are dropped; every other unreadable line is kept. */
export function parseRecord(text: string | null | undefined): ParsedRecord {
  const entries: RecordEntry[] = [];
  const events: TagEvent[] = [];
  const malformed: MalformedLine[] = [];
  if (typeof text !== 'string') return { entries, events, malformed };
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const trimmed = raw.trim();
    if (trimmed === '') return;
    const event = readTagEvent(parseJson(trimmed));
    if (event) {
      entries.push({ kind: 'event', event, text: trimmed });
      events.push(event);
    } else {
      const line: MalformedLine = { line: i + 1, text: raw };
      entries.push({ kind: 'malformed', ...line });
      malformed.push(line);
    }
  });
  return { entries, events, malformed };
}

export function eventEntry(event: TagEvent): RecordEntry {
  return { kind: 'event', event, text: formatTagEvent(event) };
}

/** One line per entry, in order; malformed lines and existing event lines verbatim. */
export function serializeRecord(entries: readonly RecordEntry[]): string {
  return entries.map((entry) => entry.text).join('\n');
}

function parseJson(text: string): unknown {
  // Only object lines can be events; skipping the rest also keeps JSON.parse off arbitrary text.
  if (!text.startsWith('{')) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
