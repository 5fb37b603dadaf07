import { describe, expect, it } from 'vitest';
import { compactRecord } from './compact-record';
import { planTagChange } from './plan-tag-change';
import { RECORD_MAX_BYTES, recordBytes } from './record-limits';
import { formatTagEvent } from './tag-event';
import { activeTags } from './active-tags';
import { eventEntry, parseRecord, serializeRecord } from './tag-record';
import { addChange, addEvent, removeEvent } from './test-factories';

const withRecord = { hasRecordField: true };
const note = 'n'.repeat(500);
/** A record of `pairs` tags added and then removed, plus one active tag: what a busy ticket accumulates. */
function busyRecord(pairs: number): string {
  const lines: string[] = [];
  for (let i = 0; i < pairs; i++) {
    lines.push(formatTagEvent(addEvent(`a${i}`, 'vc_a', { note })));
    lines.push(formatTagEvent(removeEvent(`r${i}`, `a${i}`, 'vc_a')));
  }
  lines.push(formatTagEvent(addEvent('keep', 'vc_b', { note: 'kept' })));
  return lines.join('\n');
}

describe('recordBytes', () => {
  it('counts UTF-8 bytes, so the cap holds whether Zendesk counts characters or bytes', () => {
    expect(recordBytes('abc')).toBe(3);
    expect(recordBytes('é')).toBe(2);
    expect(recordBytes('注')).toBe(3);
    expect(recordBytes('😭')).toBe(4);
    expect(recordBytes(null)).toBe(0);
  });
});

describe('compactRecord', () => {
  it('drops cancelled adds and repeated ids, keeps removes, active adds and unreadable lines in order', () => {
    const text = [
      formatTagEvent(addEvent('a1', 'vc_a')),
      'hand-written line',
      formatTagEvent(addEvent('a2', 'vc_b')),
      formatTagEvent(addEvent('a2', 'vc_b')),
      formatTagEvent(removeEvent('r1', 'a1', 'vc_a')),
    ].join('\n');
    const compacted = serializeRecord(compactRecord(parseRecord(text).entries));
    expect(compacted.split('\n')).toEqual([
      'hand-written line',
      formatTagEvent(addEvent('a2', 'vc_b')),
      formatTagEvent(removeEvent('r1', 'a1', 'vc_a')),
    ]);
    expect(activeTags(parseRecord(compacted).events)).toEqual(activeTags(parseRecord(text).events));
    expect(compactRecord(parseRecord(compacted).entries).map((e) => e.text)).toEqual(compacted.split('\n'));
  });

  it('keeps a replayed add of a compacted pair cancelled (the remove stays as a tombstone)', () => {
    const text = serializeRecord(compactRecord([eventEntry(addEvent('a1', 'vc_a')), eventEntry(removeEvent('r1', 'a1', 'vc_a'))]));
    const replay = planTagChange({ fieldTags: [], recordText: text }, addChange([['vc_a', 'a1']]), withRecord);
    expect(replay.fieldTags).toEqual([]);
  });
});

describe('planTagChange under the record cap', () => {
  it('appends verbatim while the record fits', () => {
    const text = busyRecord(3);
    const plan = planTagChange({ fieldTags: ['vc_b'], recordText: text }, addChange([['vc_c', 'n1']]), withRecord);
    expect(plan.compacted).toBe(false);
    expect(plan.recordText?.startsWith(text)).toBe(true);
  });

  it('compacts a record that would outgrow the cap, keeping every active tag', () => {
    const text = busyRecord(92);
    expect(recordBytes(text)).toBeGreaterThan(RECORD_MAX_BYTES - 1000);
    const plan = planTagChange({ fieldTags: ['vc_b'], recordText: text }, addChange([['vc_c', 'n1']], { note }), withRecord);
    expect(plan.rejected).toBeNull();
    expect(plan.compacted).toBe(true);
    expect(plan.recordBytes).toBeLessThanOrEqual(RECORD_MAX_BYTES);
    expect(activeTags(parseRecord(plan.recordText).events).map((e) => e.e)).toEqual(['keep', 'n1']);
    expect(plan.fieldTags).toEqual(['vc_b', 'vc_c']);
  });

  it('refuses, writing nothing, when even the compacted record would be over the cap', () => {
    const lines = Array.from({ length: 130 }, (_, i) => formatTagEvent(addEvent(`k${i}`, 'vc_a', { note, reply: i + 1 })));
    const text = lines.join('\n');
    const plan = planTagChange({ fieldTags: ['vc_a'], recordText: text }, addChange([['vc_c', 'n1']], { note }), withRecord);
    expect(plan).toMatchObject({ rejected: 'tagging.change.record-full', noop: true, recordText: text });
  });
});
