// iframe.html names the ticket sidebar's chunks as `modulepreload` links (ADR 0095), so the browser
// fetches and compiles them alongside the entry chunk instead of after the SDK has registered the
// app and the boot has asked for them: the sidebar is where the values must show fast. The nav bar
// (the leads page) does not use them; it opens once per session and loads its own chunk after.
// Since ADR 0105 the entry is only the SDK connection, and React with the app is a chunk of its
// own (`src/app/start-app.tsx`) named here first, so it compiles while the handshake runs. Since
// ADR 0115 both are in one chunk (scripts/lib/first-paint-chunk.ts), found here by the modules it holds.
import type { Plugin } from 'vite';

interface IChunk {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
  /** Every module in the chunk: a location can share a chunk with others (ADR 0115). */
  moduleIds?: string[];
}

/** Each module's chunk and every chunk it imports statically, in this order, once. */
export function preloadLocation(...moduleSuffixes: string[]): Plugin {
  return {
    name: 'values-coach:preload-location',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((item): item is typeof item & IChunk => item.type === 'chunk');
        const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const files: string[] = [];
        const visit = (chunk: IChunk) => {
          if (files.includes(chunk.fileName)) return;
          files.push(chunk.fileName);
          for (const name of chunk.imports) {
            const imported = byName.get(name);
            if (imported) visit(imported);
          }
        };
        for (const moduleSuffix of moduleSuffixes) {
          const holds = (id: string | null) => id?.replace(/\\/g, '/').endsWith(moduleSuffix) ?? false;
          const location = chunks.find((chunk) => holds(chunk.facadeModuleId) || (chunk.moduleIds ?? []).some(holds));
          if (!location) throw new Error(`preload-location: no chunk for ${moduleSuffix} (is it still loaded lazily?)`);
          visit(location);
        }
        const missing = files.filter((file) => !html.includes(`/${file}"`) && !html.includes(`"${file}"`));
        return {
          html,
          tags: missing.map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
            injectTo: 'head' as const,
          })),
        };
      },
    },
  };
}
