import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activeTags } from './active-tags';
import { planTagChange, type TicketTagState } from './plan-tag-change';
import type { TagChange } from './tag-change';
import { formatTagEvent } from './tag-event';
import { parseRecord } from './tag-record';
import { addEvent, AT } from './test-factories';

const TAGS = ['vc_a', 'vc_b', 'vc_c'];
const withRecord = { hasRecordField: true };

/** Existing ticket: some hand-set field tags, some recorded adds (p0…), some lines nobody can read. */
const ticket = fc
  .record({
    fieldTags: fc.subarray([...TAGS, 'manual']),
    recorded: fc.array(fc.constantFrom(...TAGS), { maxLength: 3 }),
    junk: fc.array(fc.oneof(fc.string(), fc.constant('{"v":9}')), { maxLength: 2 }),
  })
  .map(({ fieldTags, recorded, junk }): { state: TicketTagState; adds: [string, string][] } => {
    const adds = recorded.map((tag, i): [string, string] => [`p${i}`, tag]);
    const lines = [...junk, ...adds.map(([e, tag]) => formatTagEvent(addEvent(e, tag, { by: 9, reply: 900 + Number(e.slice(1)) })))];
    return { state: { fieldTags, recordText: lines.length ? lines.join('\n') : null }, adds };
  });

/**
 * Concurrent changes from several reviewers: adds with fresh ids (one reply each, so the
 * "same tagger, same reply" rule does not merge two different changes), and removes of adds that
 * exist somewhere in the scenario, as a reviewer can only remove what they saw.
 */
const scenario = ticket.chain(({ state, adds: existing }) =>
  fc
    .array(fc.record({ tags: fc.subarray(TAGS, { minLength: 1 }), by: fc.integer({ min: 1, max: 3 }) }), { maxLength: 5 })
    .chain((addSpecs) => {
      const adds: TagChange[] = addSpecs.map((spec, c) => ({
        op: 'add',
        adds: spec.tags.map((tag, i) => ({ tag, eventId: `a${c}x${i}` })),
        replyId: 100 + c,
        by: spec.by,
        at: AT,
      }));
      const removable = [
        ...existing.map(([e, tag]) => ({ ref: e, tag })),
        ...adds.flatMap((change) => (change.op === 'add' ? change.adds.map((item) => ({ ref: item.eventId, tag: item.tag })) : [])),
      ];
      const removes = removable.length
        ? fc.array(fc.subarray(removable, { minLength: 1 }), { maxLength: 4 }).map((groups) =>
            groups.map((group, c): TagChange => ({
              op: 'remove',
              removes: group.map((item, i) => ({ ...item, eventId: `r${c}x${i}` })),
              by: 1,
              at: AT,
            })),
          )
        : fc.constant<TagChange[]>([]);
      return removes.map((removeChanges) => ({ state, changes: [...adds, ...removeChanges] }));
    }),
);

function applyAll(state: TicketTagState, changes: readonly TagChange[]): TicketTagState {
  return changes.reduce((current, change) => planTagChange(current, change, withRecord), state);
}

function outcome(state: TicketTagState): { active: string[]; field: string[] } {
  return {
    active: activeTags(parseRecord(state.recordText).events)
      .map((event) => event.e)
      .sort(),
    field: [...state.fieldTags].sort(),
  };
}

describe('planTagChange properties', () => {
  it('gives the same active tags and field in any order, with retries anywhere', () => {
    fc.assert(
      fc.property(
        scenario.chain(({ state, changes }) =>
          fc.tuple(
            fc.constant(state),
            fc.shuffledSubarray(changes, { minLength: changes.length }),
            fc.shuffledSubarray(changes, { minLength: changes.length }),
            fc.subarray(changes),
          ),
        ),
        ([state, orderA, orderB, retried]) => {
          const a = applyAll(state, orderA);
          const b = applyAll(state, [...orderB, ...retried]);
          expect(outcome(b)).toEqual(outcome(a));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('applying a change twice is the same as once', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), ({ state, changes }, pick) => {
        const change = changes[pick % Math.max(1, changes.length)];
        if (!change) return;
        const once = planTagChange(state, change, withRecord);
        const twice = planTagChange(once, change, withRecord);
        expect(twice.noop).toBe(true);
        expect({ fieldTags: twice.fieldTags, recordText: twice.recordText }).toEqual({
          fieldTags: once.fieldTags,
          recordText: once.recordText,
        });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every malformed line of the existing record', () => {
    fc.assert(
      fc.property(fc.string(), scenario, (junk, { changes }) => {
        const state = { fieldTags: [], recordText: junk };
        const before = parseRecord(junk).malformed.map((line) => line.text);
        const after = parseRecord(applyAll(state, changes).recordText).malformed.map((line) => line.text);
        expect(after).toEqual(before);
      }),
    );
  });

  it('never throws on arbitrary record text or field tags', () => {
    fc.assert(
      fc.property(
        fc.option(fc.string({ unit: 'binary' }), { nil: null }),
        fc.array(fc.string()),
        scenario,
        (recordText, fieldTags, { changes }) => {
          for (const change of changes) {
            for (const hasRecordField of [true, false]) planTagChange({ fieldTags, recordText }, change, { hasRecordField });
          }
        },
      ),
    );
  });
});
