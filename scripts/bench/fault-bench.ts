// The tag write path under a matrix of Zendesk faults: writes attempted, landed, lost (must be 0).
import { runScenario, SCENARIOS } from '../../test/support/fault-matrix';

export async function benchFaults(): Promise<string> {
  const rows: string[] = [];
  for (const scenario of SCENARIOS) {
    const r = await runScenario(scenario);
    rows.push(`| ${r.name} | ${r.writesAttempted} | ${r.landedAtOnce} | ${r.pendingThenLanded} | ${r.lost} | ${r.requests} |`);
  }
  return [
    '## Tag writes under faults (nothing lost)',
    '',
    '15 tag writes (5 tickets × 3 values) per scenario; then faults are lifted and the outbox is flushed as the next load would.',
    'Normal case: 2 requests per tag (1 read, 1 write); a 409 adds one read and one write.',
    '',
    '| scenario | writes | landed at once | queued, then landed | lost | API requests |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchFaults());
