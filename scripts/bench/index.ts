// `npm run bench`: every performance figure, written to docs/benchmarks.md (never asserted in tests).
import { writeFileSync } from 'node:fs';
import { bundleSection, measureBundle } from './bundle-bench';
import { benchCliExport } from './cli-export-bench';
import { benchExport } from './export-bench';
import { benchFaults } from './fault-bench';
import { benchLeads } from './leads-bench';
import { benchLeadsScale } from './leads-scale-bench';
import { benchModelCalls } from './model-calls-bench';
import { benchSuggest } from './suggest-bench';
import { benchValuesVisible } from './values-visible-bench';
import { BEFORE_ISSUE_11, measureRequests, requestsSection } from './requests-bench';
import { benchWall } from './wall-bench';

const sections = [
  `# Benchmarks\n\nWritten by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}, ${process.platform}/${process.arch}). Numbers vary with the machine; compare runs on the same one.\n`,
  bundleSection(measureBundle()),
  await benchValuesVisible(),
  requestsSection(await measureRequests(), BEFORE_ISSUE_11),
  // The build benchValuesVisible made is reused.
  await benchLeads({ build: false }),
  await benchLeadsScale(),
  await benchSuggest(),
  await benchModelCalls(),
  await benchFaults(),
  await benchExport(),
  await benchCliExport(),
  await benchWall(),
];
writeFileSync('docs/benchmarks.md', sections.join('\n'));
console.log(sections.join('\n'));
