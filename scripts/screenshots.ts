// `npm run screenshots`: the ticket sidebar for each role and ticket state (light, dark, Japanese) and
// the leads page's parts (light and dark) in the workspace running the production package, saved to
// docs/screenshots/*.png, with the height each sidebar asked for printed as a Markdown table.
// `--heights-only` measures without saving images; `--only=<text>` keeps the shots whose name
// contains it (e.g. `--only=agent-open`, `--only=leads`).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './lib/chromium';
import {
  blankWorkspaceUrl,
  LOOKS,
  measureSettled,
  openScenario,
  SCENARIOS,
  scenarioName,
  sidebarFrame,
  type Look,
} from './lib/sidebar-scenarios';
import { startWorkspace } from './bench/workspace-server';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');
const heightsOnly = process.argv.includes('--heights-only');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length) ?? '';

/** Whether fontconfig knows a font with Japanese glyphs (without one, Chromium draws boxes). */
function hasJapaneseFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

const sidebarShots = SCENARIOS.filter((s) => LOOKS.some((look) => scenarioName(s, look).includes(only)));
const writesJapanese = !heightsOnly && LOOKS.some((look) => look.locale === 'ja' && sidebarShots.length > 0);
if (writesJapanese && !hasJapaneseFont()) {
  console.error(
    'No font with Japanese glyphs (`fc-list :lang=ja` lists none): the Japanese screenshots would show boxes.\n' +
      "Install Debian's fonts-noto-cjk (`sudo apt-get install -y fonts-noto-cjk`) and run again, or pass --heights-only.",
  );
  process.exit(1);
}

/**
 * The leads page as a lead sees it, part by part, on a Saturday of the default world's last busy week
 * (the page's clock is set there, so the pictures do not change with the day they are taken). The
 * world's own tags are older and do not record the replies' authors, so the week's tagging is seeded
 * first, as reviewers would have saved it: ten tags on real replies of the world's tickets, each line
 * in the record field's format with the reply's author, written through the workspace's Zendesk.
 */
const LEADS_NOW = new Date('2026-11-21T16:00:00Z');
const LEADS_LOOKS: readonly Look[] = [
  { scheme: 'light', locale: 'en' },
  { scheme: 'dark', locale: 'en' },
];
/** Sam Okafor, the default world's admin: may open the leads page and see per-agent figures. */
const LEAD_USER = 361010;
const PRIYA = 361001;
const MARCO = 361002;
/** The week's tags: ticket, reply (comment id), the value, who tagged it, when, and a note. */
const WEEK_TAGS: readonly { ticket: number; reply: number; tag: string; by: number; at: string; note?: string }[] = [
  {
    ticket: 1008,
    reply: 5000073,
    tag: 'vc_own_the_outcome',
    by: PRIYA,
    at: '2026-11-16T10:05:00Z',
    note: 'Chased the approval every day and said so.',
  },
  { ticket: 1008, reply: 5000067, tag: 'vc_lead_with_empathy', by: PRIYA, at: '2026-11-16T10:06:00Z' },
  {
    ticket: 1017,
    reply: 5000098,
    tag: 'vc_learn_out_loud',
    by: PRIYA,
    at: '2026-11-16T11:00:00Z',
    note: 'Explained why, so the next admin knows.',
  },
  { ticket: 1002, reply: 5000007, tag: 'vc_say_it_plainly', by: PRIYA, at: '2026-11-17T09:10:00Z' },
  { ticket: 1017, reply: 5000098, tag: 'vc_say_it_plainly', by: MARCO, at: '2026-11-17T14:00:00Z' },
  { ticket: 1012, reply: 5000082, tag: 'vc_make_it_effortless', by: PRIYA, at: '2026-11-18T09:30:00Z' },
  {
    ticket: 1009,
    reply: 5000075,
    tag: 'vc_make_it_effortless',
    by: MARCO,
    at: '2026-11-18T15:00:00Z',
    note: 'One clear ask, with how to do it.',
  },
  { ticket: 1013, reply: 5000085, tag: 'vc_lead_with_empathy', by: PRIYA, at: '2026-11-19T10:00:00Z' },
  { ticket: 1006, reply: 5000025, tag: 'vc_own_the_outcome', by: MARCO, at: '2026-11-20T12:00:00Z' },
  {
    ticket: 1005,
    reply: 5000023,
    tag: 'vc_own_the_outcome',
    by: MARCO,
    at: '2026-11-21T09:00:00Z',
    note: 'Locked the account down before being asked.',
  },
];

/**
 * Writes the week's tags into the workspace's Zendesk, each at its own time (the page's clock moves to
 * it) and as its tagger, so the ticket's history agrees with the line (the leads page checks that).
 */
async function seedWeek(page: Page): Promise<void> {
  for (const [index, item] of WEEK_TAGS.entries()) {
    await page.clock.setSystemTime(new Date(item.at));
    await page.evaluate(
      ({ item, index }) => {
        const controller = window.workspaceController!;
        const settings = controller.state.settings['values-coach'] ?? {};
        const valuesField = Number(settings.values_field_id);
        const recordField = Number(settings.record_field_id);
        const ticket = controller.store.ticket(item.ticket);
        const author = controller.store.comments(item.ticket).find((c) => c.id === item.reply)?.author_id;
        if (author === undefined) throw new Error(`No reply ${item.reply} on ticket #${item.ticket} in this world`);
        // No named helper functions in here: tsx would wrap them in a helper the page does not have.
        const recordNow = ticket.custom_fields.find((f) => f.id === recordField)?.value;
        const valuesNow = ticket.custom_fields.find((f) => f.id === valuesField)?.value;
        const record = typeof recordNow === 'string' ? recordNow : '';
        const values = Array.isArray(valuesNow) ? (valuesNow as string[]) : [];
        const line = JSON.stringify({
          v: 1,
          e: `seed-${item.ticket}-${index}`,
          op: 'add',
          tag: item.tag,
          by: item.by,
          at: new Date().toISOString(),
          reply: item.reply,
          author,
          ...(item.note ? { note: item.note } : {}),
        });
        window.workspace!.store.updateTicketAs(item.by, item.ticket, {
          custom_fields: [
            { id: valuesField, value: [...new Set([...values, item.tag])] },
            { id: recordField, value: record ? `${record}\n${line}` : line },
          ],
        });
      },
      { item, index },
    );
  }
  await page.clock.setSystemTime(LEADS_NOW);
}

const leadsName = (part: string, look: Look) => `leads-${part}-${look.scheme}`;

async function leadsShots(browser: Browser, base: string): Promise<string[]> {
  const written: string[] = [];
  for (const look of LEADS_LOOKS) {
    if (!['this-week', 'agent-values', 'feed', 'export', 'learning', 'calibration', 'wall'].some((p) => leadsName(p, look).includes(only)))
      continue;
    // Tall enough for the wall's columns: a part is shot whole only when it fits the nav bar's frame.
    const context = await browser.newContext({ viewport: { width: 1280, height: 1800 } });
    try {
      await context.clock.install({ time: LEADS_NOW });
      const page = await context.newPage();
      await page.goto(blankWorkspaceUrl(base, look));
      await page.waitForFunction(() => window.workspace !== undefined && window.workspaceController !== undefined);
      await seedWeek(page);
      await page.evaluate(async (userId) => {
        await window.workspace!.setCurrentUser(userId);
        await window.workspace!.openNavBar();
      }, LEAD_USER);
      const handle = await page.waitForSelector('iframe[data-location="nav_bar"]');
      const nav = (await handle.contentFrame())!;
      await nav.waitForSelector('[data-testid="leads-summary"]', { timeout: 30_000 });
      // Excerpts and the roster arrive after the figures; the badges quote their replies.
      await nav.waitForSelector('[data-testid="week-badge-excerpt"]', { timeout: 15_000 }).catch(() => undefined);
      await page.waitForTimeout(1000);
      const shoot = async (part: string, selector: string) => {
        const name = leadsName(part, look);
        if (!name.includes(only)) return;
        await nav
          .locator(selector)
          .first()
          .screenshot({ path: resolve(OUT, `${name}.png`) });
        written.push(name);
      };
      await shoot('this-week', '[data-testid="this-week"]');
      await shoot('agent-values', '[data-testid="agent-values"]');
      await shoot('feed', 'section[aria-labelledby="feed"]');
      await shoot('export', '[data-testid="export-panel"]');
      if (leadsName('learning', look).includes(only)) {
        // What the suggestions learned from the week's tags, per value, and the values nobody has tagged yet (ADR 0147).
        const panel = nav.locator('[data-testid="learning-panel"]');
        await panel.getByRole('button', { name: /^Learn from/ }).click();
        await panel.getByText(/^Saved what/).waitFor({ timeout: 30_000 });
        await shoot('learning', '[data-testid="learning-panel"]');
      }
      for (const [part, tab, selector] of [
        ['calibration', 'Calibration', '[data-testid="calibration-panel"]'],
        ['wall', 'Wall', '[data-testid="wall-view"]'],
      ] as const) {
        if (!leadsName(part, look).includes(only)) continue;
        await nav.getByRole('tab', { name: tab, exact: true }).click();
        await nav.waitForSelector(selector, { timeout: 20_000 });
        await page.waitForTimeout(1000);
        await shoot(part, selector);
      }
    } finally {
      await context.close();
    }
  }
  return written;
}

const server = await startWorkspace();
const browser = await launchChromium();
const rows: string[] = [];
let leads: string[] = [];
try {
  if (!heightsOnly) mkdirSync(OUT, { recursive: true });
  for (const scenario of sidebarShots) {
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
  if (!heightsOnly) leads = await leadsShots(browser, server.url);
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
    ...(leads.length > 0 ? ['', `Leads page: ${leads.map((n) => `${n}.png`).join(', ')}`] : []),
  ].join('\n'),
);
