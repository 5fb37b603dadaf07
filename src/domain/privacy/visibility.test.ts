import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Aggregates } from '../dashboard/aggregate';
import type { ExportRow } from '../export/rows';
import { EXPORT_COLUMNS } from '../export/rows';
import { visibleAggregates, visibleAgentOptions, visibleBadges, visibleCelebration, visibleExportColumns, visibleExportRow } from './apply';
import { hiddenAgents, ownChoice, preferenceExternalId } from './preference';
import { canSeePerAgent, visibility } from './visibility';

const lead = { id: 1, role: 'admin', groupIds: [] };
const agent = { id: 2, role: 'agent', groupIds: [77] };
const adminsOnly = { roles: ['admin'], groupIds: [] };

const aggregates: Aggregates = {
  perValue: [],
  perAgent: [
    { agentId: 10, name: 'Ana', count: 5 },
    { agentId: 11, name: 'Bo', count: 3 },
  ],
  perGroup: [],
  tagEvents: 8,
  perWeek: [],
  total: 8,
};

describe('who sees per-agent figures', () => {
  it('roles or groups named by the admin; everyone else sees team-level figures', () => {
    expect(canSeePerAgent(lead, adminsOnly)).toBe(true);
    expect(canSeePerAgent(agent, adminsOnly)).toBe(false);
    expect(canSeePerAgent(agent, { roles: [], groupIds: [77] })).toBe(true);
    expect(canSeePerAgent({ ...agent, role: 'Team Lead' }, { roles: ['team lead'], groupIds: [] })).toBe(true);
  });

  it('without the permission: no per-agent rows, no names on badges, no agent filter, no assignee column', () => {
    const v = visibility(agent, adminsOnly, []);
    const shown = visibleAggregates(aggregates, v);
    expect(shown.perAgent).toEqual([]);
    expect(shown.total).toBe(8);
    expect(
      visibleBadges([{ week: 'w', start: 's', badges: [{ tag: 't', value: 'V', agentIds: [10], count: 2 }] }], v)[0]?.badges[0]?.agentIds,
    ).toEqual([]);
    expect(visibleAgentOptions([{ id: '10', label: 'Ana' }], v)).toEqual([]);
    expect(visibleExportColumns(EXPORT_COLUMNS, v)).not.toContain('assignee');
  });
});

describe('an agent who opted out', () => {
  const v = visibility(lead, adminsOnly, [10]);
  it('still counts in the team total, but is named nowhere', () => {
    const shown = visibleAggregates(aggregates, v);
    expect(shown.total).toBe(8);
    expect(shown.perAgent.map((a) => a.name)).toEqual(['Bo']);
    expect(shown.hiddenAgentTags).toBe(5);
    const badges = visibleBadges([{ week: 'w', start: 's', badges: [{ tag: 't', value: 'V', agentIds: [10, 11], count: 2 }] }], v);
    expect(badges[0]?.badges[0]?.agentIds).toEqual([11]);
    expect(
      visibleAgentOptions(
        [
          { id: '10', label: 'Ana' },
          { id: '11', label: 'Bo' },
        ],
        v,
      ).map((a) => a.label),
    ).toEqual(['Bo']);
    const row = { assigneeId: 10, assignee: 'Ana', replyAuthorId: 10, replyAuthor: 'Ana' } as ExportRow;
    const hidden = visibleExportRow(row, v, '(not named)');
    expect(hidden).toMatchObject({ assigneeId: null, assignee: '(not named)', replyAuthorId: null, replyAuthor: '(not named)' });
    expect(JSON.stringify(hidden)).not.toContain('Ana');
    const named = { assigneeId: 11, assignee: 'Bo', replyAuthorId: 11, replyAuthor: 'Bo' } as ExportRow;
    expect(visibleExportRow(named, v, '(not named)')).toEqual(named);
    // Bo wrote the reply, Ana (hidden) is the assignee: only her name goes.
    const mixed = { assigneeId: 10, assignee: 'Ana', replyAuthorId: 11, replyAuthor: 'Bo' } as ExportRow;
    expect(visibleExportRow(mixed, v, '(not named)')).toMatchObject({ assignee: '(not named)', replyAuthorId: 11, replyAuthor: 'Bo' });
    const teamOnly = visibility(agent, adminsOnly, []);
    expect(visibleExportRow(named, teamOnly, '(not named)')).toMatchObject({
      assigneeId: null,
      assignee: '',
      replyAuthorId: null,
      replyAuthor: '',
    });
    expect(visibleExportColumns(EXPORT_COLUMNS, teamOnly)).not.toContain('replyAuthor');
    expect(visibleExportColumns(EXPORT_COLUMNS, v)).toContain('assignee');
  });

  it('no name of a hidden agent survives any of the functions (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 10 }),
        fc.array(fc.integer({ min: 1, max: 30 })),
        (ids, hidden) => {
          const vis = visibility(lead, adminsOnly, hidden);
          const agg = { ...aggregates, perAgent: ids.map((agentId) => ({ agentId, name: `n${agentId}`, count: 1 })), total: ids.length };
          const shown = visibleAggregates(agg, vis);
          expect(shown.perAgent.some((a) => a.agentId !== null && hidden.includes(a.agentId))).toBe(false);
          expect(shown.perAgent.reduce((s, a) => s + a.count, 0) + shown.hiddenAgentTags).toBe(ids.length);
          const badges = visibleBadges([{ week: 'w', start: 's', badges: [{ tag: 't', value: 'V', agentIds: ids, count: 1 }] }], vis);
          expect(badges[0]?.badges[0]?.agentIds.some((id) => hidden.includes(id))).toBe(false);
        },
      ),
    );
  });
});

describe('the opt-out record', () => {
  const record = (userId: number, hide: boolean, by: number) => ({
    external_id: preferenceExternalId(userId),
    custom_object_fields: { hide_name: hide },
    updated_by_user_id: String(by),
  });
  it("counts as the agent's choice only when they wrote it last; anyone else's edit cannot make a name show", () => {
    expect([...hiddenAgents([record(10, true, 10), record(11, false, 11)])]).toEqual([10]);
    expect([...hiddenAgents([record(12, false, 1)])]).toEqual([12]);
    expect(ownChoice(record(12, false, 1), 12)).toBe(true);
    expect(ownChoice(null, 12)).toBe(false);
    expect([...hiddenAgents([{ ...record(13, true, 13), external_id: 'other' }])]).toEqual([]);
  });
});

describe('a celebration names only who may be named (issue 15: "everywhere a name appears")', () => {
  const celebration = {
    period: { kind: 'month' as const, from: '2026-11-01', to: '2026-11-30' },
    isEmpty: false,
    values: [
      {
        tag: 'vc_a',
        name: 'A',
        recognised: [
          { agentId: 10, badges: 2, tags: 5 },
          { agentId: 11, badges: 1, tags: 1 },
        ],
        replies: [],
        notes: [],
        customers: [],
      },
    ],
  };
  it('drops an agent who opted out and counts them as unnamed; team-level viewers get no names at all', () => {
    const lead = visibleCelebration(celebration, visibility({ id: 1, role: 'admin', groupIds: [] }, adminsOnly, [11]));
    expect(lead.values[0]!.recognised.map((r) => r.agentId)).toEqual([10]);
    expect(lead.values[0]!.unnamed).toBe(1);
    const teamOnly = visibleCelebration(celebration, visibility({ id: 2, role: 'agent', groupIds: [] }, adminsOnly, []));
    expect(teamOnly.values[0]!.recognised).toEqual([]);
    expect(teamOnly.values[0]!.unnamed).toBe(2);
  });
});
