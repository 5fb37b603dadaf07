import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { zafAppHosting } from './test/workspace/server/app-hosting.ts';
import { translationParts } from './scripts/lib/translation-parts.ts';
import { preloadLocation } from './scripts/lib/preload-location.ts';
import { firstPaintChunk } from './scripts/lib/first-paint-chunk.ts';

const WORKSPACE_URL = '/test/workspace/index.html';

/** `npm run dev` prints the server root: send it to the workspace host page. */
function rootToWorkspace(): Plugin {
  const redirect = (
    req: { url?: string },
    res: { statusCode: number; setHeader(k: string, v: string): void; end(): void },
    next: () => void,
  ) => {
    if (req.url === '/' || req.url?.startsWith('/?')) {
      res.statusCode = 302;
      res.setHeader('Location', WORKSPACE_URL + (req.url.slice(1) || ''));
      res.end();
      return;
    }
    next();
  };
  return {
    name: 'values-coach:root-to-workspace',
    configureServer: (server) => void server.middlewares.use(redirect),
    configurePreviewServer: (server) => void server.middlewares.use(redirect),
  };
}

export default defineConfig(({ mode }): UserConfig => {
  // The local Zendesk workspace: the host page is built here; the app it hosts is the production
  // package in dist/ (served under /apps/values-coach/ with the hosted SDK URL answered locally).
  if (mode === 'workspace') {
    return {
      root: import.meta.dirname,
      plugins: [react(), zafAppHosting(), rootToWorkspace()],
      server: { port: 5173, strictPort: false, host: '127.0.0.1' },
      preview: { port: 4173, strictPort: false, host: '127.0.0.1' },
      build: {
        outDir: resolve(import.meta.dirname, '.workspace-dist'),
        emptyOutDir: true,
        rollupOptions: {
          input: { workspace: resolve(import.meta.dirname, 'test/workspace/index.html') },
        },
      },
    };
  }
  // The Zendesk app package: dist/assets holds iframe.html and flat-named code, as ZAF expects.
  // What the sidebar draws first is one chunk, preloaded beside the entry (ADR 0105, 0115).
  const FIRST_PAINT = ['src/app/start-app.tsx', 'src/locations/ticket-sidebar/ticket-sidebar.tsx'];
  const firstPaint = firstPaintChunk('src/main.tsx', ...FIRST_PAINT);
  return {
    root: resolve(import.meta.dirname, 'src'),
    base: './',
    plugins: [react(), translationParts(), firstPaint.plugin, preloadLocation(...FIRST_PAINT)],
    build: {
      outDir: resolve(import.meta.dirname, 'dist/assets'),
      assetsDir: '.',
      emptyOutDir: true,
      target: 'es2020',
      reportCompressedSize: false,
      // Browsers Zendesk supports all know modulepreload; the polyfill would sit in the entry chunk.
      modulePreload: { polyfill: false },
      rollupOptions: {
        input: { iframe: resolve(import.meta.dirname, 'src/iframe.html') },
        output: { codeSplitting: { groups: [firstPaint.group] } },
      },
    },
  };
});
