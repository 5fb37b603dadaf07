import { describe, expect, it } from 'vitest';
import { firstPaintChunk } from './first-paint-chunk';

// A module graph as the bundler reports it: static imports only in `importedIds`.
const GRAPH: Record<string, string[]> = {
  '/app/src/main.tsx': ['/app/src/adapters/zaf/connect-zaf.ts'],
  '/app/src/adapters/zaf/connect-zaf.ts': ['/app/src/adapters/zaf/port.ts'],
  '/app/src/adapters/zaf/port.ts': [],
  '/app/src/app/start-app.tsx': ['/node_modules/react-dom/index.js', '/app/src/app/app.tsx', '/app/src/adapters/zaf/port.ts'],
  '/node_modules/react-dom/index.js': ['/node_modules/react/index.js'],
  '/node_modules/react/index.js': [],
  '/app/src/app/app.tsx': ['\0vite/preload-helper.js', '\0@oxc-project+runtime/helpers/defineProperty.js'],
  '\0vite/preload-helper.js': [],
  '\0@oxc-project+runtime/helpers/defineProperty.js': [],
  '/app/src/locations/ticket-sidebar/ticket-sidebar.tsx': ['/app/src/features/catalogue/values.tsx', '/node_modules/react/index.js'],
  '/app/src/features/catalogue/values.tsx': [],
  // Loaded lazily by the sidebar: not in importedIds of anything above.
  '/app/src/features/suggestions/suggestion-panel.tsx': ['/node_modules/engine/index.js'],
  '/node_modules/engine/index.js': [],
};

function build(...suffixes: string[]) {
  const chunk = firstPaintChunk('src/main.tsx', ...suffixes);
  const buildEnd = chunk.plugin.buildEnd as (this: unknown) => void;
  buildEnd.call({
    getModuleIds: () => Object.keys(GRAPH)[Symbol.iterator](),
    getModuleInfo: (id: string) => ({ importedIds: GRAPH[id] ?? [] }),
  });
  return chunk;
}

describe('firstPaintChunk', () => {
  it('takes the app and the sidebar with everything they import statically, nothing lazy, nothing the entry needs', () => {
    const { group } = build('src/app/start-app.tsx', 'src/locations/ticket-sidebar/ticket-sidebar.tsx');
    const taken = Object.keys(GRAPH).filter(group.test);
    expect(taken.sort()).toEqual(
      [
        '/app/src/app/start-app.tsx',
        '/node_modules/react-dom/index.js',
        '/node_modules/react/index.js',
        '/app/src/app/app.tsx',
        '\0@oxc-project+runtime/helpers/defineProperty.js',
        '/app/src/locations/ticket-sidebar/ticket-sidebar.tsx',
        '/app/src/features/catalogue/values.tsx',
      ].sort(),
    );
    // The entry's own modules and Vite's preload helper stay out: the entry must not wait for this chunk.
    expect(group.test('/app/src/adapters/zaf/port.ts')).toBe(false);
    expect(group.test('\0vite/preload-helper.js')).toBe(false);
    expect(group.includeDependenciesRecursively).toBe(false);
  });

  it('fails the build when a named module is gone', () => {
    expect(() => build('src/app/gone.tsx')).toThrow(/no module ends with src\/app\/gone.tsx/);
  });
});

describe('firstPaintChunk, the built bundle', () => {
  const generate = (entryImports: string[]) => {
    const { plugin } = firstPaintChunk('src/main.tsx', 'src/app/start-app.tsx');
    const errors: string[] = [];
    const bundle = {
      'iframe-a.js': { type: 'chunk', fileName: 'iframe-a.js', name: 'iframe', isEntry: true, imports: entryImports },
      'first-paint-b.js': { type: 'chunk', fileName: 'first-paint-b.js', name: 'first-paint', isEntry: false, imports: ['iframe-a.js'] },
      'runtime-c.js': { type: 'chunk', fileName: 'runtime-c.js', name: 'rolldown-runtime', isEntry: false, imports: [] },
    };
    const hook = plugin.generateBundle as (this: unknown, options: unknown, bundle: unknown) => void;
    hook.call({ error: (message: string) => errors.push(message) }, {}, bundle);
    return errors;
  };

  it('fails the build when the entry would wait for the first-paint chunk', () => {
    expect(generate(['first-paint-b.js'])).toEqual([expect.stringMatching(/the entry iframe-a.js imports first-paint-b.js statically/)]);
  });

  it('lets an entry through that imports nothing, or only small shared chunks', () => {
    expect(generate([])).toEqual([]);
    expect(generate(['runtime-c.js'])).toEqual([]);
  });
});
