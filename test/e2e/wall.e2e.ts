import { beforeEach, describe, expect, it } from 'vitest';
import { axeViolations, useWorkspaceSession, type WorkspaceSession } from './support/workspace-page';

const workspace = useWorkspaceSession();
let session: WorkspaceSession;

beforeEach(() => {
  session = workspace.current();
});

const wallRequests = () =>
  session.page.evaluate(() =>
    window
      .workspace!.store.requests()
      .filter((r) => r.url.includes('/custom_objects'))
      .map((r) => `${r.method} ${r.url}`),
  );

describe('the values wall', () => {
  it('costs the sidebar no request until a value’s wall is opened, then one; a hostile note lands as plain text', async () => {
    await session.page.evaluate(() => window.workspace!.openTicket(1002));
    const sidebar = session.sidebar();
    // The value's tag opens its detail (issue 13), where its wall is; the mission question is under "About our team".
    await sidebar.getByRole('button', { name: /^Own the outcome/ }).click();
    const card = sidebar.getByTestId('value-detail');
    await sidebar.getByRole('button', { name: 'About our team' }).click();
    await sidebar.getByTestId('mission-question').waitFor();
    expect(await wallRequests()).toEqual([]);

    await card.getByRole('button', { name: 'Wall notes' }).click();
    await card.getByTestId('wall-note').first().waitFor({ timeout: 20_000 });
    expect(await wallRequests()).toHaveLength(1);

    const hostile = '<b>bold</b> =HYPERLINK("http://evil.test","x") نحن نهتم بالعميل';
    await card.getByRole('textbox', { name: 'Add a note on Own the outcome' }).fill(hostile);
    await card.getByRole('button', { name: 'Add to the wall' }).click();
    await card.getByText(hostile).waitFor();
    await expect
      .poll(() => session.page.evaluate(() => window.workspace!.store.records('vc_wall_note').map((r) => r.custom_object_fields.body)))
      .toContain(hostile);
    expect(await card.locator('b').count()).toBe(0);
    expect(await axeViolations(await session.sidebarFrame())).toEqual([]);
  });

  it('shows every value’s notes on the leads page’s Wall tab, and prints the celebration only', async () => {
    await session.page.evaluate(() => window.workspace!.openNavBar());
    const nav = session.navBar();
    await nav.getByRole('tab', { name: 'Wall' }).click();
    await nav.getByTestId('wall-column').first().waitFor({ timeout: 20_000 });
    expect(await nav.getByTestId('wall-column').count()).toBe(5);
    expect(await nav.getByTestId('wall-note').count()).toBeGreaterThan(5);

    await nav.getByRole('tab', { name: 'Celebrations' }).click();
    await nav.getByTestId('meeting-questions').waitFor({ timeout: 20_000 });
    await nav.getByRole('textbox', { name: "Message for the team's chat" }).waitFor({ timeout: 20_000 });
    await session.page.emulateMedia({ media: 'print' });
    const frame = session.page.frames().find((f) => f.url().includes('nav'))!;
    const visibility = (selector: string) =>
      frame.evaluate((s) => {
        const element = document.querySelector(s);
        return element ? getComputedStyle(element).visibility + '/' + getComputedStyle(element).display : 'absent';
      }, selector);
    expect(await visibility('[role="tablist"]')).toMatch(/^hidden/);
    expect(await visibility('[data-testid="celebrations"] h2')).toMatch(/^visible/);
    expect(await visibility('[data-testid="meeting-questions"]')).toMatch(/^visible/);
    // The period bar and the chat message are left out of the handout.
    const hidden = await frame.evaluate(() =>
      [...document.querySelectorAll('[data-testid="celebrations"] [data-print-hide]')].map((e) => getComputedStyle(e).display),
    );
    expect(hidden).toEqual(['none', 'none']);
    await session.page.emulateMedia({ media: 'screen' });
    expect(await visibility('[role="tablist"]')).toMatch(/^visible/);
  });
});
