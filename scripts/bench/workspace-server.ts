// The workspace as e2e runs it, for the browser benches.
import { execFileSync } from 'node:child_process';
import { preview } from 'vite';

export async function startWorkspace(): Promise<{ url: string; close(): Promise<void> }> {
  execFileSync('npx', ['vite', 'build', '--mode', 'workspace', '--logLevel', 'warn'], { stdio: 'inherit' });
  const server = await preview({ mode: 'workspace', preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}/test/workspace/index.html`, close: () => server.close() };
}
