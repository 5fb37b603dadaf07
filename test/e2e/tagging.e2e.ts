import { beforeEach, describe, expect, it } from 'vitest';
import type { FrameLocator } from 'playwright-core';
import { axeViolations, useWorkspaceSession, type WorkspaceSession } from './support/workspace-page';
import { showTagTab } from './support/sidebar-tabs';

type Ticket = { id: number; tags: string[]; updated_at: string; custom_fields: { id: number; value: unknown }[] };

const VALUES = 360010001;
const RECORD = 360010002;
const PRIYA = 361001; // agent, in Reviewers
const MARCO = 361002; // agent, in Reviewers
const JORDAN = 361003; // agent, not a reviewer

const workspace = useWorkspaceSession();
let session: WorkspaceSession;

beforeEach(() => {
  session = workspace.current();
});

const ticket = (id: number) => session.page.evaluate((tid) => window.workspace!.store.ticket(tid) as Ticket, id);
const field = (t: Ticket, id: number) => t.custom_fields.find((f) => f.id === id)?.value;
const recordLines = (t: Ticket) =>
  String(field(t, RECORD) ?? '')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
const open = async (id: number) => {
  await session.page.evaluate((tid) => window.workspace!.openTicket(tid), id);
  await showTagTab(session.sidebar());
};

async function tagWithKeyboardOnly(sidebar: FrameLocator, valueName: string) {
  const form = sidebar.getByRole('form', { name: 'Tag a reply' });
  await form.waitFor();
  await form.getByRole('button', { name: valueName }).focus();
  await session.page.keyboard.press('Space');
  await form.getByRole('textbox', { name: 'Note (optional)' }).focus();
  await session.page.keyboard.type('Owned the export bug end to end.');
  await form.getByRole('button', { name: 'Tag 1 value' }).focus();
  await session.page.keyboard.press('Enter');
}

describe('tagging a reply from the sidebar', () => {
  it('writes the option tag and a record line with one read and one write, and shows the tag after a reload', async () => {
    await open(1002);
    const sidebar = session.sidebar();
    await sidebar.getByRole('form', { name: 'Tag a reply' }).waitFor();
    const before = await session.page.evaluate(() => window.workspace!.store.requests().length);
    await tagWithKeyboardOnly(sidebar, 'Own the outcome');
    await sidebar.getByText('Tagged Own the outcome on Jordan Lee’s reply.').waitFor();
    // Focus follows the work to the new tag (not lost to <body>), and Zendesk shows a notification naming it.
    await session.page.getByText('Tagged Own the outcome on Jordan Lee’s reply.').first().waitFor();
    const frame = await session.sidebarFrame();
    await expect.poll(() => frame.evaluate(() => document.activeElement?.getAttribute('data-tag'))).toBe('vc_own_the_outcome');
    const made = await session.page.evaluate((n) => window.workspace!.store.requests().slice(n), before);
    // The first tag of a browser session also checks the two fields once (kept for the session).
    const fieldReads = made.filter((r) => r.url.includes('/ticket_fields/'));
    expect(fieldReads.length).toBeLessThanOrEqual(2);
    expect(made.filter((r) => !r.url.includes('/ticket_fields/')).map((r) => `${r.method} ${r.status}`)).toEqual(['GET 200', 'PUT 200']);

    const saved = await ticket(1002);
    expect(field(saved, VALUES)).toEqual(['vc_own_the_outcome']);
    expect(saved.tags).toContain('vc_own_the_outcome');
    const [line] = recordLines(saved);
    expect(line).toMatchObject({
      v: 1,
      op: 'add',
      tag: 'vc_own_the_outcome',
      by: PRIYA,
      reply: 5000007,
      note: 'Owned the export bug end to end.',
    });

    await session.page.evaluate((id) => window.workspace!.setCurrentUser(id), PRIYA);
    const existing = session.sidebar().getByTestId('existing-tag');
    await expect.poll(() => existing.count(), { timeout: 15_000 }).toBe(1);
    expect(await existing.textContent()).toContain('Own the outcome');
    expect(await existing.textContent()).toContain('Priya Raman');
  });

  it('keeps both tags when another reviewer saves between our read and our write (a real 409)', async () => {
    await open(1002);
    const sidebar = session.sidebar();
    await sidebar.getByRole('form', { name: 'Tag a reply' }).waitFor();
    // Hold our PUT long enough for Marco's save to land first, so our updated_stamp is stale.
    await session.page.evaluate(() => window.workspace!.fault({ method: 'PUT', path: '/api/v2/tickets/1002', delayMs: 1500, times: 1 }));
    const form = sidebar.getByRole('form', { name: 'Tag a reply' });
    await form.getByRole('button', { name: 'Own the outcome' }).click();
    const ticketReads = () =>
      session.page.evaluate(
        () =>
          window
            .workspace!.store.requests()
            .filter((r) => r.method === 'GET' && /\/tickets\/1002(\.json)?$/.test(new URL(r.url, 'http://x').pathname)).length,
      );
    const readsBefore = await ticketReads();
    await form.getByRole('button', { name: 'Tag 1 value' }).click();
    // Once the app has read the ticket (its PUT is now held by the delay), Marco saves first.
    await expect.poll(ticketReads).toBeGreaterThan(readsBefore);
    await session.page.evaluate(
      ({ marco, values, record }) => {
        const line = JSON.stringify({
          v: 1,
          e: 'marco-1',
          op: 'add',
          tag: 'vc_lead_with_empathy',
          by: marco,
          at: new Date().toISOString(),
          reply: 5000007,
        });
        window.workspace!.store.updateTicketAs(marco, 1002, {
          custom_fields: [
            { id: values, value: ['vc_lead_with_empathy'] },
            { id: record, value: line },
          ],
        });
      },
      { marco: MARCO, values: VALUES, record: RECORD },
    );
    await sidebar.getByText(/^Tagged .+’s reply\.$/).waitFor({ timeout: 15_000 });
    const saved = await ticket(1002);
    expect([...(field(saved, VALUES) as string[])].sort()).toEqual(['vc_lead_with_empathy', 'vc_own_the_outcome']);
    expect(
      recordLines(saved)
        .map((l) => l.tag)
        .sort(),
    ).toEqual(['vc_lead_with_empathy', 'vc_own_the_outcome']);
    const statuses = await session.page.evaluate(() =>
      window
        .workspace!.store.requests()
        .filter((r) => r.method === 'PUT')
        .map((r) => r.status),
    );
    expect(statuses).toContain(409);
  });

  it('queues a tag while Zendesk is unreachable, shows it as pending, and lands it when back online', async () => {
    await open(1006);
    const sidebar = session.sidebar();
    const form = sidebar.getByRole('form', { name: 'Tag a reply' });
    await form.waitFor();
    await session.page.evaluate(() => window.workspace!.fault({ path: '/api/v2/tickets/1006', offline: true, times: 1000 }));
    await form.getByRole('button', { name: 'Lead with empathy' }).click();
    await form.getByRole('button', { name: 'Tag 1 value' }).click();
    await sidebar.getByTestId('pending-changes').waitFor();
    expect(field(await ticket(1006), VALUES) ?? []).toEqual([]);

    await session.page.evaluate(() => window.workspace!.clearFaults());
    // The next load of the app flushes the outbox (it also retries every 30 s and on 'online').
    await session.page.evaluate((id) => window.workspace!.setCurrentUser(id), PRIYA);
    await expect.poll(async () => field(await ticket(1006), VALUES), { timeout: 15_000 }).toEqual(['vc_lead_with_empathy']);
    await expect.poll(() => session.sidebar().getByTestId('pending-changes').count()).toBe(0);
  });

  it('shows no tag controls to an agent outside the reviewers group', async () => {
    await session.page.evaluate((id) => window.workspace!.setCurrentUser(id), JORDAN);
    await open(1006);
    const sidebar = session.sidebar();
    await sidebar.getByText('What this ticket calls for', { exact: true }).waitFor({ state: 'attached' });
    expect(await sidebar.getByRole('form', { name: 'Tag a reply' }).count()).toBe(0);
  });

  it('explains that a closed ticket cannot be tagged', async () => {
    await open(1016);
    const sidebar = session.sidebar();
    await sidebar.getByText(/This ticket is closed/).waitFor();
    expect(await sidebar.getByRole('form', { name: 'Tag a reply' }).count()).toBe(0);
  });

  it('passes axe with the tagging form open', async () => {
    await open(1002);
    await session.sidebar().getByRole('form', { name: 'Tag a reply' }).waitFor();
    expect(await axeViolations(await session.sidebarFrame())).toEqual([]);
  });
});
