import { createRoot } from 'react-dom/client';
import defaultWorld from '../fixtures/world.json';
import { createZendeskStore } from '../mocks/store';
import type { World } from '../mocks/world';
import { WorkspaceController } from './host/controller';
import { ControllerContext } from './ui/use-workspace';
import { WorkspaceApp } from './ui/workspace-app';

/** `?world=<url>` seeds the workspace from another world file (same shape as test/fixtures/world.json). */
async function loadWorld(): Promise<World> {
  const url = new URLSearchParams(window.location.search).get('world');
  if (!url) return defaultWorld as unknown as World;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load the world file ${url}: HTTP ${response.status}`);
  return (await response.json()) as World;
}

async function start(): Promise<void> {
  const world = await loadWorld();
  const store = createZendeskStore(world);
  const controller = new WorkspaceController(store, { ...world.settings });
  window.workspace = controller.handle();
  const scheme = new URLSearchParams(window.location.search).get('colorScheme');
  if (scheme === 'dark') controller.setColorScheme('dark');
  const ticket = Number(new URLSearchParams(window.location.search).get('ticket'));
  const container = document.getElementById('workspace-root');
  if (!container) throw new Error('index.html has no #workspace-root');
  createRoot(container).render(
    <ControllerContext.Provider value={controller}>
      <WorkspaceApp />
    </ControllerContext.Provider>,
  );
  if (Number.isInteger(ticket) && ticket > 0) void controller.openTicket(ticket);
  else if (store.tickets()[0]) void controller.openTicket(store.tickets()[0]!.id);
}

start().catch((error: unknown) => {
  console.error(error);
  document.body.textContent = `The workspace could not start: ${error instanceof Error ? error.message : String(error)}`;
});
