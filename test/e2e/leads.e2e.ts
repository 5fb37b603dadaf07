import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { showTagTab } from './support/sidebar-tabs';
import { axeViolations, useWorkspaceSession, type WorkspaceSession } from './support/workspace-page';

const workspace = useWorkspaceSession();
let session: WorkspaceSession;

beforeEach(() => {
  session = workspace.current();
});

const requests = () =>
  session.page.evaluate(() => window.workspace!.store.requests().map((r) => ({ method: r.method, url: r.url, status: r.status })));

async function exportCsv(options: { excerpts?: boolean } = {}) {
  const nav = session.navBar();
  const panel = nav.getByTestId('export-panel');
  await panel.waitFor();
  if (options.excerpts) await panel.getByRole('checkbox', { name: /Quote each reply/ }).check({ force: true });
  const [download] = await Promise.all([
    session.page.waitForEvent('download', { timeout: 30_000 }),
    panel.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** The signed-in reviewer tags Jordan Lee's reply on #1002 from the sidebar's Tag tab (optionally with a note). */
async function tagReplyOn1002(value: string, note?: string) {
  await session.page.evaluate(() => window.workspace!.openTicket(1002));
  await showTagTab(session.sidebar());
  const form = session.sidebar().getByRole('form', { name: 'Tag a reply' });
  await form.waitFor();
  await form.getByRole('button', { name: value }).click();
  if (note !== undefined) await form.getByRole('textbox', { name: 'Note (optional)' }).fill(note);
  await form.getByRole('button', { name: 'Tag 1 value' }).click();
  await session
    .sidebar()
    .getByText(/^Tagged .+’s reply\.$/)
    .waitFor();
}

describe('the leads page', () => {
  it('shows a reply tagged in the sidebar, and the exported CSV holds its row', async () => {
    await tagReplyOn1002('Say it plainly', '=cmd|"/c calc"!A1 clear and kind');

    await session.page.evaluate(() => window.workspace!.openNavBar());
    const nav = session.navBar();
    const feed = nav.getByTestId('feed-entry').filter({ hasText: 'Ticket #1002' });
    await feed.first().waitFor({ timeout: 20_000 });
    expect(await feed.first().textContent()).toContain('Say it plainly');
    // The reply itself is quoted (Jordan Lee's public reply on #1002).
    await expect.poll(() => feed.first().getByTestId('feed-excerpt').count()).toBe(1);

    const file = await exportCsv({ excerpts: true });
    expect(file.name).toMatch(/^values-coach-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(file.text.slice(1), { header: true, skipEmptyLines: true, delimiter: ',' });
    expect(parsed.errors).toEqual([]);
    const row = parsed.data.find((r) => r['Ticket id'] === '1002' && r['Value tag'] === 'vc_say_it_plainly');
    expect(row).toMatchObject({
      Value: 'Say it plainly',
      'Tagged by': 'Priya Raman',
      Note: `'=cmd|"/c calc"!A1 clear and kind`,
      'Reply comment id': '5000007',
    });
    expect(row!['Reply excerpt']!.length).toBeGreaterThan(10);
  });

  it("opens on this week: the badge of a reply tagged today links to that reply's ticket (issue 13)", async () => {
    await tagReplyOn1002('Say it plainly');

    // Names and links to replies are per-agent figures: admins see them by default (ADR 0047).
    await session.page.evaluate(() => window.workspace!.setCurrentUser(361010)); // Sam Okafor, admin
    await session.page.evaluate(() => window.workspace!.openNavBar());
    const week = session.navBar().getByTestId('this-week');
    await week.waitFor({ timeout: 20_000 });
    expect(await week.getByRole('heading', { level: 2 }).first().textContent()).toBe('This week');
    const frame = await (await session.page.waitForSelector('iframe[data-location="nav_bar"]')).contentFrame();
    expect(await axeViolations(frame!)).toEqual([]);
    await session.page.evaluate(() => window.workspace!.openTicket(1001)); // elsewhere, so the link has somewhere to go from
    await session.page.evaluate(() => window.workspace!.openNavBar());
    const badge = week.getByTestId('week-badge').filter({ hasText: 'Say it plainly' });
    await badge
      .getByRole('button', { name: /reply on #1002/ })
      .first()
      .click();
    await session.page.getByRole('region', { name: 'Ticket #1002' }).waitFor({ timeout: 10_000 });
  });

  it('tells an agent outside the leads setting that the page is not available, and reads no figures (issue 13)', async () => {
    await session.page.evaluate(() => window.workspace!.setCurrentUser(361003)); // Jordan Lee: agent, not in the reviewers' group
    const before = (await requests()).length;
    await session.page.evaluate(() => window.workspace!.openNavBar());
    await session.navBar().getByTestId('leads-not-available').waitFor({ timeout: 20_000 });
    expect(await session.navBar().getByTestId('leads-not-available').textContent()).toContain('Not available to you');
    const reads = (await requests())
      .slice(before)
      .filter((r) => /search\/export|search\/count|show_many|group_memberships|vc_agent_preference/.test(r.url));
    expect(reads).toEqual([]);
  });

  it('waits out a 429 during the export and completes', async () => {
    await session.page.evaluate(() => window.workspace!.openNavBar());
    await session.navBar().getByTestId('leads-summary').waitFor({ timeout: 20_000 });
    await session.page.evaluate(() =>
      window.workspace!.fault({ method: 'GET', path: '/api/v2/search/export', status: 429, retryAfter: 2, times: 1 }),
    );
    const file = await exportCsv();
    expect(file.name).not.toContain('PARTIAL');
    const exportCalls = (await requests()).filter((r) => r.url.includes('/search/export'));
    expect(exportCalls.map((r) => r.status)).toContain(429);
    expect(exportCalls.at(-1)!.status).toBe(200);
    await session
      .navBar()
      .getByText(/^Done:/)
      .waitFor();
  });

  it('stops making requests when the export is cancelled, and saves nothing as complete', async () => {
    await session.page.evaluate(() => window.workspace!.openNavBar());
    await session.navBar().getByTestId('leads-summary').waitFor({ timeout: 20_000 });
    await session.page.evaluate(() =>
      window.workspace!.fault({ method: 'GET', path: '/api/v2/search/export', status: 429, retryAfter: 30, times: 5 }),
    );
    const panel = session.navBar().getByTestId('export-panel');
    await panel.getByRole('button', { name: 'Export', exact: true }).click();
    await panel.getByText(/Zendesk asked us to wait/).waitFor();
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await panel.getByText(/Export cancelled/).waitFor();
    const after = (await requests()).length;
    await session.page.waitForTimeout(1500);
    expect((await requests()).length).toBe(after);
    expect(await panel.getByRole('button', { name: 'Save the partial file' }).count()).toBe(1);
  });

  it('keeps a half-typed year off the charts and makes one Search Export run for a typed date (issue 9, items 9-10)', async () => {
    await session.page.evaluate(() => window.workspace!.openNavBar());
    const nav = session.navBar();
    await nav.getByTestId('leads-summary').waitFor({ timeout: 20_000 });
    const runs = async () =>
      (await requests()).filter((r) => r.url.includes('/search/export') && !r.url.includes('page%5Bafter%5D')).length;
    const before = await runs();
    const from = nav.getByRole('textbox', { name: 'From' });
    for (const value of ['0002-11-01', '0020-11-01', '0202-11-01']) await from.fill(value);
    await nav.getByText(/^Enter a year from 2000 to \d{4}\.$/).waitFor();
    expect(await from.getAttribute('aria-invalid')).toBe('true');
    expect(await nav.getByTestId('per-week').getByRole('row').count()).toBeLessThanOrEqual(6);
    await from.fill('2026-11-01');
    await session.page.waitForTimeout(1500);
    expect(await runs()).toBe(before + 1);
    await nav.getByTestId('leads-summary').waitFor();
  });

  it('passes axe in light and dark', async () => {
    await session.page.evaluate(() => window.workspace!.openNavBar());
    await session.navBar().getByTestId('leads-summary').waitFor({ timeout: 20_000 });
    // Opened, so its list (a chunk of its own, loaded on opening; ADR 0158) is checked too.
    await session.navBar().getByRole('button', { name: 'How the suggestions read each value' }).click();
    await session.navBar().getByTestId('value-readings').waitFor({ timeout: 20_000 });
    expect(await session.navBar().getByTestId('value-readings').getByRole('listitem').count()).toBeGreaterThan(0);
    const frame = await (await session.page.waitForSelector('iframe[data-location="nav_bar"]')).contentFrame();
    expect(await axeViolations(frame!)).toEqual([]);
    await session.page.evaluate(() => window.workspace!.setColorScheme('dark'));
    await frame!.waitForFunction(() => document.documentElement.dataset.colorScheme === 'dark');
    await session.page.waitForTimeout(800); // Garden's colour transition
    expect(await axeViolations(frame!)).toEqual([]);
  });
});

describe('recognition without surveillance: an agent who chose not to be named (issue 15)', () => {
  it('is named nowhere on the lead’s page or in the export, while the reply still counts', async () => {
    // Priya (a reviewer) tags Jordan Lee's reply on #1002.
    await tagReplyOn1002('Say it plainly');

    // The admin sets up the agents' choice once (the account has no preference object yet).
    await session.page.evaluate(() => window.workspace!.setCurrentUser(361010)); // Sam Okafor, admin
    await session.page.evaluate(() => window.workspace!.openNavBar());
    let nav = session.navBar();
    await nav.getByRole('button', { name: 'Create it' }).click({ timeout: 20_000 });
    await nav.getByRole('checkbox', { name: /Don't show my name/ }).waitFor();
    // Before the choice, the lead sees Jordan named on this week's badge.
    await nav.getByTestId('week-badge').filter({ hasText: 'Jordan Lee' }).first().waitFor({ timeout: 20_000 });

    // Jordan, who cannot open the leads page, makes the choice from the page he can open.
    await session.page.evaluate(() => window.workspace!.setCurrentUser(361003));
    await session.page.evaluate(() => window.workspace!.openNavBar());
    nav = session.navBar();
    await nav.getByRole('tab', { name: 'Your name' }).click({ timeout: 20_000 });
    const choice = nav.getByRole('checkbox', { name: /Don't show my name/ });
    await choice.click({ force: true }); // a controlled box: checked once Zendesk has the choice (check() expects it at once)
    await expect.poll(() => choice.isChecked()).toBe(true);
    const prefs = await session.page.evaluate(() => window.workspace!.store.records('vc_agent_preference'));
    expect(prefs.map((r) => [r.external_id, r.custom_object_fields.hide_name])).toEqual([['vc-agent-361003', true]]);

    // The lead's page: the reply counts, Jordan's name appears on no board, badge, feed or celebration.
    await session.page.evaluate(() => window.workspace!.setCurrentUser(361010));
    await session.page.evaluate(() => window.workspace!.openNavBar());
    nav = session.navBar();
    const week = nav.getByTestId('this-week');
    await week.getByTestId('week-badge').filter({ hasText: 'Say it plainly' }).first().waitFor({ timeout: 20_000 });
    await nav.getByTestId('leads-summary').waitFor({ timeout: 20_000 });
    await nav.getByText(/agents? chose not to be named; their tags count in the totals/).waitFor();
    expect(await nav.locator('body').textContent()).not.toContain('Jordan Lee');
    await nav.getByRole('tab', { name: 'Celebrations' }).click();
    await nav.getByTestId('celebrations').waitFor({ timeout: 20_000 });
    expect(await nav.locator('body').textContent()).not.toContain('Jordan Lee');
    expect(await nav.getByTestId('celebrations').textContent()).toMatch(/teammates? who chose not to be named/);

    await nav.getByRole('tab', { name: 'Overview' }).click();
    const file = await exportCsv();
    expect(file.text).not.toContain('Jordan Lee');
    const parsed = Papa.parse<Record<string, string>>(file.text.slice(1), { header: true, skipEmptyLines: true, delimiter: ',' });
    const row = parsed.data.find((r) => r['Ticket id'] === '1002' && r['Value tag'] === 'vc_say_it_plainly');
    expect(row).toBeDefined();
    expect(Object.values(row!)).toContain('(chose not to be named)');
  });
});
