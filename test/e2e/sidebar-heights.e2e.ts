// Issue 13's "done when": for each role and ticket state, in light, dark and Japanese, the height
// the sidebar asks Zendesk for with nothing opened by the user, what is above the fold, and axe.
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium';
import {
  blankWorkspaceUrl,
  LOOKS,
  measureSettled,
  openScenario,
  SCENARIOS,
  scenarioName,
  sidebarFrame,
  type SidebarScenario,
} from '../../scripts/lib/sidebar-scenarios';
import { axeViolations } from './support/workspace-page';

const FOLD = 600;
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The bottom of the first element matching `selector`, in the app's document (px), or null. */
const bottomOf = (frame: Frame, selector: string) =>
  frame.evaluate((s) => {
    const element = document.querySelector(s);
    return element ? element.getBoundingClientRect().bottom + window.scrollY : null;
  }, selector);

/**
 * Tag opens first on pending and solved tickets: its content is the tagging form, reworked in its
 * own branch. Until that lands, these are held to the fold for the tabs and the form's start only.
 */
const opensOnTag = (s: SidebarScenario) => s.role !== 'agent' && (s.state === 'solved' || s.state === 'reply-tagged');

describe('the sidebar in its first 600 px', () => {
  for (const look of LOOKS) {
    for (const scenario of SCENARIOS) {
      it(`${scenarioName(scenario, look)}`, async () => {
        const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
        const problems: string[] = [];
        try {
          const page = await context.newPage();
          page.on('console', (m) => {
            if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
          });
          page.on('pageerror', (e) => problems.push(e.message));
          await page.goto(blankWorkspaceUrl(inject('workspaceUrl'), look));
          await openScenario(page, scenario, look);
          const frame = await sidebarFrame(page);
          const { requested, scrollHeight } = await measureSettled(page, frame);
          console.log(`${scenarioName(scenario, look)}: asks for ${requested} px (scroll height ${scrollHeight})`);
          expect(requested).toBe(scrollHeight);

          // Above the fold: the values (and the focus card on open tickets), or recognition.
          const valuesBottom = await bottomOf(frame, '[data-suggested], [data-garden-id="tags.tag_view"]');
          if (scenario.role === 'agent' || !opensOnTag(scenario)) {
            expect(requested).toBeLessThanOrEqual(FOLD);
            expect(valuesBottom).not.toBeNull();
            expect(valuesBottom!).toBeLessThanOrEqual(FOLD);
            if (scenario.state === 'open-with-reply')
              expect(await bottomOf(frame, '[data-testid="top-suggestion"]')).toBeLessThanOrEqual(FOLD);
            if (scenario.state === 'no-agent-reply') {
              expect(await bottomOf(frame, '[data-testid="top-suggestion"], [data-testid="no-clear-value"]')).toBeLessThanOrEqual(FOLD);
            }
          } else {
            expect(await bottomOf(frame, '[role="tablist"]')).toBeLessThanOrEqual(FOLD);
            expect(await frame.evaluate(() => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent)).toBe(
              look.locale === 'ja' ? 'タグ付け' : 'Tag',
            );
          }
          if (scenario.role === 'agent' && (scenario.state === 'solved' || scenario.state === 'reply-tagged')) {
            // No forward-looking coaching once the ticket is solved.
            expect(await frame.locator('[data-testid="top-suggestion"], [data-testid="no-clear-value"]').count()).toBe(0);
          }
          if (scenario.state === 'reply-tagged' && scenario.role === 'agent') {
            const recognition = await bottomOf(frame, '[data-testid="recognition"]');
            expect(recognition).not.toBeNull();
            expect(recognition!).toBeLessThanOrEqual(FOLD);
            expect(await frame.locator('[data-testid="recognition"]').textContent()).not.toMatch(/\b3610\d\d\b/);
          }
          // Nothing opened by the user: no value detail, "About our team" closed.
          expect(await frame.locator('[data-testid="value-detail"]').count()).toBe(0);

          expect(await axeViolations(frame)).toEqual([]);
          expect(problems).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }
});
