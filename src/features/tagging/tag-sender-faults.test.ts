import { describe, expect, it } from 'vitest';
import { runScenario, SCENARIOS } from '../../../test/support/fault-matrix';

describe('the tag write path under Zendesk faults loses nothing', () => {
  it.each(SCENARIOS)('$name', async (scenario) => {
    const result = await runScenario(scenario);
    expect(result.lost).toBe(0);
    expect(result.landedAtOnce + result.pendingThenLanded).toBe(result.writesAttempted);
    if (scenario.faults.length === 0) expect(result.requests).toBe(2 * result.writesAttempted);
  });

  it('really queues when Zendesk is unreachable (the scenario is not vacuous)', async () => {
    const result = await runScenario(SCENARIOS.find((s) => s.name.startsWith('offline for everything'))!);
    expect(result.landedAtOnce).toBe(0);
    expect(result.pendingThenLanded).toBe(result.writesAttempted);
  });
});
