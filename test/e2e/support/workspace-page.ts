import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Frame, FrameLocator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import { launchChromium } from '../../../scripts/lib/chromium';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface WorkspaceSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors, warnings and uncaught exceptions from the host page and every app iframe. */
  problems: string[];
  sidebar(): FrameLocator;
  navBar(): FrameLocator;
  sidebarFrame(): Promise<Frame>;
  close(): Promise<void>;
}

// Chromium's own noise that says nothing about our code.
const IGNORED = [/Download the React DevTools/];

/**
 * Opens the local workspace in Chromium, recording every console problem for the test to fail on.
 * With `browser`, a fresh context of that browser (closing the session closes the context only);
 * without, a browser of its own.
 */
export async function openWorkspace(
  options: { query?: string; viewport?: { width: number; height: number }; browser?: Browser } = {},
): Promise<WorkspaceSession> {
  const shared = options.browser;
  const browser = shared ?? (await launchChromium());
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1400, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if ((message.type() === 'error' || message.type() === 'warning') && !IGNORED.some((re) => re.test(message.text()))) {
      problems.push(`${message.type()}: ${message.text()} (${message.location().url})`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.goto(`${inject('workspaceUrl')}${options.query ?? ''}`);
  await page.waitForFunction(() => window.workspace !== undefined);
  return {
    browser,
    context,
    page,
    problems,
    sidebar: () => page.frameLocator('iframe[data-location="ticket_sidebar"]'),
    navBar: () => page.frameLocator('iframe[data-location="nav_bar"]'),
    async sidebarFrame() {
      const handle = await page.waitForSelector('iframe[data-location="ticket_sidebar"]');
      const frame = await handle.contentFrame();
      if (!frame) throw new Error('The sidebar iframe has no frame');
      return frame;
    },
    close: () => (shared ? context.close() : browser.close()),
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Where `serveAxe` answers axe-core's source (any origin: the route is the browser context's). */
const AXE_URL = 'http://axe.invalid/axe.min.js';

/**
 * Answers axe-core's source at a URL, cached, for a context that runs axe in many documents: each
 * `axeViolations(frame, { cached: true })` then loads it from the browser's cache instead of sending
 * its 500 KB through the protocol again (about half a second per document on this machine).
 */
export async function serveAxe(context: BrowserContext): Promise<void> {
  await context.route(AXE_URL, (route) =>
    route.fulfill({ body: axeSource, contentType: 'text/javascript', headers: { 'cache-control': 'public, max-age=3600' } }),
  );
}

/** Runs axe-core inside a frame (the app's own document, as Zendesk shows it). */
export async function axeViolations(frame: Frame | Page, options: { cached?: boolean } = {}): Promise<AxeViolation[]> {
  await (options.cached ? frame.addScriptTag({ url: AXE_URL }) : frame.addScriptTag({ content: axeSource }));
  return frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

/**
 * One fresh workspace per test (its own browser context: storage, cookies and pages apart), closed
 * afterwards; any console error or warning from the host page or the app fails the test that caused
 * it. The browser is one per file: launching and closing Chromium per test cost about 3 s a test.
 */
export function useWorkspaceSession(): { current(): WorkspaceSession } {
  let session: WorkspaceSession | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    session = await openWorkspace({ browser });
  });
  afterEach(async () => {
    const problems = [...(session?.problems ?? [])];
    await session?.close();
    session = undefined;
    expect(problems).toEqual([]);
  });
  return {
    current() {
      if (!session) throw new Error('No workspace session: use it inside a test');
      return session;
    },
  };
}
