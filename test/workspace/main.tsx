import { createRoot } from 'react-dom/client';
import defaultWorld from '../fixtures/world.json';
import { createZendeskStore } from '../mocks/store';
import type { World } from '../mocks/world';
import { defaultSettings, loadAppPackage, type Settings } from './host/app-package';
import { WorkspaceController } from './host/controller';
import { ControllerContext } from './ui/use-workspace';
import { WorkspaceApp } from './ui/workspace-app';

const query = new URLSearchParams(window.location.search);

/** `?world=<url>` seeds the workspace from another world file (same shape as test/fixtures/world.json). */
async function loadWorld(): Promise<World> {
  const url = query.get('world');
  if (!url) return defaultWorld as unknown as World;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load the world file ${url}: HTTP ${response.status}`);
  return (await response.json()) as World;
}

/**
 * The app iframes load Zendesk's hosted SDK URL, unchanged; this service worker answers it with
 * the npm package's SDK (test/workspace/server). Iframes created once it is active are under it.
 */
async function answerHostedSdk(): Promise<void> {
  if (!('serviceWorker' in navigator)) {
    throw new Error('This browser cannot run service workers here (open the workspace on http://127.0.0.1 or localhost).');
  }
  await navigator.serviceWorker.register('/workspace-sw.js', { scope: '/' });
  await navigator.serviceWorker.ready;
}

async function start(): Promise<void> {
  // `?apps=values-coach,minimal` hosts several app folders side by side (sidebar order); the first is configured by setSettings.
  const names = (query.get('apps') ?? 'values-coach').split(',').filter(Boolean);
  const [world, apps] = await Promise.all([loadWorld(), Promise.all(names.map(loadAppPackage)), answerHostedSdk()]);
  const store = createZendeskStore(world);
  // The world's settings are the installation's for the app they were written for; other apps start from their defaults.
  const settings: Record<string, Settings> = Object.fromEntries(
    apps.map((app) => [
      app.name,
      app.name === 'values-coach' ? { ...defaultSettings(app.manifest), ...world.settings } : defaultSettings(app.manifest),
    ]),
  );
  const controller = new WorkspaceController(store, apps, settings);
  window.workspace = controller.handle();
  window.workspaceController = controller;
  if (query.get('colorScheme') === 'dark') controller.setColorScheme('dark');
  const ticket = Number(query.get('ticket'));
  const container = document.getElementById('workspace-root');
  if (!container) throw new Error('index.html has no #workspace-root');
  createRoot(container).render(
    <ControllerContext.Provider value={controller}>
      <WorkspaceApp />
    </ControllerContext.Provider>,
  );
  // `?ticket=none` opens no ticket (a test can extend the host before any app starts).
  if (Number.isInteger(ticket) && ticket > 0) void controller.openTicket(ticket);
  else if (query.get('ticket') !== 'none' && store.tickets()[0]) void controller.openTicket(store.tickets()[0]!.id);
}

start().catch((error: unknown) => {
  console.error(error);
  document.body.textContent = `The workspace could not start: ${error instanceof Error ? error.message : String(error)}`;
});
