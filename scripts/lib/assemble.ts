// After `vite build` wrote dist/assets: complete dist/ as a Zendesk app folder.
import { cpSync, existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

export function assemblePackage(root = process.cwd()): void {
  const dist = resolve(root, 'dist');
  if (!existsSync(resolve(dist, 'assets/iframe.html'))) throw new Error('dist/assets/iframe.html is missing: run vite build first');
  cpSync(resolve(root, 'manifest.json'), resolve(dist, 'manifest.json'));
  rmSync(resolve(dist, 'translations'), { recursive: true, force: true });
  cpSync(resolve(root, 'translations'), resolve(dist, 'translations'), { recursive: true });
  for (const file of ['logo.png', 'logo-small.png', 'icon_nav_bar.svg']) {
    cpSync(resolve(root, 'assets', file), resolve(dist, 'assets', file));
  }
  // Attributions and licence texts of the shipped stemmers and thesaurus data (ADR 0075, 0090).
  cpSync(resolve(root, 'THIRD-PARTY-NOTICES.txt'), resolve(dist, 'THIRD-PARTY-NOTICES.txt'));
}
