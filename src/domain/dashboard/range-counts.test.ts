import { describe, expect, it } from 'vitest';
import { bucketId, planRangeCounts, runRangeCounts, type RangeCounts } from './range-counts';

const input = { valuesFieldId: 7, tags: ['vc_a', 'vc_b'], groupIds: [10, 11, 12], from: '2026-11-04', to: '2026-11-17' };

describe('planRangeCounts', () => {
  it('asks the total and each value first, then weeks clipped to the range, then groups', () => {
    const { buckets, groupsLeftOut } = planRangeCounts(input);
    expect(buckets.map(bucketId)).toEqual([
      'total:total',
      'value:vc_a',
      'value:vc_b',
      'week:2026-11-02',
      'week:2026-11-09',
      'week:2026-11-16',
      'group:10',
      'group:11',
      'group:12',
    ]);
    expect(groupsLeftOut).toBe(0);
    expect(buckets[0]!.query).toBe(
      'type:ticket custom_field_7:vc_a custom_field_7:vc_b updated>=2026-11-04T00:00:00Z updated<2026-11-18T00:00:00Z',
    );
    expect(buckets[1]!.query).toBe('type:ticket custom_field_7:vc_a updated>=2026-11-04T00:00:00Z updated<2026-11-18T00:00:00Z');
    // The first week starts at `from`, the last ends after `to`: the weeks add up to the total.
    expect(buckets[3]!.query).toContain('updated>=2026-11-04T00:00:00Z updated<2026-11-09T00:00:00Z');
    expect(buckets[5]!.query).toContain('updated>=2026-11-16T00:00:00Z updated<2026-11-18T00:00:00Z');
    expect(buckets[6]!.query).toContain('group:10');
  });

  it('keeps inside the request budget by leaving groups out, and says how many', () => {
    const plan = planRangeCounts({ ...input, maxRequests: 7 });
    expect(plan.buckets).toHaveLength(7);
    expect(plan.buckets.filter((b) => b.kind === 'group').map((b) => b.key)).toEqual(['10']);
    expect(plan.groupsLeftOut).toBe(2);
  });
});

describe('runRangeCounts', () => {
  it('reports after every answer, in plan order, and leaves a failed bucket empty rather than 0', async () => {
    const plan = planRangeCounts(input);
    const updates: RangeCounts[] = [];
    const result = await runRangeCounts({
      plan,
      concurrency: 1,
      signal: new AbortController().signal,
      count: async (query) => {
        if (query.includes('group:11')) throw new Error('429 storm');
        return query.length;
      },
      onUpdate: (counts) => updates.push(counts),
    });
    expect(updates).toHaveLength(plan.buckets.length);
    expect([...updates[2]!.counts.keys()]).toEqual(['total:total', 'value:vc_a', 'value:vc_b']);
    expect(result.done).toBe(true);
    expect(result.failed).toBe(1);
    expect(result.counts.has('group:11')).toBe(false);
    expect(result.counts.get('value:vc_a')).toBe(plan.buckets[1]!.query.length);
  });

  it('stops asking once the load is superseded', async () => {
    const plan = planRangeCounts(input);
    const stop = new AbortController();
    let asked = 0;
    const result = await runRangeCounts({
      plan,
      concurrency: 1,
      signal: stop.signal,
      count: async () => {
        if (++asked === 2) stop.abort();
        return 1;
      },
    });
    expect(asked).toBe(2);
    expect(result.done).toBe(false);
  });
});
