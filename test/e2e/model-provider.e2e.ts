import { beforeEach, describe, expect, it } from 'vitest';
import { FAKE_PROVIDER_KEY, type FakeProviderMode } from '../mocks/handlers/llm-providers';
import { axeViolations, useWorkspaceSession, type WorkspaceSession } from './support/workspace-page';
import { showCoachTab } from './support/sidebar-tabs';
import { frameInbox, recordFrameInboxes } from './support/frame-inbox';

// The model path in the workspace: an admin turns it on in the settings panel generated from the
// manifest, the fake providers answer through the simulated secure proxy, and every fallback says so.
const workspace = useWorkspaceSession();
let session: WorkspaceSession;
const ADMIN = 361010;
const MODEL = 'gpt-4o-mini';

/** Every message any frame (the host page included) received: the app's requests reach the host this way. */
async function everythingPosted(): Promise<string> {
  const all: string[] = [];
  for (const frame of session.page.frames()) {
    all.push(...(await frameInbox(frame)));
  }
  return all.join('\n');
}

/** As an admin: the model on in the settings panel generated from the manifest, and the shared daily count created. */
async function turnModelOn(): Promise<void> {
  await session.page.evaluate((id) => window.workspace!.setCurrentUser(id), ADMIN);
  await session.page.getByRole('button', { name: 'Admin: app settings' }).click();
  const settings = session.page.getByRole('form', { name: 'Values Coach settings' });
  await settings.getByLabel('Suggestions by a language model').check();
  await settings.getByLabel('Model (Azure: deployment name)').fill(MODEL);
  await settings.getByLabel('Provider API key (secure)').fill(FAKE_PROVIDER_KEY);
  await settings.getByRole('button', { name: 'Save and reload the app' }).click();

  // The shared daily count (ADR 0080) is created by the admin on the leads page.
  await session.page.evaluate(() => window.workspace!.openNavBar());
  const usage = session.navBar().getByRole('region', { name: 'Language-model suggestions' });
  await usage.getByRole('button', { name: 'Create it' }).click();
  await usage.getByText(/0 requests to gpt-4o-mini this week in this account/).waitFor();
}

describe('suggestions by a language model', () => {
  beforeEach(async () => {
    session = workspace.current();
    session.context.setDefaultTimeout(60_000);
    await recordFrameInboxes(session.context);
  });

  it('admin turns it on; the sidebar shows the model’s verified suggestion, falls back saying why, and the key reaches no browser', async () => {
    const browserTraffic: string[] = [];
    session.page.on('request', (request) =>
      browserTraffic.push(`${request.url()} ${JSON.stringify(request.headers())} ${request.postData() ?? ''}`),
    );
    await turnModelOn();

    await session.page.evaluate(() => window.workspace!.openTicket(1002));
    const sidebar = session.sidebar();
    await sidebar.getByText(`Suggested by ${MODEL}`).waitFor();
    const card = sidebar.getByTestId('top-suggestion');
    await card.waitFor();
    expect(await sidebar.getByTestId('model-note').getAttribute('data-fallback')).toBeNull();
    expect(await axeViolations(await session.sidebarFrame())).toEqual([]);

    const fallbacks: [FakeProviderMode, string, number][] = [
      ['unauthorized', 'auth', 1017],
      ['rate-limited', 'rate-limited', 1019],
      ['server-error', 'server-error', 1005],
      ['malformed', 'malformed', 1006],
      ['unknown-value', 'unknown-value', 1008],
      ['refusal', 'refusal', 1009],
    ];
    for (const [mode, reason, ticketId] of fallbacks) {
      await session.page.evaluate((m) => window.workspace!.modelProvider(m), mode);
      await session.page.evaluate((id) => window.workspace!.openTicket(id), ticketId);
      await showCoachTab(session.sidebar()); // admins start on Tag on pending tickets (issue 13)
      const note = session.sidebar().locator(`[data-testid="model-note"][data-fallback="${reason}"]`);
      await note.waitFor();
      expect(await note.textContent()).toMatch(/so this is the built-in suggestion\./);
      // The built-in engine's suggestion is shown instead (or its plain "nothing stands out yet").
      await session.sidebar().locator('[data-testid="top-suggestion"], [data-testid="no-clear-value"]').first().waitFor();
      expect(
        await session
          .sidebar()
          .getByText(/Suggested by/)
          .count(),
      ).toBe(0);
    }

    // A hallucinated quote never reaches the agent: the suggestion stays, weak, without that reason.
    await session.page.evaluate(() => window.workspace!.modelProvider('invented-quote'));
    await session.page.evaluate(() => window.workspace!.openTicket(1012));
    await showCoachTab(session.sidebar());
    await session.sidebar().getByText("None of the model's quotes could be found in the ticket, so this is only a possibility.").waitFor();
    expect(
      await session
        .sidebar()
        .getByText(/I will cancel my subscription/)
        .count(),
    ).toBe(0);

    // A provider that does not answer in time (20 s): the built-in engine, saying so. The app's own
    // timer decides; the browser's clock (installed before the sidebar's page loads, time still
    // flowing) jumps the 20 s once the request is out instead of the test sitting through them.
    await session.context.clock.install();
    const callsBefore = await session.page.evaluate(() => window.workspace!.modelCalls().length);
    await session.page.evaluate(() => window.workspace!.modelProvider('slow', 40_000));
    await session.page.evaluate(() => window.workspace!.openTicket(1013));
    await expect.poll(() => session.page.evaluate(() => window.workspace!.modelCalls().length)).toBeGreaterThan(callsBefore);
    const timedOut = session.sidebar().locator('[data-testid="model-note"][data-fallback="timeout"]');
    expect(await timedOut.count()).toBe(0); // not before its time
    await session.context.clock.fastForward(20_500);
    await timedOut.waitFor();

    // The key: the fake providers got it (the proxy put it in), no browser request or message carried it.
    const calls = await session.page.evaluate(() => window.workspace!.modelCalls());
    expect(calls.length).toBeGreaterThanOrEqual(9);
    expect(JSON.stringify(calls.map((c) => c.headers))).toContain(FAKE_PROVIDER_KEY);
    expect(await everythingPosted()).not.toContain(FAKE_PROVIDER_KEY);
    expect(browserTraffic.join('\n')).not.toContain(FAKE_PROVIDER_KEY);
    // The leads page counts the account's requests from the shared count.
    const counted = await session.page.evaluate(() => window.workspace!.store.records('vc_model_usage'));
    expect(counted.reduce((sum, r) => sum + Number(r.custom_object_fields.calls), 0)).toBe(calls.length);
  }, 300_000);

  it('the admin asks the model which behaviours each value is about and gets lines to add, counted, with only the catalogue sent (ADR 0159)', async () => {
    await turnModelOn();
    const page = session.navBar();
    await page.getByRole('button', { name: 'How the suggestions read each value' }).click();
    await page.getByRole('button', { name: "Ask gpt-4o-mini to name each value's behaviours" }).click();
    const proposal = page.getByTestId('behaviour-proposal');
    await proposal.waitFor();
    expect(await proposal.getByRole('listitem').count()).toBeGreaterThanOrEqual(3);
    expect(await proposal.textContent()).toContain('Behaviours: ');
    const text = await page.getByLabel('Your catalogue as text, with these lines').inputValue();
    expect(text).toMatch(/^Behaviours: /m);
    const calls = await session.page.evaluate(() => window.workspace!.modelCalls());
    expect(calls).toHaveLength(1);
    // The catalogue and the behaviours to choose from, no ticket.
    const sent = JSON.parse((calls[0]!.body.messages as { content: string }[])[1]!.content) as Record<string, unknown>;
    expect(Object.keys(sent).sort()).toEqual(['behaviours', 'catalogue']);
    const counted = await session.page.evaluate(() => window.workspace!.store.records('vc_model_usage'));
    expect(counted.reduce((sum, r) => sum + Number(r.custom_object_fields.calls), 0)).toBe(1);
    const frame = await (await session.page.waitForSelector('iframe[data-location="nav_bar"]')).contentFrame();
    expect(await axeViolations(frame!)).toEqual([]);
  }, 180_000);
});
