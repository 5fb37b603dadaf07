import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { zafAppHosting } from './test/workspace/server/app-hosting.ts';

const WORKSPACE_URL = '/test/workspace/index.html';

/**
 * The app's translation chunks carry only what the app shows: the Marketplace texts and the
 * settings' help texts stay in translations/ (and in the package) for Zendesk's install screen.
 */
function trimTranslations(): Plugin {
  return {
    name: 'values-coach:trim-translations',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]translations[\\/][^\\/]+\.json$/.test(id)) return null;
      const data = JSON.parse(code) as { app?: Record<string, unknown> & { parameters?: Record<string, Record<string, string>> } };
      if (data.app) {
        delete data.app.short_description;
        delete data.app.long_description;
        delete data.app.installation_instructions;
        for (const parameter of Object.values(data.app.parameters ?? {})) delete parameter.helpText;
      }
      return { code: JSON.stringify(data), map: null };
    },
  };
}

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
  return {
    root: resolve(import.meta.dirname, 'src'),
    base: './',
    plugins: [react(), trimTranslations()],
    build: {
      outDir: resolve(import.meta.dirname, 'dist/assets'),
      assetsDir: '.',
      emptyOutDir: true,
      target: 'es2020',
      reportCompressedSize: false,
      rollupOptions: { input: { iframe: resolve(import.meta.dirname, 'src/iframe.html') } },
    },
  };
});
