import type { Frame } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { frameInbox, recordFrameInboxes } from './support/frame-inbox';
import { axeViolations, useWorkspaceSession, type WorkspaceSession } from './support/workspace-page';

// A full calibration round in the workspace, built through the UI from the default world (no fixture
// rounds): a lead samples 4 replies, three reviewers answer blind, the lead closes the round.
const workspace = useWorkspaceSession();
let session: WorkspaceSession;

const ADMIN = 361010;
const REVIEWERS = [
  { id: 361001, name: 'Priya Raman' },
  { id: 361002, name: 'Marco Bianchi' },
  { id: 361003, name: 'Jordan Lee' },
];
const VALUES_FIELD = '360010001';
const OWN = 'Own the outcome';
const EMPATHY = 'Lead with empathy';
// Every reviewer ticks "Own the outcome" on replies 1 and 2 only (full agreement); "Lead with empathy"
// on different replies each (poor agreement).
const EMPATHY_ON: number[][] = [
  [0, 2],
  [1, 3],
  [0, 3],
];

const log = (step: string) => process.stderr.write(`[calibration e2e ${new Date().toISOString().slice(11, 19)}] ${step}\n`);
const requests = () =>
  session.page.evaluate(() =>
    window.workspace!.store.requests().map((r) => ({ method: r.method, url: r.url, body: r.body, from: r.from })),
  );
/** The app instance on the nav bar now (the workspace's request log names the instance that asked). */
const navGuid = () => session.page.locator('iframe[data-location="nav_bar"]').getAttribute('data-app-guid');

/** Everything a frame has received from the host (the answers to its requests included), unescaped. */
const unescapedInbox = async (frame: Frame) => (await frameInbox(frame)).map((m) => m.replace(/\\/g, ''));
const inbox = async () => (await unescapedInbox(await navFrame())).join('\n');
/** The answers to `client.request` calls a frame received (ZAF's `zaf.request:<n>.done/fail` messages). */
const requestAnswers = async (frame: Frame) => (await unescapedInbox(frame)).filter((m) => m.includes('"key":"zaf.request:'));

async function navFrame(): Promise<Frame> {
  const handle = await session.page.waitForSelector('iframe[data-location="nav_bar"]');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('No nav bar frame');
  return frame;
}

async function signIn(userId: number) {
  await session.page.evaluate((id) => window.workspace!.setCurrentUser(id), userId);
  log(`signed in as ${userId}`);
  await session.page.evaluate(() => window.workspace!.openNavBar());
  log('nav bar open');
  const nav = session.navBar();
  await nav.getByRole('tab', { name: 'Calibration' }).click();
  return nav;
}

describe('calibration on the leads page', () => {
  beforeEach(async () => {
    session = workspace.current();
    // Conditions, not time: a generous ceiling per wait on a loaded machine, so a stuck step names itself.
    session.context.setDefaultTimeout(60_000);
    // Every frame keeps what the host sends it, so the test can check what a page received.
    await recordFrameInboxes(session.context);
  });

  it('runs a round with three blind reviewers and shows agreement per value and overall; no ticket is written', async () => {
    log('lead signs in');
    let nav = await signIn(ADMIN);
    await nav.getByRole('button', { name: 'Create them' }).click();
    await nav.getByRole('heading', { name: 'Start a round' }).waitFor();
    log('sampling');
    await nav.getByRole('spinbutton', { name: 'Replies to sample' }).fill('4');
    await nav.getByRole('button', { name: 'Sample replies' }).click();
    await nav.getByText('4 replies in this round').waitFor();
    for (const r of REVIEWERS) await nav.getByRole('checkbox', { name: r.name }).check({ force: true });
    await nav.getByRole('button', { name: 'Start the round' }).click();
    await nav.getByTestId('calibration-round').first().waitFor();
    log('round started');
    const rounds = await session.page.evaluate(() => window.workspace!.store.records('vc_calibration_round'));
    expect(rounds).toHaveLength(1);

    for (const [index, reviewer] of REVIEWERS.entries()) {
      log(`reviewer ${reviewer.name}`);
      const before = (await requests()).length;
      const previous = await navGuid();
      nav = await signIn(reviewer.id);
      const mine = await navGuid();
      expect(mine).not.toBe(previous);
      const form = nav.getByRole('form', { name: /^Your answers for / });
      await form.waitFor();
      const items = form.getByTestId('calibration-item');
      expect(await items.count()).toBe(4);
      for (let n = 0; n < 4; n++) {
        if (n < 2) await items.nth(n).getByRole('checkbox', { name: OWN }).check({ force: true });
        if (EMPATHY_ON[index]!.includes(n)) await items.nth(n).getByRole('checkbox', { name: EMPATHY }).check({ force: true });
      }
      await form.getByRole('button', { name: 'Save draft' }).click();
      await form.getByText('Saved.').waitFor();

      // Blind, checked on the wire: this page asked only for its own answer, read no ticket and no
      // search (the tickets' real tags), and received nobody else's answer.
      // A page replaced by the sign-in (the lead's, or the previous reviewer's) may still have reads in
      // flight: they are that page's, and land in the log after `before`. Nothing else may ask.
      const since = (await requests()).slice(before);
      expect(since.filter((r) => r.from !== mine && r.from !== previous).map((r) => `${r.from} ${r.url}`)).toEqual([]);
      const sent = since.filter((r) => r.from === mine);
      log(`${sent.length} requests from this reviewer's page; ${since.length - sent.length} from the page it replaced`);
      const answerSearches = sent.filter((r) => r.url.includes('/custom_objects/vc_calibration_answer/records/search'));
      expect(answerSearches.length).toBeGreaterThan(0);
      for (const r of answerSearches)
        expect(JSON.stringify(r.body)).toContain(`"custom_object_fields.reviewer_id":{"$eq":"${reviewer.id}"}`);
      expect(sent.filter((r) => /\/api\/v2\/(tickets|search)/.test(r.url)).map((r) => r.url)).toEqual([]);
      const received = await inbox();
      for (const other of REVIEWERS.filter((r) => r.id !== reviewer.id)) expect(received).not.toContain(`"reviewer_id":"${other.id}"`);
      // No ticket (its custom fields hold the real tags) and no search result reached this page.
      expect(received).not.toContain('"custom_fields"');
      expect(received).not.toContain(`custom_field_${VALUES_FIELD}`);
      expect(received).not.toContain('"results":[');

      await form.getByRole('button', { name: 'Submit my answers' }).click();
      await nav.getByRole('button', { name: 'Submit: final' }).click();
      await nav.getByText(`Submitted: ${index + 1} of 3.`, { exact: false }).waitFor();
    }

    log('lead closes the round');
    nav = await signIn(ADMIN);
    await nav.getByRole('button', { name: 'Close the round and show results' }).click();
    const results = nav.getByTestId('round-results');
    await results.waitFor();
    expect(await results.getByRole('status').textContent()).toMatch(/^Overall agreement α = -?\d\.\d\d \(3 reviewers\)\./);
    expect(await results.textContent()).toContain(`Reviewers agree well on ${OWN}.`);
    expect(await results.textContent()).toContain(`They agree poorly on ${EMPATHY}`);
    // Most disagreement first, each reviewer's tags side by side.
    const disagreements = results.getByTestId('disagreement');
    expect(await disagreements.count()).toBe(4);
    const averages = (await disagreements.allTextContents()).map((text) => Number(/differ on ([\d.]+) values/.exec(text)?.[1]));
    expect(averages).toEqual([...averages].sort((a, b) => b - a));
    for (const r of REVIEWERS) expect(await results.getByRole('rowheader', { name: r.name }).count()).toBe(4);
    expect(await axeViolations(await navFrame())).toEqual([]);

    const writes = (await requests()).filter((r) => r.method !== 'GET' && r.url.includes('/api/v2/tickets'));
    expect(writes).toEqual([]);
    log('done');
  }, 300_000);

  it('a reviewer answers blind from the sidebar of a ticket in the round; other agents’ ticket views cost nothing', async () => {
    let nav = await signIn(ADMIN);
    await nav.getByRole('button', { name: 'Create them' }).click();
    await nav.getByRole('spinbutton', { name: 'Replies to sample' }).fill('2');
    await nav.getByRole('button', { name: 'Sample replies' }).click();
    await nav.getByText('2 replies in this round').waitFor();
    await nav.getByRole('textbox', { name: 'Round name' }).fill('Sidebar round');
    for (const r of REVIEWERS.slice(0, 2)) await nav.getByRole('checkbox', { name: r.name }).check({ force: true });
    await nav.getByRole('button', { name: 'Start the round' }).click();
    await nav.getByTestId('calibration-round').first().waitFor();
    const [record] = await session.page.evaluate(() => window.workspace!.store.records('vc_calibration_round'));
    const items = (JSON.parse(String(record!.custom_object_fields.payload)) as { items: { key: string; ticketId: number }[] }).items;
    const ticketId = items[0]!.ticketId;

    // A reviewer opens the leads page once (it remembers their open rounds), then the ticket.
    nav = await signIn(REVIEWERS[0]!.id);
    await nav.getByRole('form', { name: /^Your answers for / }).waitFor();
    const before = (await requests()).length;
    await session.page.evaluate((id) => window.workspace!.openTicket(id), ticketId);
    const sidebar = session.sidebar();
    const line = sidebar.getByTestId('calibration-line');
    await line.getByText('Calibration round Sidebar round: 1 reply of this ticket to answer').waitFor();
    // The line itself cost no request: the leads page remembered the round for the sidebars.
    expect(await requestAnswers(await session.sidebarFrame())).toEqual([]);
    await line.getByRole('button', { name: 'Answer here' }).click();
    const form = sidebar.getByRole('form', { name: 'Your answers for Sidebar round' });
    await form.getByRole('checkbox', { name: OWN }).check({ force: true });
    await form.getByRole('button', { name: 'Save my answer' }).click();
    await sidebar.getByText('Saved in your draft of Sidebar round.').waitFor();
    const answers = await session.page.evaluate(() => window.workspace!.store.records('vc_calibration_answer'));
    expect(answers.map((a) => [a.custom_object_fields.reviewer_id, JSON.parse(String(a.custom_object_fields.tags)) as unknown])).toEqual([
      [String(REVIEWERS[0]!.id), { [items[0]!.key]: ['vc_own_the_outcome'] }],
    ]);
    // Blind in the sidebar too: only this reviewer's own answer was asked for.
    const sent = (await requests()).slice(before);
    for (const r of sent.filter((x) => x.url.includes('vc_calibration_answer/records/search')))
      expect(JSON.stringify(r.body)).toContain(`"custom_object_fields.reviewer_id":{"$eq":"${REVIEWERS[0]!.id}"}`);
    expect(await axeViolations(await session.sidebarFrame())).toEqual([]);

    // An agent who is not in the round: the same ticket view shows no line and makes no request.
    await session.page.evaluate((id) => window.workspace!.setCurrentUser(id), REVIEWERS[2]!.id);
    await session.page.evaluate((id) => window.workspace!.openTicket(id), ticketId);
    // The suggestion has been worked out (a value, or "nothing stands out": which one is the engine's business, and the
    // priors retrained with each batch of labelled teams move it), so the sidebar has read all it will read.
    const settled = session.sidebar().getByTestId('top-suggestion').or(session.sidebar().getByTestId('no-clear-value'));
    await settled.waitFor();
    expect(await session.sidebar().getByTestId('calibration-line').count()).toBe(0);
    expect(await requestAnswers(await session.sidebarFrame())).toEqual([]);
  }, 300_000);
});

describe('recognition without surveillance', () => {
  beforeEach(() => {
    session = workspace.current();
    session.context.setDefaultTimeout(60_000);
  });

  async function overview(userId: number) {
    await session.page.evaluate((id) => window.workspace!.setCurrentUser(id), userId);
    await session.page.evaluate(() => window.workspace!.openNavBar());
    return session.navBar();
  }

  it('an agent sees team-level figures unless the admin setting allows their role', async () => {
    let nav = await overview(361002);
    await nav
      .getByTestId('visibility-note')
      .getByText(/team-level figures only/)
      .waitFor();
    await nav.getByTestId('leads-summary').waitFor();
    expect(await nav.getByTestId('per-agent').count()).toBe(0);

    await session.page.evaluate(() => window.workspace!.setSettings({ per_agent_roles: 'admin, agent' }));
    nav = await overview(361002);
    await nav
      .getByTestId('visibility-note')
      .getByText(/You see per-agent figures/)
      .waitFor();
    await nav.getByTestId('per-agent').waitFor();
  }, 240_000);
});
