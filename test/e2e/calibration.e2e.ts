import { beforeEach, describe, expect, it } from 'vitest';
import { axeViolations, useWorkspaceSession, type WorkspaceSession } from './support/workspace-page';

const workspace = useWorkspaceSession();
let session: WorkspaceSession;

beforeEach(() => {
  session = workspace.current();
});

const ADMIN = 361010;
const REVIEWERS = [
  { id: 361001, name: 'Priya Raman' },
  { id: 361002, name: 'Marco Bianchi' },
  { id: 361003, name: 'Jordan Lee' },
];

const requests = () =>
  session.page.evaluate(() => window.workspace!.store.requests().map((r) => ({ method: r.method, url: r.url, body: r.body })));

async function signIn(userId: number, tab: 'Calibration' | 'Team figures' = 'Calibration') {
  await session.page.evaluate((id) => window.workspace!.setCurrentUser(id), userId);
  await session.page.evaluate(() => window.workspace!.openNavBar());
  const nav = session.navBar();
  if (tab === 'Calibration') await nav.getByRole('tab', { name: 'Calibration' }).click();
  return nav;
}

describe('calibration on the leads page', () => {
  it('runs a round with three blind reviewers and shows agreement; no ticket is written', async () => {
    let nav = await signIn(ADMIN);
    await nav.getByRole('button', { name: 'Create them' }).click();
    await nav.getByRole('heading', { name: 'Start a round' }).waitFor();
    await nav.getByRole('spinbutton', { name: 'Replies to sample' }).fill('4');
    await nav.getByRole('button', { name: 'Sample replies' }).click();
    await nav.getByText('4 replies in this round').waitFor({ timeout: 20_000 });
    for (const r of REVIEWERS) await nav.getByRole('checkbox', { name: r.name }).check({ force: true });
    await nav.getByRole('button', { name: 'Start the round' }).click();
    await nav.getByTestId('calibration-round').first().waitFor();
    expect(await axeViolations(session.page.frames().find((f) => f.url().includes('nav_bar')) ?? session.page)).toEqual([]);

    for (const [index, reviewer] of REVIEWERS.entries()) {
      const before = (await requests()).length;
      nav = await signIn(reviewer.id);
      const form = nav.getByRole('form', { name: /^Your answers for / });
      await form.waitFor();
      const items = form.getByTestId('calibration-item');
      expect(await items.count()).toBe(4);
      for (let n = 0; n < 4; n++) {
        const value = ['Own the outcome', 'Lead with empathy'][(n + (n < index ? 1 : 0)) % 2] ?? '';
        await items.nth(n).getByRole('checkbox', { name: value }).check({ force: true });
      }
      await form.getByRole('button', { name: 'Save draft' }).click();
      await form.getByText('Saved.').waitFor();
      // Blind: until now this reviewer's page asked only for their own answer, and read no ticket.
      const blind = (await requests()).slice(before);
      const answerSearches = blind.filter((r) => r.url.includes('/custom_objects/vc_calibration_answer/records/search'));
      expect(answerSearches.length).toBeGreaterThan(0);
      for (const r of answerSearches)
        expect(JSON.stringify(r.body)).toContain(`"custom_object_fields.reviewer_id":{"$eq":"${reviewer.id}"}`);
      expect(blind.some((r) => /\/api\/v2\/tickets\/\d+/.test(r.url))).toBe(false);

      await form.getByRole('button', { name: 'Submit my answers' }).click();
      await nav.getByRole('button', { name: 'Submit: final' }).click();
      await nav.getByText(`Submitted: ${index + 1} of 3.`, { exact: false }).waitFor();
    }

    nav = await signIn(ADMIN);
    await nav.getByRole('button', { name: 'Close the round and show results' }).click();
    const results = nav.getByTestId('round-results');
    await results.waitFor();
    expect(await results.getByRole('status').textContent()).toMatch(/^Overall agreement α = (-?\d\.\d\d|—) \(3 reviewers\)\./);
    expect(await results.getByTestId('disagreement').count()).toBe(4);
    expect(await results.getByRole('rowheader', { name: 'Marco Bianchi' }).count()).toBe(4);
    expect(await axeViolations(session.page.frames().find((f) => f.url().includes('nav_bar')) ?? session.page)).toEqual([]);

    const writes = (await requests()).filter((r) => r.method !== 'GET' && r.url.includes('/api/v2/tickets'));
    expect(writes).toEqual([]);
  }, 240_000);
});

describe('recognition without surveillance', () => {
  it("an agent's opt-out hides their name from the lead's boards and badges, and only the agent can change it", async () => {
    let nav = await signIn(ADMIN, 'Team figures');
    await nav.getByRole('button', { name: 'Create it' }).click();
    const perAgent = nav.getByRole('region', { name: 'Tags per agent' });
    await perAgent.getByRole('rowheader').first().waitFor({ timeout: 30_000 });
    const named = await perAgent.getByRole('rowheader').allTextContents();
    const agent = REVIEWERS.find((r) => named.includes(r.name));
    if (!agent) throw new Error(`No fixture reviewer on the per-agent board: ${named.join(', ')}`);
    const other = named.find((n) => n !== agent.name);
    // The lead has no control over anyone's choice but their own.
    expect(await nav.getByRole('checkbox', { name: new RegExp(agent.name) }).count()).toBe(0);

    nav = await signIn(agent.id, 'Team figures');
    await nav.getByRole('checkbox', { name: /Don't show my name/ }).check({ force: true });
    await expect.poll(() => session.page.evaluate(() => window.workspace!.store.records('vc_agent_preference').length)).toBe(1);

    nav = await signIn(ADMIN, 'Team figures');
    await nav.getByText('1 agent chose not to be named; their tags count in the totals.').waitFor({ timeout: 30_000 });
    await nav.getByRole('region', { name: 'Tags per agent' }).waitFor();
    // Named nowhere an agent is recognised: the per-agent board and the weekly badges (and their celebration message).
    const board = (await nav.getByRole('region', { name: 'Tags per agent' }).textContent()) ?? '';
    const badges = (await nav.getByRole('region', { name: 'Weekly value badges' }).textContent()) ?? '';
    expect(board).not.toContain(agent.name);
    expect(badges).not.toContain(agent.name);
    if (other) expect(board).toContain(other);
  }, 180_000);

  it('an agent sees team-level figures unless the admin setting allows their role', async () => {
    let nav = await signIn(361002, 'Team figures');
    await nav
      .getByTestId('visibility-note')
      .getByText(/team-level figures only/)
      .waitFor({ timeout: 20_000 });
    await nav.getByTestId('leads-summary').waitFor({ timeout: 20_000 });
    expect(await nav.getByRole('region', { name: 'Tags per agent' }).count()).toBe(0);

    await session.page.evaluate(() => window.workspace!.setSettings({ per_agent_roles: 'admin, agent' }));
    nav = await signIn(361002, 'Team figures');
    await nav
      .getByTestId('visibility-note')
      .getByText(/You see per-agent figures/)
      .waitFor({ timeout: 20_000 });
    await nav.getByRole('region', { name: 'Tags per agent' }).waitFor();
  }, 180_000);
});
