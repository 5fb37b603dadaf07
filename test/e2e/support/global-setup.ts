import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { preview, type PreviewServer } from 'vite';

declare module 'vitest' {
  export interface ProvidedContext {
    workspaceUrl: string;
  }
}

let server: PreviewServer | undefined;

/** Builds the workspace (host page + app in workspace mode) once and serves it for every spec. */
export async function setup(project: TestProject): Promise<void> {
  const root = resolve(import.meta.dirname, '../../..');
  if (!process.env.E2E_SKIP_BUILD || !existsSync(resolve(root, '.workspace-dist'))) {
    execFileSync('npx', ['vite', 'build', '--mode', 'workspace', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  }
  server = await preview({
    root,
    mode: 'workspace',
    configFile: resolve(root, 'vite.config.ts'),
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('The preview server has no port');
  project.provide('workspaceUrl', `http://127.0.0.1:${address.port}/test/workspace/index.html`);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
