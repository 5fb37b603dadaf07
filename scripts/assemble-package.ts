// After `vite build` wrote dist/assets: complete dist/ as a Zendesk app folder.
import { cpSync, existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const dist = resolve('dist');
if (!existsSync(resolve(dist, 'assets/iframe.html'))) throw new Error('dist/assets/iframe.html is missing: run vite build first');
cpSync('manifest.json', resolve(dist, 'manifest.json'));
rmSync(resolve(dist, 'translations'), { recursive: true, force: true });
cpSync('translations', resolve(dist, 'translations'), { recursive: true });
for (const file of ['logo.png', 'logo-small.png', 'icon_nav_bar.svg']) {
  cpSync(resolve('assets', file), resolve(dist, 'assets', file));
}
console.log('dist/ is a Zendesk app folder: manifest.json, translations/, assets/');
