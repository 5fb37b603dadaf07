import type { FrameLocator } from 'playwright-core';

/**
 * Reviewers see Coach | Tag (issue 13); specs that tag open the Tag tab. Agents have no tabs: after
 * a short wait for the lazily loaded tab bar, there is nothing to click.
 */
export async function showTagTab(sidebar: FrameLocator): Promise<void> {
  const tab = sidebar.getByRole('tab', { name: 'Tag' });
  try {
    await tab.waitFor({ timeout: 4_000 });
  } catch {
    return;
  }
  await tab.click();
}

/** The Coach tab (reviewers on pending and solved tickets start on Tag); agents have no tabs. */
export async function showCoachTab(sidebar: FrameLocator): Promise<void> {
  const tab = sidebar.getByRole('tab', { name: 'Coach' });
  try {
    await tab.waitFor({ timeout: 4_000 });
  } catch {
    return;
  }
  await tab.click();
}
