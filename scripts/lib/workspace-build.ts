// The workspace as e2e and the bench run it: the production package (dist/, exactly what
// `npm run build` uploads) hosted by the workspace page, served by `vite preview`.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { assemblePackage } from './assemble';

const ROOT = resolve(import.meta.dirname, '../..');

/** The environment of a build of what ships: Vite builds for development when NODE_ENV is anything else (ADR 0125). */
export const productionEnv = (): NodeJS.ProcessEnv => ({ ...process.env, NODE_ENV: 'production' });

export function buildWorkspace(): void {
  // Vitest sets NODE_ENV=test, which would make Vite build a development bundle: ship-mode here.
  const env = productionEnv();
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit', env });
  assemblePackage(ROOT);
  execFileSync('npx', ['vite', 'build', '--mode', 'workspace', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit', env });
}

export async function serveWorkspace(): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    root: ROOT,
    mode: 'workspace',
    configFile: resolve(ROOT, 'vite.config.ts'),
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('The preview server has no port');
  return { server, url: `http://127.0.0.1:${address.port}/test/workspace/index.html` };
}
