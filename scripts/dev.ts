// `npm run dev`: builds the app package into dist/ (rebuilt on every change) and serves the local Zendesk workspace that hosts it. Reload the page to get a rebuild.
import { resolve } from 'node:path';
import { build, createServer } from 'vite';
import { assemblePackage } from './lib/assemble';

// A development build of the same package (same layout, same hosted SDK URL): React's warnings
// and StrictMode (src/main.tsx) are on. e2e and the bench run the production build.
process.env.NODE_ENV = 'development';
const root = resolve(import.meta.dirname, '..');
const configFile = resolve(root, 'vite.config.ts');

let firstBuild: (() => void) | null = null;
const built = new Promise<void>((resolveBuilt) => (firstBuild = resolveBuilt));
const watcher = await build({ root, configFile, logLevel: 'warn', build: { watch: {} } });
if (!('on' in watcher)) throw new Error('Expected a watching build');
watcher.on('event', (event) => {
  if (event.code === 'END') {
    assemblePackage(root);
    console.log(`dist/ rebuilt at ${new Date().toLocaleTimeString()}`);
    firstBuild?.();
    firstBuild = null;
  } else if (event.code === 'ERROR') {
    console.error(event.error);
  } else if (event.code === 'BUNDLE_END') {
    void event.result.close();
  }
});
await built;

const server = await createServer({ root, configFile, mode: 'workspace' });
await server.listen();
server.printUrls();
