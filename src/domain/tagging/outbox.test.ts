import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dequeue, enqueue, hold, parseOutbox, recordAttempt, release, serializeOutbox, splitByOwner, type OutboxEntry } from './outbox';
import { readTagChange } from './tag-change';
import { addChange, AT, removeChange } from './test-factories';

const entry = (change: OutboxEntry['change'], ticketId = 5): OutboxEntry => ({
  ticketId,
  userId: change.by,
  change,
  createdAt: AT,
  attempts: 0,
  lastError: null,
});
const first = entry(addChange([['vc_a', 'e1']], { note: 'n' }));
const second = entry(
  removeChange([
    ['vc_a', 'e1', 'r1'],
    ['vc_b', null, 'r2'],
  ]),
  6,
);

describe('outbox', () => {
  it('round-trips entries through storage', () => {
    const entries = [first, second];
    expect(parseOutbox(serializeOutbox(entries))).toEqual({ entries, corrupt: false });
  });

  it('deduplicates by event id', () => {
    const queued = enqueue(
      [first],
      entry(
        addChange([
          ['vc_b', 'x'],
          ['vc_a', 'e1'],
        ]),
      ),
    );
    expect(queued).toEqual([first]);
    expect(enqueue(queued, second)).toEqual([first, second]);
  });

  it('counts attempts and drops landed entries', () => {
    const failed = recordAttempt([first, second], 'r2', 'zendesk.offline');
    expect(failed[1]).toMatchObject({ attempts: 1, lastError: 'zendesk.offline' });
    expect(failed[0]).toBe(first);
    expect(dequeue(failed, 'e1')).toEqual([failed[1]]);
  });

  it('keeps each entry with the person who made it', () => {
    const theirs = { ...entry(addChange([['vc_c', 'e9']], { by: 2 })), userId: 2 };
    expect(splitByOwner([first, theirs, second], 1)).toEqual({ mine: [first, second], othersCount: 1 });
    expect(parseOutbox(serializeOutbox([theirs])).entries[0]?.userId).toBe(2);
    const legacy = JSON.parse(serializeOutbox([first])) as { entries: Record<string, unknown>[] };
    delete legacy.entries[0]!.userId;
    expect(parseOutbox(JSON.stringify(legacy)).entries[0]?.userId).toBe(first.change.by);
  });

  it('holds a change that cannot land as it is, for its author, until they retry or discard it', () => {
    const held = hold([first, second], 'e1', 'closed-ticket');
    expect(held[0]).toMatchObject({ held: 'closed-ticket', lastError: 'closed-ticket', attempts: 1 });
    expect(parseOutbox(serializeOutbox(held)).entries[0]?.held).toBe('closed-ticket');
    expect(release(held, 'e1')[0]).not.toHaveProperty('held');
  });

  it('reads empty storage as an empty outbox', () => {
    expect(parseOutbox(null)).toEqual({ entries: [], corrupt: false });
    expect(parseOutbox('')).toEqual({ entries: [], corrupt: false });
  });

  it('keeps the readable entries of corrupt storage and flags the loss', () => {
    const stored = JSON.parse(serializeOutbox([first, second])) as { entries: unknown[] };
    stored.entries.splice(1, 0, { ticketId: 'x' }, null, { ...first, change: { op: 'add', adds: [], by: 1, at: AT } });
    expect(parseOutbox(JSON.stringify(stored))).toEqual({ entries: [first, second], corrupt: true });
    expect(parseOutbox('{"v":1,"entries":[')).toEqual({ entries: [], corrupt: true });
    expect(parseOutbox('[1,2]')).toEqual({ entries: [], corrupt: true });
  });

  it('never throws on arbitrary stored text or values', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((value) => JSON.stringify({ v: 1, entries: [value] })),
        ),
        (text) => {
          const { entries } = parseOutbox(text);
          for (const item of entries) expect(readTagChange(item.change)).toEqual(item.change);
        },
      ),
    );
  });
});
