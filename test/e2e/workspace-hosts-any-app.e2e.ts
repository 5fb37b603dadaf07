import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace, type WorkspaceSession } from './support/workspace-page';

// The workspace reads app folders by their manifests: a second, minimal ZAF app (a test fixture in
// test/workspace/fixtures/minimal-app: client.get, client.request, client.on) runs beside Values
// Coach in the same workspace page.
let session: WorkspaceSession | undefined;
afterEach(async () => {
  const problems = [...(session?.problems ?? [])];
  await session?.close();
  session = undefined;
  expect(problems).toEqual([]);
});

describe('a second ZAF app in the same workspace', () => {
  it('reads the ticket, calls Zendesk and a partner service, and follows the conversation', async () => {
    session = await openWorkspace({ query: '?apps=values-coach,minimal&ticket=none' });
    const { page } = session;
    // The host is extensible: the partner service the fixture app calls is answered by one more route.
    await page.evaluate(() =>
      window.workspaceController!.answerJson('GET', 'https://partner.example.test/status', () => ({ body: { status: 'green' } })),
    );
    await page.evaluate(() => window.workspace!.openTicket(1002));
    const mini = page.frameLocator('iframe[data-app="minimal"]');
    await expect.poll(() => mini.locator('#subject').textContent()).toBe('CSV export drops rows that contain accented names');
    expect(await mini.locator('#requester').textContent()).toBe('Amara Nwosu');
    expect(await mini.locator('#greeting').textContent()).toBe('Hello');
    await expect.poll(() => mini.locator('#partner').textContent()).toBe('green');
    await expect.poll(() => mini.locator('#me').textContent()).toBe('Priya Raman');
    const before = Number(await mini.locator('#messages').textContent());
    await page.evaluate(() => window.workspace!.store.addComment(1002, 361002, 'A note from Marco', false));
    await expect.poll(() => mini.locator('#messages').textContent()).toBe(String(before + 1));
    // Values Coach, in the same sidebar, made no request of its own.
    await page
      .frameLocator('iframe[data-app="values-coach"]')
      .locator('[data-testid="top-suggestion"], [data-testid="no-clear-value"]')
      .first()
      .waitFor();
    const requests = await page.evaluate(() => window.workspace!.store.requests().map((r) => new URL(r.url).pathname));
    expect(requests).toEqual(['/api/v2/users/me.json']);
  });

  it("generates each app's settings form from its manifest, and the app gets what the admin saved (never a secure one)", async () => {
    session = await openWorkspace({ query: '?apps=values-coach,minimal&ticket=none' });
    const { page } = session;
    await page.evaluate(() =>
      window.workspaceController!.answerJson('GET', 'https://partner.example.test/status', () => ({ body: { status: 'green' } })),
    );
    await page.evaluate(() => window.workspace!.openTicket(1002));
    await page.getByRole('button', { name: 'Admin: app settings' }).click();
    const form = page.getByRole('form', { name: 'Minimal ZAF app settings' });
    expect(await form.getByLabel('Greeting (required)').inputValue()).toBe('Hello');
    expect(await form.getByLabel('Show the requester').isChecked()).toBe(true);
    expect(await form.getByLabel('Most messages to count').getAttribute('type')).toBe('number');
    expect(await form.getByLabel('API token').getAttribute('type')).toBe('password');
    expect(await page.getByRole('form', { name: 'Values Coach settings' }).getByLabel('Roles that may tag replies').inputValue()).toBe(
      'admin',
    );
    await form.getByLabel('Greeting (required)').fill('Good morning');
    await form.getByLabel('Show the requester').uncheck();
    await form.getByLabel('API token').fill('s3cret');
    await form.getByRole('button', { name: 'Save and reload the app' }).click();
    const mini = page.frameLocator('iframe[data-app="minimal"]');
    await expect.poll(() => mini.locator('#greeting').textContent()).toBe('Good morning');
    expect(await mini.locator('#requester').isHidden()).toBe(true);
    const keys = (await mini.locator('body').getAttribute('data-setting-keys'))!.split(',');
    expect(keys).toContain('greeting');
    expect(keys).not.toContain('api_token');
  });
});
