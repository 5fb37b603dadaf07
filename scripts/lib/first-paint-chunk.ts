// Everything the sidebar's first paint imports statically, in one chunk (ADR 0115). Left to the
// bundler's automatic splitting, those modules came out as a dozen chunks (React and the app, Garden's
// theming, and ten small chunks shared with the lazy panels), each a request the browser makes and
// a module it links before the values can show. One chunk gzips better and reaches the page sooner:
// the values showed ~100 ms earlier in the bench (docs/benchmarks.md). Lazy panels and the leads page
// import what they share with it from this chunk, which is already there.
import type { Plugin } from 'vite';

const GROUP = 'first-paint';

export interface FirstPaintChunk {
  /** Computes the set once the module graph is built. */
  plugin: Plugin;
  /** For `output.codeSplitting.groups`. */
  group: { name: string; test: (id: string) => boolean; includeDependenciesRecursively: boolean };
}

/**
 * The modules whose paths end with `moduleSuffixes`, and every module they import statically, as one
 * chunk; minus what the entry (`entrySuffix`) imports statically and Vite's preload helper (the entry's
 * lazy imports use it): the entry must not wait for this chunk to start the SDK handshake (ADR 0105).
 * The group takes exactly these modules (`includeDependenciesRecursively: false`): by default the
 * bundler would add the preload helper back, as a dependency of the app's lazy imports.
 */
export function firstPaintChunk(entrySuffix: string, ...moduleSuffixes: string[]): FirstPaintChunk {
  const modules = new Set<string>();
  const plugin: Plugin = {
    name: 'values-coach:first-paint-chunk',
    apply: 'build',
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const idOf = (suffix: string) => {
        const id = ids.find((candidate) => candidate.replace(/\\/g, '/').endsWith(suffix));
        if (!id) throw new Error(`first-paint-chunk: no module ends with ${suffix}`);
        return id;
      };
      const staticClosure = (roots: string[]) => {
        const found = new Set<string>();
        const pending = [...roots];
        for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
          if (found.has(id)) continue;
          found.add(id);
          pending.push(...(this.getModuleInfo(id)?.importedIds ?? [])); // static imports only: lazy code stays lazy
        }
        return found;
      };
      const entry = staticClosure([idOf(entrySuffix)]);
      modules.clear();
      for (const id of staticClosure(moduleSuffixes.map(idOf))) if (!entry.has(id) && !id.startsWith('\0vite/')) modules.add(id);
    },
    // The reason for leaving the entry's modules out, held by the build: an entry that imports this
    // chunk statically runs only once the whole of it has loaded, and the handshake waits with it.
    generateBundle(_options, bundle) {
      const names = new Map(Object.values(bundle).map((item) => [item.fileName, item.type === 'chunk' ? item.name : '']));
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk' || !item.isEntry) continue;
        const waits = item.imports.filter((file) => names.get(file) === GROUP);
        if (waits.length > 0)
          this.error(
            `first-paint-chunk: the entry ${item.fileName} imports ${waits.join(', ')} statically, so the SDK handshake would wait for it (ADR 0105, 0115)`,
          );
      }
    },
  };
  return { plugin, group: { name: GROUP, test: (id) => modules.has(id), includeDependenciesRecursively: false } };
}
