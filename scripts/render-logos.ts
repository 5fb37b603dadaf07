// Renders assets/logo.svg to the PNG logos Zendesk requires (320x320 and 128x128).
// Run after changing the SVG: `npx tsx scripts/render-logos.ts`. The PNGs are committed.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from './lib/chromium';

const svg = readFileSync(resolve('assets/logo.svg'), 'utf8');
const browser = await launchChromium();
for (const [file, size] of [
  ['logo.png', 320],
  ['logo-small.png', 128],
] as const) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('width="320" height="320"', `width="${size}" height="${size}"`)}</body></html>`,
  );
  await page.screenshot({ path: resolve('assets', file), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  await page.close();
}
await browser.close();
console.log('wrote assets/logo.png and assets/logo-small.png');
