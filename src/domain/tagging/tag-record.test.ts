import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTagEvent, type TagEvent } from './tag-event';
import { eventEntry, parseRecord, serializeRecord } from './tag-record';
import { addEvent, removeEvent, tagEvent } from './test-factories';

const ADD_LINE = '{"v":1,"e":"a1","op":"add","tag":"vc_own_it","by":123,"at":"2026-11-20T10:00:00.000Z","reply":456,"note":"great"}';
const REMOVE_LINE = '{"v":1,"e":"r1","op":"remove","tag":"vc_own_it","by":123,"at":"2026-11-20T11:00:00.000Z","ref":"a1"}';

describe('parseRecord', () => {
  it('reads the documented line format exactly', () => {
    const record = parseRecord(`${ADD_LINE}\r\n\r\n${REMOVE_LINE}\n`);
    expect(record.events).toEqual([
      { v: 1, e: 'a1', op: 'add', tag: 'vc_own_it', by: 123, at: '2026-11-20T10:00:00.000Z', reply: 456, note: 'great' },
      { v: 1, e: 'r1', op: 'remove', tag: 'vc_own_it', by: 123, at: '2026-11-20T11:00:00.000Z', ref: 'a1' },
    ]);
    expect(record.malformed).toEqual([]);
    expect(formatTagEvent(record.events[0] as TagEvent)).toBe(ADD_LINE);
    expect(formatTagEvent(record.events[1] as TagEvent)).toBe(REMOVE_LINE);
  });

  it.each([
    ['not json', 'hello'],
    ['a future version', '{"v":2,"e":"a","op":"add","tag":"t","by":1,"at":"x"}'],
    ['an unknown op', '{"v":1,"e":"a","op":"rename","tag":"t","by":1,"at":"x"}'],
    ['a remove without ref', '{"v":1,"e":"a","op":"remove","tag":"t","by":1,"at":"x"}'],
    ['a string user id', '{"v":1,"e":"a","op":"add","tag":"t","by":"1","at":"x"}'],
    ['a bad reply id', '{"v":1,"e":"a","op":"add","tag":"t","by":1,"at":"x","reply":"456"}'],
    ['an array', '[1]'],
    ['a time that is not ISO 8601', '{"v":1,"e":"a","op":"add","tag":"t","by":1,"at":"yesterday"}'],
    ['an impossible ISO time', '{"v":1,"e":"a","op":"add","tag":"t","by":1,"at":"2026-13-45T99:00:00Z"}'],
  ])('keeps %s verbatim as a malformed line', (_, line) => {
    const text = `${ADD_LINE}\n  ${line}`;
    const record = parseRecord(text);
    expect(record.events).toHaveLength(1);
    expect(record.malformed).toEqual([{ line: 2, text: `  ${line}` }]);
    expect(serializeRecord(record.entries)).toBe(text);
  });

  it('accepts a missing reply as unknown', () => {
    const event = parseRecord('{"v":1,"e":"a","op":"add","tag":"t","by":1,"at":"2026-11-20T10:00:00Z"}').events[0];
    expect(event).toMatchObject({ reply: null });
  });

  it('never throws on arbitrary text and keeps every non-blank line', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.array(fc.oneof(fc.json(), fc.string())).map((lines) => lines.join('\n')),
        ),
        (text) => {
          const record = parseRecord(text);
          const nonBlank = text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
          expect(record.entries).toHaveLength(nonBlank.length);
          // Blank lines are dropped, so only line numbers may differ after re-serialising.
          const again = parseRecord(serializeRecord(record.entries));
          expect(again.events).toEqual(record.events);
          expect(again.malformed.map((line) => line.text)).toEqual(record.malformed.map((line) => line.text));
        },
      ),
    );
  });

  it('round-trips events through serialize and parse', () => {
    fc.assert(
      fc.property(fc.array(tagEvent, { maxLength: 10 }), (events) => {
        const record = parseRecord(serializeRecord(events.map(eventEntry)));
        expect(record.events).toEqual(events.map((event) => (event.op === 'add' ? stripUndefinedNote(event) : event)));
        expect(record.malformed).toEqual([]);
      }),
    );
  });
});

function stripUndefinedNote(event: TagEvent): TagEvent {
  const copy = { ...event } as Record<string, unknown>;
  if (copy.note === undefined) delete copy.note;
  return copy as unknown as TagEvent;
}

describe('serializeRecord', () => {
  it('writes one canonical line per new event', () => {
    expect(serializeRecord([eventEntry(addEvent('a', 't', { reply: null })), eventEntry(removeEvent('b', 'a', 't'))])).toBe(
      '{"v":1,"e":"a","op":"add","tag":"t","by":1,"at":"2026-11-20T10:00:00.000Z","reply":null}\n' +
        '{"v":1,"e":"b","op":"remove","tag":"t","by":1,"at":"2026-11-20T10:00:00.000Z","ref":"a"}',
    );
  });
});
