// The workspace as e2e runs it (dist/ hosted by the workspace page), for the browser benches.
import { buildWorkspace, serveWorkspace } from '../lib/workspace-build';

export async function startWorkspace(): Promise<{ url: string; close(): Promise<void> }> {
  buildWorkspace();
  const { server, url } = await serveWorkspace();
  return { url, close: () => server.close() };
}
