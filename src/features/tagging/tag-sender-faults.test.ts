import { describe, expect, it } from 'vitest';
import { runScenario, SCENARIOS } from '../../../test/support/fault-matrix';

const scenario = (prefix: string) => SCENARIOS.find((s) => s.name.startsWith(prefix))!;

// Component tests against the double: generous time on a loaded machine (figures live in the bench).
describe('the tag write path under faults: nothing lost silently, nothing written in anyone else’s name', { timeout: 30_000 }, () => {
  it.each(SCENARIOS)('$name', async (s) => {
    const result = await runScenario(s);
    expect(result.lostSilently).toBe(0);
    expect(result.misattributed).toBe(0);
    expect(result.landed + result.kept + result.lostAndTold).toBe(result.attempted);
    if (s.faults.length === 0 && !s.before && !s.valuesFieldId) expect(result.requests).toBe(2 * result.attempted);
  });

  it('really queues when Zendesk is unreachable (the scenario is not vacuous)', async () => {
    expect(await runScenario(scenario('offline for everything'))).toMatchObject({ landed: 15, kept: 0 });
  });

  // Each of these failed before: the columns say where the 15 writes went.
  it.each([
    // A full storage was ignored: "saved in this browser" while nothing was stored.
    ['storage full', { landed: 0, kept: 0, lostAndTold: 15 }],
    ['storage blocked', { landed: 0, kept: 0, lostAndTold: 15 }],
    // The next person's app deleted them (may not tag) or sent them under their own session (may tag).
    ['queued; next person on the browser may not tag', { landed: 15 }],
    ['queued; next person on the browser is a tagger', { landed: 15 }],
    // A 401 discarded the change; now it waits for the next sign-in.
    ['401', { landed: 15 }],
    // Queued changes for closed or deleted tickets vanished; now they are held for their author.
    ['queued, then the tickets were closed', { kept: 15 }],
    ['queued, then the tickets were deleted', { kept: 15 }],
    // "Saved to the ticket." while nothing was written.
    ['values field id points nowhere', { lostAndTold: 15 }],
    ['values field of the wrong type', { lostAndTold: 15 }],
    // Every later tag failed with Zendesk's 422; now refused before writing, or written after compaction.
    ['full record (nothing to compact)', { lostAndTold: 15, requests: 15 }],
    ['full record of removed tags', { landed: 15 }],
    // Edited entries were sent signed as the admin; now refused and held for their author.
    ['queued entries edited', { landed: 0, kept: 15 }],
  ])('%s', async (name, expected) => {
    expect(await runScenario(scenario(name))).toMatchObject(expected);
  });

  it('the ticket history check marks every line written directly through the API unverified, and every real tag verified (issue 8 item 12)', async () => {
    const result = await runScenario(scenario('record lines written directly through the API'));
    expect(result).toMatchObject({ landed: 15, lostSilently: 0, forged: { written: 3, unverified: 3, landedVerified: 15 } });
  });
});
