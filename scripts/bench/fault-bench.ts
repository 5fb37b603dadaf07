// The tag write path under a matrix of faults: where each of 15 writes ends up. lost silently must be 0.
import { runScenario, SCENARIOS } from '../../test/support/fault-matrix';
import { recordSizes } from './record-size';

export async function benchFaults(): Promise<string> {
  const rows: string[] = [];
  for (const scenario of SCENARIOS) {
    const r = await runScenario(scenario);
    const forged = r.forged ? `${r.forged.unverified} of ${r.forged.written} (real tags verified: ${r.forged.landedVerified})` : '–';
    rows.push(
      `| ${r.name} | ${r.attempted} | ${r.landed} | ${r.kept} | ${r.lostAndTold} | ${r.lostSilently} | ${r.misattributed} | ${forged} | ${r.requests} |`,
    );
  }
  return [
    '## Tag writes under faults (nothing lost silently)',
    '',
    '15 tag writes (5 tickets × 3 values) by one reviewer per scenario; then the outbox is flushed as the next load would (faults lifted;',
    'in the "next person" scenarios first by that person, then by the reviewer). **landed**: in the ticket, signed by the reviewer;',
    '**kept**: in this browser’s outbox for the reviewer, shown with its state or the reason it cannot land; **lost and told**: nowhere,',
    'and the reviewer was told so while the input was still in the form; **lost silently**: nowhere, while told it was saved or queued;',
    '**misattributed**: written under someone else’s name. Normal case: 2 requests per tag (1 read, 1 write).',
    '**forged lines unverified**: record lines written directly through the API, marked unverified by the ticket history check',
    '(the leads page’s and the export’s, ADR 0050), and how many of the reviewer’s real tags it verified.',
    '',
    '| scenario | attempted | landed | kept | lost and told | lost silently | misattributed | forged lines unverified | API requests |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    recordSizes(),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchFaults());
