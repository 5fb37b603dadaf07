// The leads page in the workspace (production-like build, Chromium): time to the first chart and the
// longest main-thread task, for 20,000 tagged tickets and for hostile inputs (a 2 MB comment of `<`
// on a tagged reply, a half-typed year in the From field). Issue 9.
import { execFileSync } from 'node:child_process';
import { preview } from 'vite';
import type { Frame, Page } from 'playwright-core';
import { generateTaggedTickets } from '../../test/mocks/factories';
import type { World } from '../../test/mocks/world';
import defaultWorld from '../../test/fixtures/world.json';
import { launchChromium } from '../lib/chromium';
import { productionEnv } from '../lib/workspace-build';

const RUNS = 3;
const VALUES = 360010001;
const RECORD = 360010002;

interface Figures {
  firstChartMs: number;
  longestTaskMs: number;
  /** Longest task after the first chart (the excerpts, or typing the year). */
  longestAfterMs: number;
}

/** Long tasks of every frame, from the start: installed before any script of the page runs. */
const LONG_TASKS = `
  window.__vcLongest = 0; window.__vcLongestAfter = 0; window.__vcAfter = false;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__vcLongest = Math.max(window.__vcLongest, entry.duration);
        if (window.__vcAfter) window.__vcLongestAfter = Math.max(window.__vcLongestAfter, entry.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
`;

function baseWorld(): World {
  return structuredClone(defaultWorld) as unknown as World;
}

function bigWorld(): World {
  const world = baseWorld();
  const agents = world.users.filter((u) => u.role !== 'end-user').map((u) => u.id);
  world.tickets.push(
    ...generateTaggedTickets(20_000, {
      valuesFieldId: VALUES,
      recordFieldId: RECORD,
      tags: ['vc_own_the_outcome', 'vc_lead_with_empathy', 'vc_say_it_plainly', 'vc_make_it_effortless', 'vc_learn_out_loud'],
      userIds: agents,
      groupIds: world.groups.map((g) => g.id),
      seed: 11,
      firstId: 500_000,
      endAt: new Date(Date.now() - 3_600_000).toISOString(),
    }),
  );
  return world;
}

/** One tagged ticket whose tagged reply is 2 MB of `<`: the feed quotes it. */
function hostileWorld(): World {
  const world = baseWorld();
  const at = new Date(Date.now() - 60_000).toISOString();
  const hostile = '<'.repeat(2_000_000);
  const agent = world.users.find((u) => u.role === 'agent')!.id;
  world.tickets.push({
    ...world.tickets[0]!,
    id: 900_001,
    subject: 'A 2 MB comment',
    updated_at: at,
    created_at: at,
    custom_fields: [
      { id: VALUES, value: ['vc_own_the_outcome'] },
      {
        id: RECORD,
        value: JSON.stringify({ v: 1, e: 'h1', op: 'add', tag: 'vc_own_the_outcome', by: agent, at, reply: 990_001, author: agent }),
      },
    ],
  });
  world.comments['900001'] = [
    {
      id: 990_001,
      type: 'Comment',
      author_id: agent,
      body: hostile,
      html_body: hostile,
      plain_body: hostile,
      public: true,
      created_at: at,
      via: { channel: 'web' },
    },
  ];
  return world;
}

async function openLeads(page: Page, base: string, world: World): Promise<Frame> {
  const body = JSON.stringify(world);
  // A predicate, not a glob: `**/bench-world.json` would also match the page's own `?world=` URL.
  await page.route(
    (url) => url.pathname === '/bench-world.json',
    (route) => route.fulfill({ body, contentType: 'application/json' }),
  );
  await page.addInitScript(LONG_TASKS);
  await page.goto(`${base}/test/workspace/index.html?world=/bench-world.json`, { timeout: 180_000 });
  await page.waitForFunction(() => window.workspace !== undefined, undefined, { timeout: 180_000 });
  await page.evaluate(() => window.workspace!.openNavBar());
  const frame = await (await page.waitForSelector('iframe[data-location="nav_bar"]')).contentFrame();
  await frame!.waitForFunction(() => performance.getEntriesByName('vc:leads-first-chart').length > 0, undefined, { timeout: 300_000 });
  return frame!;
}

async function measure(frame: Frame): Promise<Figures> {
  return frame.evaluate(() => {
    const w = window as unknown as { __vcLongest: number; __vcLongestAfter: number };
    return {
      firstChartMs: performance.getEntriesByName('vc:leads-first-chart')[0]!.startTime,
      longestTaskMs: w.__vcLongest,
      longestAfterMs: w.__vcLongestAfter,
    };
  });
}

const markAfter = (frame: Frame) => frame.evaluate(() => void ((window as unknown as { __vcAfter: boolean }).__vcAfter = true));

type Scenario = (page: Page, base: string) => Promise<Figures>;

const scenarios: { label: string; run: Scenario }[] = [
  {
    label: '20,000 tagged tickets (over the 10,000 cap: newest weeks read)',
    run: async (page, base) => measure(await openLeads(page, base, bigWorld())),
  },
  {
    label: 'a tagged reply of 2 MB of `<` (quoted in the feed)',
    run: async (page, base) => {
      const frame = await openLeads(page, base, hostileWorld());
      await markAfter(frame);
      await frame.getByTestId('feed-excerpt').first().waitFor({ timeout: 60_000 });
      await page.waitForTimeout(500);
      return measure(frame);
    },
  },
  {
    label: 'typing a half-typed year (`0202-11-01`) into From',
    run: async (page, base) => {
      const frame = await openLeads(page, base, baseWorld());
      await markAfter(frame);
      const from = frame.getByLabel('From', { exact: true });
      for (const value of ['0002-11-01', '0020-11-01', '0202-11-01']) await from.fill(value);
      await frame.getByText(/Enter a year from 2000/).waitFor();
      await page.waitForTimeout(1500);
      return measure(frame);
    },
  },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchLeads(options: { build?: boolean } = {}): Promise<string> {
  if (options.build !== false)
    execFileSync('npx', ['vite', 'build', '--mode', 'workspace', '--logLevel', 'warn'], {
      stdio: 'inherit',
      env: productionEnv(),
    });
  const server = await preview({ mode: 'workspace', preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const base = `http://127.0.0.1:${address.port}`;
  const browser = await launchChromium();
  const lines: string[] = [];
  try {
    for (const scenario of scenarios) {
      const runs: Figures[] = [];
      for (let i = 0; i < RUNS; i++) {
        const page = await browser.newPage();
        try {
          runs.push(await scenario.run(page, base));
        } catch (error) {
          console.error(`leads bench (${scenario.label}) failed: ${(error as Error).message.split('\n')[0]}`);
        } finally {
          await page.close();
        }
      }
      if (runs.length === 0) lines.push(`| ${scenario.label} | failed | | |`);
      else
        lines.push(
          `| ${scenario.label} | ${median(runs.map((r) => r.firstChartMs)).toFixed(0)} ms | ${median(runs.map((r) => r.longestTaskMs)).toFixed(0)} ms | ${median(runs.map((r) => r.longestAfterMs)).toFixed(0)} ms |`,
        );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return [
    '## Leads page: time to first chart and longest main-thread task',
    '',
    `Workspace build in headless Chromium, median of ${RUNS} cold loads. "First chart" is the performance mark \`vc:leads-first-chart\` in the nav-bar iframe (from its navigation start: SDK, handshake, search counts, Search Export pages, users, groups and satisfaction counts). "Longest task" is the longest \`longtask\` entry in the iframe over the whole load; "after" is the longest once the charts were up (quoting the feed's replies, or typing the year).`,
    '',
    '| input | first chart | longest task | longest task after |',
    '| --- | --- | --- | --- |',
    ...lines,
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchLeads());
