import { describe, expect, it } from 'vitest';
import { discard, parseNoteOutbox, queueWrite, recordFailure, serializeNoteOutbox, settle, type NoteOutboxEntry } from './note-outbox';

const at = '2026-11-30T10:00:00.000Z';

describe('note outbox', () => {
  it('folds an edit into the queued create of the same note: one upsert with the latest body', () => {
    let entries = queueWrite([], 'n1', { kind: 'upsert', name: 'x', fields: { body: 'first', value_tag: 'vc_a' } }, at);
    entries = queueWrite(entries, 'n1', { kind: 'upsert', name: 'y', fields: { body: 'second' } }, at);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.write).toEqual({ kind: 'upsert', name: 'y', fields: { body: 'second', value_tag: 'vc_a' } });
  });

  it('a delete replaces the queued author write; moderation keeps its own lane', () => {
    let entries = queueWrite([], 'n1', { kind: 'upsert', name: 'x', fields: { body: 'b' } }, at);
    entries = queueWrite(entries, 'n2', { kind: 'moderate', recordId: 'R2', fields: { hidden: true } }, at);
    entries = queueWrite(entries, 'n1', { kind: 'delete' }, at);
    expect(entries.map((e) => [e.noteId, e.write.kind])).toEqual([
      ['n2', 'moderate'],
      ['n1', 'delete'],
    ]);
  });

  it('settles only the write that was sent: an edit queued during the send still goes', () => {
    const first = queueWrite([], 'n1', { kind: 'upsert', name: 'x', fields: { body: 'a' } }, at);
    const sent = first[0] as NoteOutboxEntry;
    const edited = queueWrite(first, 'n1', { kind: 'upsert', name: 'x', fields: { body: 'b' } }, at);
    expect(settle(edited, sent)).toHaveLength(1);
    expect(settle(first, sent)).toHaveLength(0);
  });

  it('counts failures, discards on request, and survives storage round trips and corruption', () => {
    const entries = recordFailure(
      queueWrite([], 'n1', { kind: 'delete' }, at),
      { noteId: 'n1', write: { kind: 'delete' }, queuedAt: at, attempts: 0, lastError: null },
      'offline',
    );
    expect(entries[0]).toMatchObject({ attempts: 1, lastError: 'offline' });
    expect(parseNoteOutbox(serializeNoteOutbox(entries))).toEqual({ entries, corrupt: false });
    expect(discard(entries, 'n1')).toEqual([]);
    expect(parseNoteOutbox('{"entries":[{"noteId":"n1"}, ' + JSON.stringify(entries[0]) + ']}')).toEqual({ entries, corrupt: true });
    expect(parseNoteOutbox('{oops')).toEqual({ entries: [], corrupt: true });
    expect(parseNoteOutbox(null)).toEqual({ entries: [], corrupt: false });
  });
});
