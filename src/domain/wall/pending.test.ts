import { describe, expect, it } from 'vitest';
import type { WallNote } from './note';
import { queueWrite } from './note-outbox';
import { applyPending } from './pending';

const note = (id: string, over: Partial<WallNote> = {}): WallNote => ({
  id,
  recordId: `R${id}`,
  valueTag: 'vc_a',
  body: `body ${id}`,
  authorId: 1,
  authorName: 'Ada',
  ticketId: null,
  writtenAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
  hidden: false,
  hiddenBy: null,
  hiddenByName: null,
  hiddenAt: null,
  featured: false,
  ...over,
});
const at = '2026-11-05T00:00:00Z';

describe('applyPending', () => {
  it('shows a queued new note first, a queued edit in place, and hides a queued delete', () => {
    let entries = queueWrite(
      [],
      'new',
      { kind: 'upsert', name: 'n', fields: { value_tag: 'vc_a', body: 'fresh', author_id: 1, written_at: at } },
      at,
    );
    entries = queueWrite(entries, 'a', { kind: 'upsert', name: 'n', fields: { body: 'edited' } }, at);
    entries = queueWrite(entries, 'b', { kind: 'delete' }, at);
    entries = queueWrite(entries, 'c', { kind: 'moderate', recordId: 'Rc', fields: { hidden: true, hidden_by: 9, hidden_at: at } }, at);
    const shown = applyPending([note('a'), note('b'), note('c')], entries, (n) => n.valueTag === 'vc_a');
    expect(shown.map((n) => [n.id, n.body, n.hidden, n.pending !== null])).toEqual([
      ['new', 'fresh', false, true],
      ['a', 'edited', false, true],
      ['c', 'body c', true, true],
    ]);
    expect(applyPending([], entries, (n) => n.valueTag === 'vc_b')).toEqual([]);
  });
});
