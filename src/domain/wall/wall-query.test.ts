import { describe, expect, it } from 'vitest';
import { monthRange, recentMonths, wallFilter } from './wall-query';
import { canEditNote, canModerate } from './wall-permissions';

describe('wall queries', () => {
  it('builds month ranges and recent months across a year end', () => {
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' });
    expect(monthRange('2026-13')).toBeNull();
    expect(recentMonths(new Date('2027-01-15T00:00:00Z'), 3)).toEqual(['2027-01', '2026-12', '2026-11']);
  });

  it('filters by value and month, and leaves hidden notes out unless asked', () => {
    const filter = wallFilter({ valueTag: 'vc_a', month: '2026-11', includeHidden: false });
    expect(JSON.stringify(filter)).toContain('"custom_object_fields.value_tag":{"$eq":"vc_a"}');
    expect(JSON.stringify(filter)).toContain('"custom_object_fields.hidden":{"$noteq":true}');
    expect(JSON.stringify(filter)).toContain('"$gte":"2026-11-01T00:00:00.000Z"');
    expect(JSON.stringify(wallFilter({ valueTag: null, month: null, includeHidden: true }))).not.toContain('hidden');
  });

  it('lets authors edit their own notes and leads or admins moderate', () => {
    const settings = { taggerRoles: ['admin'], taggerGroupIds: [5] };
    expect(canEditNote({ id: 1, role: 'agent', groupIds: [] }, { authorId: 1 })).toBe(true);
    expect(canEditNote({ id: 2, role: 'admin', groupIds: [] }, { authorId: 1 })).toBe(false);
    expect(canModerate({ id: 2, role: 'agent', groupIds: [5] }, settings)).toBe(true);
    expect(canModerate({ id: 3, role: 'agent', groupIds: [] }, settings)).toBe(false);
    expect(canModerate({ id: 4, role: 'Admin', groupIds: [] }, settings)).toBe(true);
    expect(canModerate({ id: 5, role: 'end-user', groupIds: [5] }, settings)).toBe(false);
  });
});
