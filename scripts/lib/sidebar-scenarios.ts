// The sidebar's roles × ticket states, as the heights e2e (test/e2e/sidebar-heights.e2e.ts) and the
// screenshot script (scripts/screenshots.ts) open them in the workspace: who is signed in, which
// ticket of the default world, which scheme and locale; and how to read what the app asked for.
import type { Frame, Page } from 'playwright-core';

export type Role = 'agent' | 'reviewer' | 'admin';
export type TicketState = 'open-with-reply' | 'no-agent-reply' | 'solved' | 'reply-tagged';

export interface SidebarScenario {
  role: Role;
  state: TicketState;
  userId: number;
  ticketId: number;
}

/**
 * The default world's people: Jordan Lee (361003) is an agent, Priya Raman (361001) a reviewer (the
 * Reviewers group tags), Sam Okafor (361010) the admin. #1002 is open with Jordan's reply, #1015 has
 * no agent reply yet, #1020 is solved and untagged, #1018 is solved with Jordan's reply tagged
 * "Learn out loud" by Sam; #1008 is open with 18 replies by Marco (a reviewer tags someone else's).
 */
export const SCENARIOS: readonly SidebarScenario[] = [
  { role: 'agent', state: 'open-with-reply', userId: 361003, ticketId: 1002 },
  { role: 'agent', state: 'no-agent-reply', userId: 361003, ticketId: 1015 },
  { role: 'agent', state: 'solved', userId: 361003, ticketId: 1020 },
  { role: 'agent', state: 'reply-tagged', userId: 361003, ticketId: 1018 },
  { role: 'reviewer', state: 'open-with-reply', userId: 361001, ticketId: 1008 },
  { role: 'reviewer', state: 'no-agent-reply', userId: 361001, ticketId: 1015 },
  { role: 'reviewer', state: 'solved', userId: 361001, ticketId: 1003 },
  { role: 'reviewer', state: 'reply-tagged', userId: 361001, ticketId: 1018 },
  { role: 'admin', state: 'open-with-reply', userId: 361010, ticketId: 1008 },
  { role: 'admin', state: 'no-agent-reply', userId: 361010, ticketId: 1015 },
  { role: 'admin', state: 'solved', userId: 361010, ticketId: 1020 },
  { role: 'admin', state: 'reply-tagged', userId: 361010, ticketId: 1018 },
];

export interface Look {
  scheme: 'light' | 'dark';
  /** 'ja': every user of the world reads Japanese (the app follows the signed-in user's locale). */
  locale: 'en' | 'ja';
}

export const LOOKS: readonly Look[] = [
  { scheme: 'light', locale: 'en' },
  { scheme: 'dark', locale: 'en' },
  { scheme: 'light', locale: 'ja' },
];

export const scenarioName = (s: SidebarScenario, look?: Look) =>
  `${s.role}-${s.state}${look ? `-${look.scheme}${look.locale === 'en' ? '' : `-${look.locale}`}` : ''}`;

/** The workspace's URL opening no ticket, so the user, scheme and locale are set before the app starts. */
export const blankWorkspaceUrl = (base: string, look: Look) => `${base}?ticket=none${look.scheme === 'dark' ? '&colorScheme=dark' : ''}`;

/**
 * Opens the scenario in a workspace page that may have shown other scenarios before (one page per
 * look): closes the open ticket, forgets what the app kept in this browser (its outbox, the admin's
 * once-per-session setup check, a "Hide this here"), signs the scenario's user in (in the look's
 * locale; this starts a fresh app instance, as a new login does in Zendesk) and opens its ticket.
 * Nothing a scenario did carries over to the next, so the order of scenarios does not matter.
 */
export async function openScenario(page: Page, scenario: SidebarScenario, look: Look): Promise<void> {
  await page.waitForFunction(() => window.workspace !== undefined && window.workspaceController !== undefined);
  await page.evaluate(
    async ({ userId, ticketId, locale }) => {
      const controller = window.workspaceController!;
      // No sidebar while the user changes (the sign-in reloads only the apps on screen).
      controller.update({ ticketId: null, view: 'ticket' });
      // The apps are served from the workspace's origin: their storage is this page's.
      localStorage.clear();
      sessionStorage.clear();
      if (locale !== 'en') for (const user of controller.store.users()) user.locale = locale;
      await controller.setCurrentUser(userId);
      await window.workspace!.openTicket(ticketId);
    },
    { userId: scenario.userId, ticketId: scenario.ticketId, locale: look.locale },
  );
}

export async function sidebarFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe[data-location="ticket_sidebar"]');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('The sidebar iframe has no frame');
  await frame.waitForSelector('[data-testid="ticket-sidebar"]');
  return frame;
}

export interface Measured {
  /** The height the app asked the host for (its last ZAF `resize`), in px. */
  requested: number;
  /** The app document's scroll height, in px. */
  scrollHeight: number;
}

/**
 * Waits until the sidebar has settled (no loading indicator, the requested height unchanged for
 * 800 ms), then reads the height it asked for and its document's scroll height.
 */
export async function measureSettled(page: Page, frame: Frame): Promise<Measured> {
  const iframe = page.locator('iframe[data-location="ticket_sidebar"]');
  const requested = () => iframe.evaluate((el) => parseInt((el as HTMLIFrameElement).style.height || '0', 10));
  const busy = () => frame.evaluate(() => document.querySelector('[data-garden-id="loaders.dots"]') !== null);
  let last = -1;
  let stableSince = Date.now();
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const now = await requested();
    if (now !== last || (await busy())) {
      last = now;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= 800) break;
    await page.waitForTimeout(100);
  }
  return { requested: await requested(), scrollHeight: await frame.evaluate(() => document.documentElement.scrollHeight) };
}
