// What the sidebar loads before it can show the values, in gzip bytes: the entry chunk, the
// ticket_sidebar location chunk, every chunk they import statically, their CSS, and the English
// strings. Leads pages must not be in it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { productionEnv } from '../lib/workspace-build';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const OUT = resolve('.tmp/bench-build');

function closure(manifest: Record<string, ManifestChunk>, keys: string[], seen = new Set<string>(), dynamic = false): Set<string> {
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    closure(manifest, [...(manifest[key]?.imports ?? []), ...(dynamic ? (manifest[key]?.dynamicImports ?? []) : [])], seen, dynamic);
  }
  return seen;
}

export interface BundleFigures {
  /** Before the values show, for an English-speaking agent (code + their locale's strings). */
  sidebarGzipKb: number;
  /** The same for the largest locale, the worst case. */
  sidebarLargestLocaleGzipKb: number;
  largestLocale: string;
  sidebarFiles: { file: string; gzipKb: number }[];
  navBarExtraGzipKb: number;
  /** Everything the sidebar ends up loading: suggestions, tagging and the setup check included. */
  sidebarAllGzipKb: number;
  totalGzipKb: number;
}

export function measureBundle(): BundleFigures {
  // What ships (ADR 0125): a production build whatever NODE_ENV the shell has.
  execFileSync('npx', ['vite', 'build', '--outDir', OUT, '--manifest', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: productionEnv(),
  });
  const manifest = JSON.parse(readFileSync(join(OUT, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  if (!entryKey) throw new Error('No entry in the Vite manifest');
  const find = (fragment: string) => Object.keys(manifest).find((k) => k.includes(fragment));
  // Since ADR 0115 React, the app and the ticket sidebar are one chunk, `first-paint`; the leads page stays lazy.
  const firstKey = find('first-paint');
  const navKey = find('locations/nav-bar/nav-bar');
  if (!firstKey || !navKey) throw new Error('No first-paint chunk, or the leads page is not a chunk of its own: see ADR 0115');
  const gz = (file: string) => gzipSync(readFileSync(join(OUT, file)), { level: 9 }).length / 1024;
  const filesOf = (keys: Set<string>) => {
    const files = new Set<string>();
    for (const key of keys) {
      const chunk = manifest[key];
      if (!chunk) continue;
      files.add(chunk.file);
      for (const css of chunk.css ?? []) files.add(css);
    }
    return files;
  };
  // The REST client is a chunk loaded on its first call (ADR 0105).
  const apiKey = find('zendesk-api-');
  if (!apiKey) throw new Error('No REST client chunk: see ADR 0105');
  // Whatever iframe.html makes the browser load before the app runs is counted, whichever chunk it is.
  const html = readFileSync(join(OUT, 'iframe.html'), 'utf8');
  const fromHtml = [...html.matchAll(/(?:src|href)="\.\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const sidebar = new Set([...filesOf(closure(manifest, [entryKey, firstKey])), ...fromHtml]);
  const withNav = filesOf(closure(manifest, [entryKey, firstKey, navKey]));
  // Later the sidebar loads what the first paint imports lazily, except the leads page and the locale
  // chunks (the English rest is added below).
  const notSidebar = new Set(Object.keys(manifest).filter((k) => k === navKey || manifest[k]?.src?.includes('translations/')));
  const later = closure(manifest, [firstKey, apiKey], new Set([entryKey, ...notSidebar]), true);
  const sidebarAll = filesOf(new Set([...later].filter((k) => !notSidebar.has(k))));
  // The strings drawn first (ADR 0070): English is in the app's chunk, every other locale a small
  // chunk of its own (ADR 0105), counted for that locale; the rest loads with the lazy panels and the
  // leads page, one chunk per locale.
  const localeChunks = (part: string) =>
    new Map(
      Object.values(manifest)
        .filter((c) => c.src?.includes('translations/') && c.src.endsWith(`?part=${part}`))
        .map((c) => [c.src!.replace(/.*translations\//, '').replace(/\.json.*$/, ''), gz(c.file)]),
    );
  const firstKb = localeChunks('first');
  if (firstKb.has('en')) throw new Error("English strings drawn first are a chunk: they belong in the app's chunk (ADR 0105)");
  const restKb = localeChunks('rest');
  if (restKb.size === 0) throw new Error('No translation parts in the Vite manifest: is the split plugin on?');
  const sidebarFiles = [...sidebar].map((file) => ({ file, gzipKb: gz(file) })).sort((a, b) => b.gzipKb - a.gzipKb);
  const all = Object.values(manifest).map((c) => c.file);
  const code = sidebarFiles.reduce((sum, f) => sum + f.gzipKb, 0);
  const [largestLocale, largestFirst] = [...firstKb].sort((a, b) => b[1] - a[1])[0] ?? ['en', 0];
  return {
    sidebarGzipKb: code,
    // Another locale adds its own strings drawn first.
    sidebarLargestLocaleGzipKb: code + largestFirst,
    largestLocale,
    sidebarFiles,
    sidebarAllGzipKb: [...new Set([...sidebar, ...sidebarAll])].reduce((sum, f) => sum + gz(f), 0) + (restKb.get('en') ?? 0),
    navBarExtraGzipKb: [...withNav].filter((f) => !sidebar.has(f)).reduce((sum, f) => sum + gz(f), 0),
    totalGzipKb: [...new Set(all)].reduce((sum, f) => sum + gz(f), 0),
  };
}

export function bundleSection(figures: BundleFigures): string {
  const rows = figures.sidebarFiles.map((f) => `| ${f.file} | ${f.gzipKb.toFixed(1)} |`).join('\n');
  return [
    '## Bundle: what the ticket sidebar loads before the values show',
    '',
    `**${figures.sidebarGzipKb.toFixed(1)} KB gzip** for an English-speaking agent (JS + CSS + the English strings drawn first; budget 102.6 KB; Zendesk's React scaffold hello-world: 68.9 KB of JS, its main.js, TicketSideBar.js and strings); ${figures.sidebarLargestLocaleGzipKb.toFixed(1)} KB in the largest other locale (${figures.largestLocale}: each other locale's strings drawn first are a chunk of their own, ADR 0105).`,
    `Everything the sidebar loads once the ticket is read (suggestion engine, tagging form, setup check, lazy): ${figures.sidebarAllGzipKb.toFixed(1)} KB gzip.`,
    `The leads page adds ${figures.navBarExtraGzipKb.toFixed(1)} KB gzip, loaded only in the nav bar. All chunks, the six locales included: ${figures.totalGzipKb.toFixed(1)} KB gzip.`,
    '',
    '| file | KB gzip |',
    '| --- | --- |',
    rows,
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(bundleSection(measureBundle()));
}
