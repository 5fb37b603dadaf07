// The workspace as e2e and the bench run it: the production package (dist/, exactly what
// `npm run build` uploads) hosted by the workspace page, served by `vite preview`.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { assemblePackage } from './assemble';

const ROOT = resolve(import.meta.dirname, '../..');

export function buildWorkspace(): void {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  assemblePackage(ROOT);
  execFileSync('npx', ['vite', 'build', '--mode', 'workspace', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
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
