import { describe, expect, it } from 'vitest';
import { authorFields, moderationFields, noteFromRecord, recordName } from './note-record';

const base = {
  id: '01J',
  name: 'n',
  external_id: 'vcn-1',
  created_by_user_id: '7',
  created_at: '2026-11-02T00:00:00Z',
  updated_at: '2026-11-03T00:00:00Z',
};

describe('wall note records', () => {
  it('round-trips a note through record fields', () => {
    const note = {
      valueTag: 'vc_own_it',
      body: 'We stayed on it.',
      authorId: 7,
      authorName: 'Ada',
      ticketId: 1002,
      writtenAt: '2026-11-01T09:00:00Z',
    };
    const fields = {
      ...authorFields(note),
      ...moderationFields({ hidden: true, hiddenBy: 9, hiddenByName: 'Lee', hiddenAt: '2026-11-04T00:00:00Z', featured: true }),
    };
    expect(noteFromRecord({ ...base, custom_object_fields: fields })).toEqual({
      id: 'vcn-1',
      recordId: '01J',
      ...note,
      updatedAt: base.updated_at,
      hidden: true,
      hiddenBy: 9,
      hiddenByName: 'Lee',
      hiddenAt: '2026-11-04T00:00:00Z',
      featured: true,
    });
  });

  it('skips records that are not notes and falls back to record stamps', () => {
    expect(noteFromRecord({ ...base, custom_object_fields: { body: 'x' } })).toBeNull();
    const note = noteFromRecord({ ...base, external_id: null, custom_object_fields: { value_tag: 'vc_a', body: 'b' } });
    expect(note).toMatchObject({ id: 'record-01J', authorId: 7, writtenAt: base.created_at, hidden: false, ticketId: null });
  });

  it('names records after the value and the first line, within Zendesk’s 255', () => {
    expect(recordName({ valueTag: 'vc_a', body: 'line one\nline two' })).toBe('vc_a: line one');
    expect(recordName({ valueTag: 'vc_a', body: 'x'.repeat(500) }).length).toBeLessThanOrEqual(255);
  });
});
