// Time from the sidebar iframe starting to load to the values being on screen, in the workspace
// (production-like build, real SDK handshake, Chromium). Read from the app's own performance mark.
import { execFileSync } from 'node:child_process';
import { preview } from 'vite';
import { launchChromium } from '../lib/chromium';

const RUNS = 7;

export async function benchValuesVisible(): Promise<string> {
  execFileSync('npx', ['vite', 'build', '--mode', 'workspace', '--logLevel', 'warn'], { stdio: 'inherit' });
  const server = await preview({ mode: 'workspace', preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const browser = await launchChromium();
  const times: number[] = [];
  let failures = 0;
  try {
    for (let attempt = 0; times.length < RUNS && attempt < RUNS * 2; attempt++) {
      const page = await browser.newPage();
      try {
        await page.goto(`http://127.0.0.1:${address.port}/test/workspace/index.html?ticket=1001`);
        await page.waitForFunction(() => window.workspace !== undefined);
        const frame = await (await page.waitForSelector('iframe[data-location="ticket_sidebar"]')).contentFrame();
        await frame!.waitForFunction(() => performance.getEntriesByName('vc:values-visible').length > 0, undefined, { timeout: 30_000 });
        // startTime is measured from the iframe document's own time origin (its navigation start).
        times.push(await frame!.evaluate(() => performance.getEntriesByName('vc:values-visible')[0]!.startTime));
      } catch (error) {
        failures++;
        console.error(`values-visible run failed: ${(error as Error).message.split('\n')[0]}`);
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  return [
    '## Time to values visible',
    '',
    `From the sidebar iframe's navigation start to the catalogue rendered (performance mark \`vc:values-visible\`), workspace build in headless Chromium, ${RUNS} cold page loads: **median ${sorted[Math.floor(RUNS / 2)]!.toFixed(0)} ms** (min ${sorted[0]!.toFixed(0)}, max ${sorted.at(-1)!.toFixed(0)}). Includes loading the SDK, the ZAF handshake, \`currentUser\` and the locale strings.${failures ? ` ${failures} load(s) timed out and were retried.` : ''}`,
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchValuesVisible());
