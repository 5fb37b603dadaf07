// REST requests per ticket view, by role, in the workspace (real SDK protocol, Chromium), and what
// they would cost an account: projected onto each Zendesk plan's per-minute limit.
import type { Page } from 'playwright-core';
import { launchChromium } from '../lib/chromium';
import { startWorkspace } from './workspace-server';

/** World users (test/fixtures/world.json): who plays which role. */
export const ROLES = [
  { role: 'agent', userId: 361003, who: 'Jordan Lee, not a tagger' },
  { role: 'reviewer', userId: 361001, who: 'Priya Raman, in Reviewers' },
  { role: 'admin', userId: 361010, who: 'Sam Okafor' },
] as const;

/** Requests per minute, account-wide, shared by every integration (Zendesk's published limits). */
export const PLANS = [
  { plan: 'Team', perMinute: 200 },
  { plan: 'Growth / Professional', perMinute: 400 },
  { plan: 'Enterprise', perMinute: 700 },
  { plan: 'High Volume / Enterprise Plus', perMinute: 2500 },
] as const;

const TICKETS = [1002, 1006, 1008];

/**
 * Requests per view before issue 11 (main at a153594, measured in the workspace as reported in the
 * issue): the ticket, its comments and users/show_many; plus two ticket_fields reads for admins.
 */
export const BEFORE_ISSUE_11: Record<string, number> = { agent: 3, reviewer: 3, admin: 5 };

interface RoleFigures {
  role: string;
  who: string;
  /** Requests made by opening each ticket (first open after login, then further opens). */
  firstView: number;
  laterViews: number[];
  paths: string[];
}

async function requestCount(page: Page): Promise<{ n: number; paths: string[] }> {
  return page.evaluate(() => {
    const all = window.workspace!.store.requests();
    return { n: all.length, paths: all.map((r) => `${r.method} ${new URL(r.url, location.href).pathname}`) };
  });
}

/** Waits until the sidebar shows what this ticket calls for (or its tagging form), then for quiet. */
async function settle(page: Page): Promise<void> {
  const frame = await (await page.waitForSelector('iframe[data-location="ticket_sidebar"]')).contentFrame();
  await frame!.waitForSelector('[data-testid="ticket-sidebar"] h2', { timeout: 30_000 });
  let last = -1;
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(150);
    const { n } = await requestCount(page);
    if (n === last) return;
    last = n;
  }
}

async function measureRole(url: string, role: (typeof ROLES)[number]): Promise<RoleFigures> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${url}?ticket=${TICKETS[0]}`);
    await page.waitForFunction(() => window.workspace !== undefined);
    await page.evaluate((id) => window.workspace!.setCurrentUser(id), role.userId);
    await settle(page);
    const first = await requestCount(page);
    const later: number[] = [];
    let before = first.n;
    for (const id of TICKETS.slice(1)) {
      await page.evaluate((tid) => window.workspace!.openTicket(tid), id);
      await settle(page);
      const now = await requestCount(page);
      later.push(now.n - before);
      before = now.n;
    }
    return { role: role.role, who: role.who, firstView: first.n, laterViews: later, paths: [...new Set(first.paths)] };
  } finally {
    await browser.close();
  }
}

export async function measureRequests(): Promise<RoleFigures[]> {
  const server = await startWorkspace();
  try {
    const figures: RoleFigures[] = [];
    for (const role of ROLES) figures.push(await measureRole(server.url, role));
    return figures;
  } finally {
    await server.close();
  }
}

/** Share of a plan's limit that `agents` agents opening one ticket a minute would spend. */
export function projection(requestsPerView: number, agents: number, perMinute: number): string {
  if (requestsPerView === 0) return '0%';
  return `${Math.round(((requestsPerView * agents) / perMinute) * 100)}%`;
}

export function requestsSection(figures: RoleFigures[], before?: Record<string, number>): string {
  const lines = [
    '## REST requests per ticket view',
    '',
    `Measured in the workspace (production package, real SDK protocol, Chromium): each role logs in on ticket ${TICKETS[0]}, then opens tickets ${TICKETS.slice(1).join(' and ')}; every \`client.request\` the app makes is logged by the in-memory Zendesk. Reads through \`client.get\` and ZAF events cost the account nothing and are not counted. Tagging itself (one read right before the \`safe_update\`, one write) is not part of a view.`,
    '',
    `| role | ${before ? 'before | ' : ''}first view | later views | requests of the first view |`,
    `| --- | ${before ? '--- | ' : ''}--- | --- | --- |`,
    ...figures.map(
      (f) =>
        `| ${f.role} (${f.who}) | ${before ? `${before[f.role] ?? '?'} | ` : ''}${f.firstView} | ${f.laterViews.join(', ')} | ${f.paths.join('<br>') || '—'} |`,
    ),
    '',
    "Projection: every agent opens one ticket a minute, with the requests of a later view (the setup check runs once per session, so an admin's later views cost what an agent's do). Share of the account's whole per-minute limit:",
    '',
    `| plan (limit/min) | ${figures.flatMap((f) => [`${f.role} ×100`, `${f.role} ×1,000`]).join(' | ')} |`,
    `| --- | ${figures.flatMap(() => ['---', '---']).join(' | ')} |`,
    ...PLANS.map(
      (p) =>
        `| ${p.plan} (${p.perMinute}) | ${figures
          .flatMap((f) => {
            const perView = Math.max(...f.laterViews, 0);
            return [projection(perView, 100, p.perMinute), projection(perView, 1000, p.perMinute)];
          })
          .join(' | ')} |`,
    ),
    '',
  ];
  if (before) {
    lines.push(
      'Before (main at a153594: every view, every role, read the ticket, its comments and `users/show_many`; admins also the two fields): the same projection:',
      '',
      `| plan (limit/min) | ${figures.flatMap((f) => [`${f.role} ×100`, `${f.role} ×1,000`]).join(' | ')} |`,
      `| --- | ${figures.flatMap(() => ['---', '---']).join(' | ')} |`,
      ...PLANS.map(
        (p) =>
          `| ${p.plan} (${p.perMinute}) | ${figures
            .flatMap((f) => [projection(before[f.role] ?? 0, 100, p.perMinute), projection(before[f.role] ?? 0, 1000, p.perMinute)])
            .join(' | ')} |`,
      ),
      '',
    );
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await measureRequests();
  console.log(JSON.stringify(figures, null, 2));
  console.log(requestsSection(figures));
}
