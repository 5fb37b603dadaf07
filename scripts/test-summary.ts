// The last line of `npm test`: every suite's counts added up, in the plain form CI reads.
import { readFileSync, readdirSync } from 'node:fs';

const dir = '.tmp/test-counts';
const totals = { passed: 0, failed: 0, skipped: 0 };
const parts: string[] = [];
for (const file of readdirSync(dir).sort()) {
  const counts = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as typeof totals;
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  parts.push(`${file.replace('.json', '')}: ${counts.passed}`);
}
console.log(`\nall suites (${parts.join(', ')})`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
