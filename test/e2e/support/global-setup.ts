import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import type { PreviewServer } from 'vite';
import { buildWorkspace, serveWorkspace } from '../../../scripts/lib/workspace-build';

declare module 'vitest' {
  export interface ProvidedContext {
    workspaceUrl: string;
  }
}

let server: PreviewServer | undefined;

/** Builds the app package (dist/, what ships) and the workspace host page once, and serves them for every spec. */
export async function setup(project: TestProject): Promise<void> {
  const root = resolve(import.meta.dirname, '../../..');
  if (!process.env.E2E_SKIP_BUILD || !existsSync(resolve(root, '.workspace-dist')) || !existsSync(resolve(root, 'dist'))) {
    buildWorkspace();
  }
  const served = await serveWorkspace();
  server = served.server;
  project.provide('workspaceUrl', served.url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
