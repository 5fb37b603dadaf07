// Issue 13's "done when": for each role and ticket state, in light, dark and Japanese, the height
// the sidebar asks Zendesk for with nothing opened by the user, what is above the fold, and axe.
// One browser page per look, the three looks side by side: each scenario signs its user in afresh and
// opens its ticket through the workspace handle (openScenario closes the ticket and clears the app's
// storage first), so a case costs an app boot, not a browser context and a workspace load. What is
// measured is layout once settled, not time, so running the looks at once changes no figure.
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
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
import { axeViolations, serveAxe } from './support/workspace-page';

const FOLD = 600;
// Chromium's own noise that says nothing about our code.
const IGNORED = [/Download the React DevTools/];
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

/** Reviewers and admins start on Tag on pending and solved tickets (ADR 0060); agents have no tabs. */
const opensOnTag = (s: SidebarScenario) => s.role !== 'agent' && (s.state === 'solved' || s.state === 'reply-tagged');

for (const look of LOOKS) {
  // The looks run concurrently (each its own page); a look's scenarios one after another on its page.
  describe.concurrent(`the sidebar in its first 600 px (${look.scheme}, ${look.locale})`, () => {
    let context: BrowserContext;
    let page: Page;
    const problems: string[] = [];
    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      await serveAxe(context);
      page = await context.newPage();
      page.on('console', (m) => {
        if ((m.type() === 'error' || m.type() === 'warning') && !IGNORED.some((re) => re.test(m.text()))) problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(blankWorkspaceUrl(inject('workspaceUrl'), look));
    });
    afterAll(async () => {
      await context?.close();
    });

    for (const scenario of SCENARIOS) {
      it.sequential(`${scenarioName(scenario, look)}`, async () => {
        problems.length = 0;
        await openScenario(page, scenario, look);
        const frame = await sidebarFrame(page);
        const { requested, scrollHeight } = await measureSettled(page, frame);
        console.log(`${scenarioName(scenario, look)}: asks for ${requested} px (scroll height ${scrollHeight})`);
        expect(requested).toBe(scrollHeight);
        // Every role, state and look: the whole sidebar in the first 600 px, nothing opened by the user.
        expect(requested).toBeLessThanOrEqual(FOLD);
        // Nothing wider than the column (the tag form's one-line excerpts once pushed it past 320 px).
        const { scrollWidth, clientWidth } = await frame.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        expect(scrollWidth).toBeLessThanOrEqual(clientWidth);

        // Above the fold: the values (value tags on Coach, value toggles on Tag), or recognition.
        const valuesBottom = await bottomOf(frame, '[data-suggested], [data-garden-id="tags.tag_view"]');
        if (opensOnTag(scenario)) {
          expect(await frame.evaluate(() => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent)).toBe(
            look.locale === 'ja' ? 'タグ付け' : 'Tag',
          );
          const panel = '[role="tabpanel"]:not([aria-hidden="true"])';
          // Every Tag scenario has a reply someone else wrote: the form, not the "nothing to tag" line.
          expect(await frame.locator(`${panel} [data-testid="nothing-to-tag"]`).count()).toBe(0);
          for (const part of [
            `${panel} [role="radiogroup"]`, // the reply cards
            `${panel} [role="radiogroup"] [data-garden-id="forms.radio_label"]`, // at least one card
            `${panel} button[aria-pressed]`, // the value toggles (the last one: below)
            `${panel} form button[type="submit"]`, // "Tag N values"
          ]) {
            const bottom = await bottomOf(frame, part);
            expect(bottom, part).not.toBeNull();
            expect(bottom!, part).toBeLessThanOrEqual(FOLD);
          }
          const toggles = await frame
            .locator(`${panel} button[aria-pressed]`)
            .evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().bottom + window.scrollY));
          expect(toggles.length).toBeGreaterThan(0);
          expect(Math.max(...toggles)).toBeLessThanOrEqual(FOLD);
        } else {
          expect(valuesBottom).not.toBeNull();
          expect(valuesBottom!).toBeLessThanOrEqual(FOLD);
          // A card, or one line when nothing stands out (on #1002 the customer wrote last and nothing they wrote can
          // be quoted for a value, ADR 0135): either way inside the fold.
          if (scenario.state === 'open-with-reply' || scenario.state === 'no-agent-reply') {
            expect(await bottomOf(frame, '[data-testid="top-suggestion"], [data-testid="no-clear-value"]')).toBeLessThanOrEqual(FOLD);
          }
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

        expect(await axeViolations(frame, { cached: true })).toEqual([]);
        expect(problems).toEqual([]);
      });
    }
  });
}
