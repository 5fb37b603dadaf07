// Time from a sidebar iframe starting to load to its values (and first suggestion) being on
// screen, in the workspace running the production package (real SDK handshake, Chromium).
//
// With VC_SCAFFOLD_DIR pointing at Zendesk's official React scaffold (zendesk/app_scaffolds,
// packages/react), built outside this repo, Values Coach and the scaffold's hello-world load
// alternately in the same browser run, one app per page, and each is timed the same way: the
// workspace marks every change of an app page's visible text (test/workspace/host/text-marks.ts),
// and we read when the values heading, resp. the scaffold's "Hello from Ticket Side Bar", first
// showed. Without it, Values Coach runs beside the minimal plain-JS fixture app (the floor any ZAF
// sidebar pays), and the section says how to get the scaffold.
import { loadavg } from 'node:os';
import type { Browser, Frame } from 'playwright-core';
import { launchChromium } from '../lib/chromium';
import { startWorkspace } from './workspace-server';

const RUNS = Number(process.env.VC_BENCH_RUNS ?? 11);
// An open ticket: a solved one shows no suggestion (no coaching once solved), so its mark never comes.
const TICKET = 1002;
const load = () => loadavg()[0]!.toFixed(1);
const VALUES_TEXT = /Our (\d+ values|value)/i; // vc.catalogue.values, English (the workspace's agents speak English)
const SCAFFOLD_TEXT = /Hello from Ticket Side Bar/; // the scaffold's ticket_sidebar.title

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const range = (xs: number[]) => `min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)}`;

/** An app's own mark, from the iframe document's own time origin (its navigation start). */
async function mark(frame: Frame, name: string): Promise<number> {
  await frame.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: 30_000 });
  return frame.evaluate((n) => performance.getEntriesByName(n)[0]!.startTime, name);
}

/** When the workspace first saw this text in the app's page (same time origin). */
async function textMark(frame: Frame, pattern: RegExp): Promise<number> {
  const find = ([source, flags]: [string, string]) => {
    const re = new RegExp(source, flags);
    const hit = performance
      .getEntriesByName('workspace:text')
      .find((e) => re.test(((e as PerformanceMark).detail as { text?: string } | null)?.text ?? ''));
    return hit ? hit.startTime : null;
  };
  const args: [string, string] = [pattern.source, pattern.flags];
  await frame.waitForFunction(find, args, { timeout: 30_000 });
  return (await frame.evaluate(find, args))!;
}

async function withPage<T>(browser: Browser, url: string, query: string, run: (frame: (app: string) => Promise<Frame>) => Promise<T>) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${url}${query}`);
    await page.waitForFunction(() => window.workspace !== undefined);
    return await run(async (app) => (await (await page.waitForSelector(`iframe[data-app="${app}"]`)).contentFrame())!);
  } finally {
    await context.close();
  }
}

async function repeat<T>(label: string, times: number, once: (i: number) => Promise<T>): Promise<{ results: T[]; failures: number }> {
  const results: T[] = [];
  let failures = 0;
  for (let attempt = 0; results.length < times && attempt < times * 2; attempt++) {
    try {
      results.push(await once(attempt));
    } catch (error) {
      failures++;
      console.error(`${label} run failed: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return { results, failures };
}

async function againstScaffold(browser: Browser, url: string): Promise<string> {
  const vc = { values: [] as number[], text: [] as number[], suggestion: [] as number[] };
  const scaffold: number[] = [];
  const loads = [load()];
  // Alternating loads, one app per page, fresh browser context each: neither app warms the other's cache.
  const { failures } = await repeat('values-visible (alternating)', RUNS, async () => {
    const a = await withPage(browser, url, `?ticket=${TICKET}&apps=values-coach`, async (frame) => {
      const f = await frame('values-coach');
      return {
        values: await mark(f, 'vc:values-visible'),
        text: await textMark(f, VALUES_TEXT),
        suggestion: await mark(f, 'vc:suggestion-visible'),
      };
    });
    const b = await withPage(browser, url, `?ticket=${TICKET}&apps=scaffold`, async (frame) =>
      textMark(await frame('scaffold'), SCAFFOLD_TEXT),
    );
    vc.values.push(a.values);
    vc.text.push(a.text);
    vc.suggestion.push(a.suggestion);
    scaffold.push(b);
  });
  loads.push(load());
  const ratio = median(vc.text) / median(scaffold);
  // Each Values Coach load beside the scaffold load right after it: less exposed to the machine's
  // load changing during the run than the ratio of the two medians.
  const paired = median(vc.text.map((t, i) => t / scaffold[i]!));
  return [
    "## Time to values, against Zendesk's React scaffold",
    '',
    `From each sidebar iframe's navigation start, in the workspace (production \`dist/\`, hosted SDK answered locally), headless Chromium, ${vc.text.length} alternating cold loads of each app (one app per page, fresh browser context each). "Visible" is when the workspace saw the text in the app's page (a DOM mutation, the same detector for both apps); Values Coach's own mark is shown too.`,
    '',
    '| what | median | range |',
    '| --- | --- | --- |',
    `| Zendesk's React scaffold: "Hello from Ticket Side Bar" visible | **${median(scaffold).toFixed(0)} ms** | ${range(scaffold)} |`,
    `| Values Coach: values heading visible | **${median(vc.text).toFixed(0)} ms** (${ratio.toFixed(2)}× the scaffold; median of the ${vc.text.length} paired ratios: ${paired.toFixed(2)}×) | ${range(vc.text)} |`,
    `| Values Coach: its \`vc:values-visible\` mark (effect after the commit) | ${median(vc.values).toFixed(0)} ms | ${range(vc.values)} |`,
    `| Values Coach: first suggestion visible (\`vc:suggestion-visible\`) | ${median(vc.suggestion).toFixed(0)} ms | ${range(vc.suggestion)} |`,
    '',
    `Both pay the SDK, the handshake, \`currentUser\`, their strings and a lazily loaded location chunk; Values Coach also parses its settings (the catalogue) before drawing the values. Ticket ${TICKET} (open), the workspace's default user (a reviewer). Machine load average (1 min) at the start and end of the run: ${loads.join(' → ')}. Scaffold: \`VC_SCAFFOLD_DIR=${process.env.VC_SCAFFOLD_DIR}\`.${failures ? ` ${failures} load(s) failed and were retried.` : ''}`,
    '',
  ].join('\n');
}

async function besideFixture(browser: Browser, url: string): Promise<string> {
  const values: number[] = [];
  const suggestion: number[] = [];
  const fixture: number[] = [];
  const { failures } = await repeat('values-visible', RUNS, () =>
    withPage(browser, url, `?ticket=${TICKET}&apps=values-coach,minimal`, async (frame) => {
      const vc = await frame('values-coach');
      const minimal = await frame('minimal');
      values.push(await mark(vc, 'vc:values-visible'));
      suggestion.push(await mark(vc, 'vc:suggestion-visible'));
      fixture.push(await mark(minimal, 'fixture:values-visible'));
    }),
  );
  return [
    '## Time to values and to the first suggestion',
    '',
    `From each sidebar iframe's navigation start, production package (\`dist/\`) in the workspace, headless Chromium, ${values.length} cold loads (fresh browser context each):`,
    '',
    '| what | median | range |',
    '| --- | --- | --- |',
    `| Values Coach: values visible (\`vc:values-visible\`) | **${median(values).toFixed(0)} ms** | ${range(values)} |`,
    `| Values Coach: first suggestion visible (\`vc:suggestion-visible\`) | **${median(suggestion).toFixed(0)} ms** | ${range(suggestion)} |`,
    `| minimal plain-JS ZAF app in the same page: first value (\`fixture:values-visible\`) | ${median(fixture).toFixed(0)} ms | ${range(fixture)} |`,
    '',
    `Includes loading the SDK (served by the workspace's service worker), the ZAF handshake, \`currentUser\`, the locale strings and, for the suggestion, the ticket through \`client.get\` and the lazily loaded suggestion engine. Both apps load in the same page at the same time, so they compete for the same CPU.${failures ? ` ${failures} load(s) timed out and were retried.` : ''}`,
    '',
    "Not compared with Zendesk's React scaffold in this run: to do so, build it outside the repo and point `VC_SCAFFOLD_DIR` at it: use the `fetch` tool or `git clone https://github.com/zendesk/app_scaffolds`, copy `packages/react` to e.g. `/work/scaffold`, `npm install && npm run build` there, then `VC_SCAFFOLD_DIR=/work/scaffold npx tsx scripts/bench/values-visible-bench.ts` (the workspace hosts it as the app folder `scaffold`).",
    '',
  ].join('\n');
}

export async function benchValuesVisible(): Promise<string> {
  const server = await startWorkspace();
  const browser = await launchChromium();
  try {
    return process.env.VC_SCAFFOLD_DIR ? await againstScaffold(browser, server.url) : await besideFixture(browser, server.url);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchValuesVisible());
