import type { IndexHtmlTransformContext, IndexHtmlTransformResult } from 'vite';
import { describe, expect, it } from 'vitest';
import { preloadLocation } from './preload-location';

const chunk = (fileName: string, imports: string[], facadeModuleId: string | null = null) => ({
  type: 'chunk' as const,
  fileName,
  imports,
  facadeModuleId,
});

const HTML = '<script type="module" crossorigin src="./iframe-a.js"></script><link rel="modulepreload" crossorigin href="./shared-b.js">';

function run(bundle: Record<string, unknown>): IndexHtmlTransformResult {
  const hook = preloadLocation('src/locations/ticket-sidebar/ticket-sidebar.tsx').transformIndexHtml as {
    handler: (html: string, ctx: IndexHtmlTransformContext) => IndexHtmlTransformResult;
  };
  return hook.handler(HTML, { path: '/iframe.html', filename: 'iframe.html', bundle } as unknown as IndexHtmlTransformContext);
}

describe('preloadLocation', () => {
  it('names the location chunk and everything it imports statically, once, and nothing the page already loads', () => {
    const result = run({
      'iframe-a.js': chunk('iframe-a.js', ['shared-b.js'], '/app/src/main.tsx'),
      'shared-b.js': chunk('shared-b.js', []),
      'sidebar-c.js': chunk(
        'sidebar-c.js',
        ['config-d.js', 'shared-b.js', 'iframe-a.js'],
        '/app/src/locations/ticket-sidebar/ticket-sidebar.tsx',
      ),
      'config-d.js': chunk('config-d.js', ['theme-e.js']),
      'theme-e.js': chunk('theme-e.js', ['config-d.js']),
      'nav-bar-f.js': chunk('nav-bar-f.js', ['leads-g.js'], '/app/src/locations/nav-bar/nav-bar.tsx'),
      'leads-g.js': chunk('leads-g.js', []),
    });
    const tags = (result as unknown as { tags: { attrs: { href: string; rel: string } }[] }).tags;
    expect(tags.map((tag) => tag.attrs.href)).toEqual(['./sidebar-c.js', './config-d.js', './theme-e.js']);
    expect(tags.every((tag) => tag.attrs.rel === 'modulepreload')).toBe(true);
  });

  it('names several modules in order, the chunks they share once (ADR 0105: the app chunk, then the sidebar)', () => {
    const hook = preloadLocation('src/app/start-app.tsx', 'src/locations/ticket-sidebar/ticket-sidebar.tsx').transformIndexHtml as {
      handler: (html: string, ctx: IndexHtmlTransformContext) => IndexHtmlTransformResult;
    };
    const bundle = {
      'iframe-a.js': chunk('iframe-a.js', [], '/app/src/main.tsx'),
      'sidebar-c.js': chunk('sidebar-c.js', ['react-r.js', 'config-d.js'], '/app/src/locations/ticket-sidebar/ticket-sidebar.tsx'),
      'config-d.js': chunk('config-d.js', []),
      'start-s.js': chunk('start-s.js', ['react-r.js'], '/app/src/app/start-app.tsx'),
      'react-r.js': chunk('react-r.js', []),
    };
    const result = hook.handler(HTML, { path: '/iframe.html', filename: 'iframe.html', bundle } as unknown as IndexHtmlTransformContext);
    const tags = (result as unknown as { tags: { attrs: { href: string } }[] }).tags;
    expect(tags.map((tag) => tag.attrs.href)).toEqual(['./start-s.js', './react-r.js', './sidebar-c.js', './config-d.js']);
  });

  it('finds a location inside a chunk it shares (ADR 0115: the app and the sidebar in one first-paint chunk)', () => {
    const hook = preloadLocation('src/app/start-app.tsx', 'src/locations/ticket-sidebar/ticket-sidebar.tsx').transformIndexHtml as {
      handler: (html: string, ctx: IndexHtmlTransformContext) => IndexHtmlTransformResult;
    };
    const bundle = {
      'iframe-a.js': chunk('iframe-a.js', [], '/app/src/main.tsx'),
      'first-paint-p.js': {
        ...chunk('first-paint-p.js', ['runtime-r.js']),
        moduleIds: ['/app/src/app/start-app.tsx', '/node_modules/react/index.js', '/app/src/locations/ticket-sidebar/ticket-sidebar.tsx'],
      },
      'runtime-r.js': chunk('runtime-r.js', []),
      'nav-bar-f.js': chunk('nav-bar-f.js', ['first-paint-p.js'], '/app/src/locations/nav-bar/nav-bar.tsx'),
    };
    const result = hook.handler(HTML, { path: '/iframe.html', filename: 'iframe.html', bundle } as unknown as IndexHtmlTransformContext);
    const tags = (result as unknown as { tags: { attrs: { href: string } }[] }).tags;
    expect(tags.map((tag) => tag.attrs.href)).toEqual(['./first-paint-p.js', './runtime-r.js']);
  });

  it('fails the build when the location is no longer a chunk of its own', () => {
    expect(() => run({ 'iframe-a.js': chunk('iframe-a.js', [], '/app/src/main.tsx') })).toThrow(/no chunk for/);
  });
});
