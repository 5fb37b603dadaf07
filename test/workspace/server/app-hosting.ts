// The workspace server's side: app folders under /apps/<name>/ (the production dist/ first), the
// hosted SDK URL's content at /zaf-sdk/zaf_sdk.min.js, and the service worker that maps one to the
// other inside the browser. Used by `npm run dev`, e2e and the bench (vite.config.ts, workspace mode).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, relative, resolve, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { build, type Plugin } from 'vite';

const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * A built ZAF app folder given on the command line: the folder holding `manifest.json`, or a
 * project whose `dist/` holds it (as Zendesk's scaffolds build).
 */
export function appFolder(dir: string): string {
  const folder = resolve(dir);
  if (existsSync(resolve(folder, 'manifest.json'))) return folder;
  if (existsSync(resolve(folder, 'dist/manifest.json'))) return resolve(folder, 'dist');
  throw new Error(`${dir} is not a built ZAF app: no manifest.json in it or in its dist/ (build it first).`);
}

/**
 * More app folders from the environment: `VC_APP_FOLDERS=name=dir,name=dir`, and `VC_SCAFFOLD_DIR`
 * (Zendesk's React scaffold, built outside the repo: see scripts/bench/values-visible-bench.ts) as `scaffold`.
 */
export function extraAppFolders(env: Record<string, string | undefined> = process.env): Record<string, string> {
  const folders: Record<string, string> = {};
  for (const pair of (env.VC_APP_FOLDERS ?? '').split(',').filter(Boolean)) {
    const [name, dir] = pair.split('=');
    if (!name || !dir || !/^[a-z0-9-]+$/.test(name)) throw new Error(`VC_APP_FOLDERS: expected name=dir, got "${pair}"`);
    folders[name] = appFolder(dir);
  }
  if (env.VC_SCAFFOLD_DIR) folders.scaffold = appFolder(env.VC_SCAFFOLD_DIR);
  return folders;
}

/** The ZAF app folders the workspace can host, by name. The first is the one the workspace opens by default. */
export const APP_FOLDERS: Record<string, string> = {
  'values-coach': resolve(ROOT, 'dist'),
  minimal: resolve(ROOT, 'test/workspace/fixtures/minimal-app'),
  ...extraAppFolders(),
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

let sdkBuild: Promise<string> | null = null;

/** The npm SDK as one classic script defining window.ZAFClient (built once per server). */
function sdkScript(): Promise<string> {
  sdkBuild ??= build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      lib: {
        entry: resolve(import.meta.dirname, 'zaf-sdk-entry.ts'),
        formats: ['iife'],
        name: 'ZafSdkLocal',
        fileName: () => 'zaf_sdk.min.js',
      },
    },
  }).then((output) => {
    const results = Array.isArray(output) ? output : [output];
    for (const result of results) {
      if (!('output' in result)) continue;
      const chunk = result.output.find((o) => o.type === 'chunk');
      if (chunk && chunk.type === 'chunk') return chunk.code;
    }
    throw new Error('The SDK build produced no script');
  });
  return sdkBuild;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', 'no-store');
  for (const [key, value] of Object.entries(headers)) res.setHeader(key, value);
  res.end(body);
}

/** A file inside an app folder, or null (never a path that climbs out of it). */
export function appFile(folders: Record<string, string>, pathname: string): string | null {
  const match = /^\/apps\/([^/]+)\/(.*)$/.exec(pathname);
  if (!match) return null;
  const folder = folders[decodeURIComponent(match[1]!)];
  if (!folder) return null;
  const file = resolve(folder, decodeURIComponent(match[2]!));
  const inside = relative(folder, file);
  if (inside.startsWith('..') || inside.includes(`..${sep}`) || resolve(folder, inside) !== file) return null;
  return file;
}

async function serve(req: IncomingMessage, res: ServerResponse, next: () => void): Promise<void> {
  const pathname = new URL(req.url ?? '/', 'http://workspace').pathname;
  if (pathname === '/workspace-sw.js') {
    send(res, 200, TYPES['.js']!, readFileSync(resolve(import.meta.dirname, 'workspace-sw.js')), { 'Service-Worker-Allowed': '/' });
    return;
  }
  if (pathname === '/zaf-sdk/zaf_sdk.min.js') {
    send(res, 200, TYPES['.js']!, await sdkScript());
    return;
  }
  if (pathname === '/apps/index.json') {
    send(res, 200, TYPES['.json']!, JSON.stringify(Object.keys(APP_FOLDERS)));
    return;
  }
  if (!pathname.startsWith('/apps/')) {
    next();
    return;
  }
  const file = appFile(APP_FOLDERS, pathname);
  if (!file || !existsSync(file) || !statSync(file).isFile()) {
    const missingDist = pathname.startsWith('/apps/values-coach/') && !existsSync(APP_FOLDERS['values-coach']!);
    send(
      res,
      404,
      'text/plain; charset=utf-8',
      missingDist ? 'dist/ is missing: run `npm run build` (npm run dev does it for you).' : 'Not found',
    );
    return;
  }
  send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
}

export function zafAppHosting(): Plugin {
  const middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    serve(req, res, next).catch((error: unknown) => {
      send(res, 500, 'text/plain; charset=utf-8', `The workspace server failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  };
  return {
    name: 'values-coach:zaf-app-hosting',
    configureServer: (server) => void server.middlewares.use(middleware),
    configurePreviewServer: (server) => void server.middlewares.use(middleware),
  };
}
