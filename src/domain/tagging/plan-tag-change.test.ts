import { describe, expect, it } from 'vitest';
import { activeTags } from './active-tags';
import { planTagChange, type TicketTagState } from './plan-tag-change';
import { formatTagEvent } from './tag-event';
import { parseRecord } from './tag-record';
import { addChange, addEvent, AT, removeChange, removeEvent } from './test-factories';

const withRecord = { hasRecordField: true };
const fieldOnly = { hasRecordField: false };
const empty: TicketTagState = { fieldTags: [], recordText: null };
const record = (...events: Parameters<typeof formatTagEvent>[0][]): string => events.map(formatTagEvent).join('\n');

describe('planTagChange with a record field', () => {
  it('adds the tags to the field and one record line per tag', () => {
    const plan = planTagChange(
      empty,
      addChange(
        [
          ['vc_a', 'e1'],
          ['vc_b', 'e2'],
        ],
        { note: '  nice  ' },
      ),
      withRecord,
    );
    expect(plan.noop).toBe(false);
    expect(plan.fieldTags).toEqual(['vc_a', 'vc_b']);
    expect(plan.addedToField).toEqual(['vc_a', 'vc_b']);
    expect(plan.recordText).toBe(
      [
        `{"v":1,"e":"e1","op":"add","tag":"vc_a","by":1,"at":"${AT}","reply":10,"note":"nice"}`,
        `{"v":1,"e":"e2","op":"add","tag":"vc_b","by":1,"at":"${AT}","reply":10,"note":"nice"}`,
      ].join('\n'),
    );
  });

  it('never drops field tags it did not add (set by hand or by others)', () => {
    const plan = planTagChange({ fieldTags: ['manual', 'vc_x'], recordText: null }, addChange([['vc_a', 'e1']]), withRecord);
    expect(plan.fieldTags).toEqual(['manual', 'vc_x', 'vc_a']);
  });

  it('is a no-op when the event ids are already recorded (a retry)', () => {
    const once = planTagChange(empty, addChange([['vc_a', 'e1']]), withRecord);
    const twice = planTagChange(once, addChange([['vc_a', 'e1']]), withRecord);
    expect(twice.noop).toBe(true);
    expect(twice.recordText).toBe(once.recordText);
  });

  it('records once when the same tagger saves the same value for the same reply twice', () => {
    const once = planTagChange(empty, addChange([['vc_a', 'e1']]), withRecord);
    expect(planTagChange(once, addChange([['vc_a', 'e2']]), withRecord).noop).toBe(true);
    // Another reply, or another tagger, is a new fact worth recording.
    expect(planTagChange(once, addChange([['vc_a', 'e3']], { replyId: 11 }), withRecord).appended).toHaveLength(1);
    expect(planTagChange(once, addChange([['vc_a', 'e4']], { by: 2 }), withRecord).appended).toHaveLength(1);
  });

  it('converges when the same tagger saves the same value twice concurrently (one is kept)', () => {
    const first = addChange([['vc_a', 'e1']]);
    const second = addChange([['vc_a', 'e2']]);
    const ab = planTagChange(planTagChange(empty, first, withRecord), second, withRecord);
    const ba = planTagChange(planTagChange(empty, second, withRecord), first, withRecord);
    expect(ab.fieldTags).toEqual(ba.fieldTags);
    const key = (plan: typeof ab) => activeTags(parseRecord(plan.recordText).events).map(({ tag, by, reply }) => [tag, by, reply]);
    expect(key(ab)).toEqual(key(ba));
  });

  it('cuts long notes and leaves out empty ones', () => {
    const long = planTagChange(empty, addChange([['vc_a', 'e1']], { note: 'n'.repeat(900) }), withRecord);
    expect(long.appended[0]).toMatchObject({ note: 'n'.repeat(500) });
    const blank = planTagChange(empty, addChange([['vc_a', 'e1']], { note: '   ' }), withRecord);
    expect(blank.appended[0]).not.toHaveProperty('note');
  });

  it('removes a tag from the field only when no other active add for it remains', () => {
    const start = { fieldTags: ['vc_a'], recordText: record(addEvent('e1', 'vc_a'), addEvent('e2', 'vc_a', { by: 2 })) };
    const first = planTagChange(start, removeChange([['vc_a', 'e1', 'r1']]), withRecord);
    expect(first.fieldTags).toEqual(['vc_a']);
    expect(first.appended).toEqual([removeEvent('r1', 'e1', 'vc_a')]);
    const second = planTagChange(first, removeChange([['vc_a', 'e2', 'r2']]), withRecord);
    expect(second.fieldTags).toEqual([]);
    expect(second.removedFromField).toEqual(['vc_a']);
    expect(activeTags(parseRecord(second.recordText).events)).toEqual([]);
  });

  it('uses the removed add’s own tag for the record line', () => {
    const start = { fieldTags: ['vc_a'], recordText: record(addEvent('e1', 'vc_a')) };
    const plan = planTagChange(start, removeChange([['vc_wrong', 'e1', 'r1']]), withRecord);
    expect(plan.appended).toEqual([removeEvent('r1', 'e1', 'vc_a')]);
    expect(plan.fieldTags).toEqual([]);
  });

  it('treats a second remove of the same add as done', () => {
    const start = { fieldTags: [], recordText: record(addEvent('e1', 'vc_a'), removeEvent('r1', 'e1', 'vc_a')) };
    expect(planTagChange(start, removeChange([['vc_a', 'e1', 'r2']]), withRecord).noop).toBe(true);
  });

  it('does not put back a tag whose remove landed before its add', () => {
    const removedFirst = planTagChange(empty, removeChange([['vc_a', 'e1', 'r1']]), withRecord);
    const plan = planTagChange(removedFirst, addChange([['vc_a', 'e1']]), withRecord);
    expect(plan.fieldTags).toEqual([]);
    expect(activeTags(parseRecord(plan.recordText).events)).toEqual([]);
  });

  it('removes a hand-set tag (no add event) from the field without a record line', () => {
    const plan = planTagChange({ fieldTags: ['vc_a', 'other'], recordText: null }, removeChange([['vc_a', null, 'r1']]), withRecord);
    expect(plan.fieldTags).toEqual(['other']);
    expect(plan.appended).toEqual([]);
    expect(plan.recordText).toBeNull();
  });

  it('appends after existing text, keeping malformed lines byte for byte', () => {
    const existing = `garbage line\r\n${formatTagEvent(addEvent('e0', 'vc_z'))}\r\n\r\n`;
    const plan = planTagChange({ fieldTags: [], recordText: existing }, addChange([['vc_a', 'e1']]), withRecord);
    expect(plan.recordText?.startsWith(`garbage line\r\n${formatTagEvent(addEvent('e0', 'vc_z'))}\n`)).toBe(true);
    expect(parseRecord(plan.recordText).malformed).toEqual([{ line: 1, text: 'garbage line' }]);
  });

  it.each([
    [addChange([]), 'tagging.change.empty'],
    [addChange([['vc_a', 'has space']]), 'tagging.change.invalid-event-id'],
    [
      addChange([
        ['vc_a', 'e1'],
        ['vc_b', 'e1'],
      ]),
      'tagging.change.duplicate-event-id',
    ],
    [addChange([['Not A Tag', 'e1']]), 'tagging.change.invalid-tag'],
    [addChange([['vc_a', 'e1']], { by: 0 }), 'tagging.change.invalid-user'],
    [addChange([['vc_a', 'e1']], { at: 'yesterday' }), 'tagging.change.invalid-time'],
    [removeChange([['vc_a', 'bad ref', 'r1']]), 'tagging.change.invalid-event-id'],
  ] as const)('rejects an invalid change (%#: %s)', (change, code) => {
    const plan = planTagChange({ fieldTags: ['x'], recordText: 'keep' }, change, withRecord);
    expect(plan).toMatchObject({ rejected: code, noop: true, fieldTags: ['x'], recordText: 'keep' });
  });
});

describe('planTagChange without a record field', () => {
  it('adds to and removes from the field by tag and leaves the record alone', () => {
    const added = planTagChange({ fieldTags: ['manual'], recordText: null }, addChange([['vc_a', 'e1']]), fieldOnly);
    expect(added).toMatchObject({ fieldTags: ['manual', 'vc_a'], recordText: null, appended: [], noop: false });
    const removed = planTagChange(added, removeChange([['vc_a', null, 'r1']]), fieldOnly);
    expect(removed).toMatchObject({ fieldTags: ['manual'], removedFromField: ['vc_a'], noop: false });
    expect(planTagChange(removed, removeChange([['vc_a', null, 'r1']]), fieldOnly).noop).toBe(true);
  });
});
