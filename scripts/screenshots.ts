// `npm run screenshots`: the ticket sidebar for each role and ticket state (light, dark, Japanese) in
// the workspace running the production package, saved to docs/screenshots/*.png, with the height
// each asked for printed as a Markdown table. `--heights-only` measures without saving images.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from './lib/chromium';
import { blankWorkspaceUrl, LOOKS, measureSettled, openScenario, SCENARIOS, scenarioName, sidebarFrame } from './lib/sidebar-scenarios';
import { startWorkspace } from './bench/workspace-server';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');
const heightsOnly = process.argv.includes('--heights-only');
/** `--only=agent-open` keeps the scenarios whose name contains it. */
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length) ?? '';

const server = await startWorkspace();
const browser = await launchChromium();
const rows: string[] = [];
try {
  if (!heightsOnly) mkdirSync(OUT, { recursive: true });
  for (const scenario of SCENARIOS.filter((s) => scenarioName(s).includes(only))) {
    const cells: string[] = [];
    for (const look of LOOKS) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      try {
        const page = await context.newPage();
        await page.goto(blankWorkspaceUrl(server.url, look));
        await openScenario(page, scenario, look);
        const frame = await sidebarFrame(page);
        const { requested, scrollHeight } = await measureSettled(page, frame);
        cells.push(`${requested} (${scrollHeight})`);
        if (!heightsOnly) {
          // The sidebar as Zendesk shows it: the iframe at the height the app asked for.
          const iframe = page.locator('iframe[data-location="ticket_sidebar"]');
          await iframe.screenshot({ path: resolve(OUT, `${scenarioName(scenario, look)}.png`) });
        }
      } finally {
        await context.close();
      }
    }
    rows.push(`| ${scenario.role} | ${scenario.state} | #${scenario.ticketId} | ${cells.join(' | ')} |`);
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(
  [
    '| role | ticket state | ticket | light | dark | Japanese |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    'px the app asked for with its ZAF resize (its document scroll height in brackets), nothing opened by the user.',
  ].join('\n'),
);
