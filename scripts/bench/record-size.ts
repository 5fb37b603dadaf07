// The tag record field's size after 500 tag events, appended as they come and compacted.
import { compactRecord } from '../../src/domain/tagging/compact-record';
import { RECORD_MAX_BYTES, recordBytes } from '../../src/domain/tagging/record-limits';
import { formatTagEvent, type TagEvent } from '../../src/domain/tagging/tag-event';
import { parseRecord, serializeRecord } from '../../src/domain/tagging/tag-record';
import { activeTags } from '../../src/domain/tagging/active-tags';

/**
 * 500 events on one ticket as a busy review history makes them: adds with a typical 60-character
 * note, and one add in three removed again later (a remove is an event too). Deterministic.
 */
function history(noteLength: number): TagEvent[] {
  const events: TagEvent[] = [];
  const tags = ['vc_own_the_outcome', 'vc_lead_with_empathy', 'vc_say_it_plainly', 'vc_make_it_effortless'];
  let i = 0;
  while (events.length < 500) {
    const e = `k${(1_000_000 + i).toString(36)}`;
    const at = new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString();
    events.push({
      v: 1,
      e,
      op: 'add',
      tag: tags[i % 4]!,
      by: 361001,
      at,
      reply: 5_000_000 + i,
      author: 361003,
      note: 'x'.repeat(noteLength),
    });
    if (i % 3 === 0 && events.length < 500) {
      events.push({ v: 1, e: `${e}r`, op: 'remove', tag: tags[i % 4]!, by: 361001, at, ref: e });
    }
    i++;
  }
  return events;
}

export function recordSizes(): string {
  const rows = [0, 60, 500].map((noteLength) => {
    const events = history(noteLength);
    const text = events.map(formatTagEvent).join('\n');
    const compacted = serializeRecord(compactRecord(parseRecord(text).entries));
    const same = activeTags(parseRecord(compacted).events).length === activeTags(events).length;
    const fmt = (n: number) => n.toLocaleString('en-US');
    return `| ${noteLength} | ${fmt(recordBytes(text))} | ${fmt(recordBytes(compacted))} | ${activeTags(events).length}${same ? '' : ' (MISMATCH)'} |`;
  });
  return [
    '## Tag record size after 500 events',
    '',
    `500 events on one ticket (adds, one in three removed later). Cap: RECORD_MAX_BYTES = ${RECORD_MAX_BYTES.toLocaleString('en-US')} UTF-8 bytes`,
    '(Zendesk is reported to refuse text over 65,535 characters; undocumented). Compaction runs only when a write would pass the cap;',
    'when even the compacted record would, the write is refused with a message before Zendesk would refuse it.',
    '',
    '| note length (chars) | appended (bytes) | compacted (bytes) | active tags kept |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
