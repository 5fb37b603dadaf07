import type { FrameLocator } from 'playwright-core';

/**
 * Reviewers see Coach | Tag (issue 13), drawn from the sidebar's first render (the tab list itself
 * loads lazily); agents have no tabs. Decided from the sidebar once it is drawn, not by waiting a
 * while for a tab that may never come: that cost every agent-side call 4 s, and a reviewer whose tab
 * list took longer than that on a busy machine silently stayed on the wrong tab.
 */
async function showTab(sidebar: FrameLocator, name: 'Coach' | 'Tag'): Promise<void> {
  await sidebar.getByTestId('ticket-sidebar').waitFor();
  if ((await sidebar.getByTestId('reviewer-tabs').count()) === 0) return;
  await sidebar.getByRole('tab', { name }).click();
}

/** Specs that tag open the Tag tab. */
export const showTagTab = (sidebar: FrameLocator): Promise<void> => showTab(sidebar, 'Tag');

/** The Coach tab (reviewers on pending and solved tickets start on Tag). */
export const showCoachTab = (sidebar: FrameLocator): Promise<void> => showTab(sidebar, 'Coach');
