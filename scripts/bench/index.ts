// `npm run bench`: every performance figure, written to docs/benchmarks.md (never asserted in tests).
import { writeFileSync } from 'node:fs';
import { bundleSection, measureBundle } from './bundle-bench';
import { benchExport } from './export-bench';
import { benchFaults } from './fault-bench';
import { benchSuggest } from './suggest-bench';
import { benchValuesVisible } from './values-visible-bench';
import { BEFORE_ISSUE_11, measureRequests, requestsSection } from './requests-bench';

const sections = [
  `# Benchmarks\n\nWritten by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}, ${process.platform}/${process.arch}). Numbers vary with the machine; compare runs on the same one.\n`,
  bundleSection(measureBundle()),
  await benchValuesVisible(),
  requestsSection(await measureRequests(), BEFORE_ISSUE_11),
  await benchSuggest(),
  await benchFaults(),
  await benchExport(),
];
writeFileSync('docs/benchmarks.md', sections.join('\n'));
console.log(sections.join('\n'));
