/**
 * The architecture's import rules (shared/docs/architecture.md), checked on every `npm test`:
 * layers import downwards only, features do not import each other, only the ZAF adapter touches
 * window.ZAFClient, only the REST adapter spells API paths, and src/ never imports test/.
 */
export interface Violation {
  file: string;
  line: number;
  rule: string;
  detail: string;
}

const LAYER_ORDER = ['domain', 'adapters', 'i18n', 'services', 'ui', 'features', 'locations', 'app', 'cli'] as const;
type Layer = (typeof LAYER_ORDER)[number] | 'main';

/** What each layer may import from (besides itself). */
const ALLOWED: Record<Layer, Layer[]> = {
  domain: [],
  adapters: ['domain'],
  i18n: [],
  services: ['domain', 'adapters', 'i18n'],
  ui: ['domain', 'i18n', 'services'],
  features: ['domain', 'adapters', 'i18n', 'services', 'ui'],
  locations: ['domain', 'adapters', 'i18n', 'services', 'ui', 'features'],
  app: ['domain', 'adapters', 'i18n', 'services', 'ui', 'features', 'locations'],
  main: ['app', 'adapters', 'i18n'],
  // The command-line export (issue 16): beside the app, on the same domain and REST adapter.
  cli: ['domain', 'adapters'],
};

const FORBIDDEN_IN_DOMAIN = [
  /^react($|\/)/,
  /^react-dom/,
  /^styled-components/,
  /^@zendeskgarden\//,
  /^node:/,
  /^zendesk_app_framework_sdk/,
];

export function layerOf(srcRelative: string): Layer | null {
  if (srcRelative === 'main.tsx') return 'main';
  const top = srcRelative.split('/')[0] as Layer;
  return (LAYER_ORDER as readonly string[]).includes(top) ? top : null;
}

function resolveRelative(fromFile: string, specifier: string): string {
  const parts = fromFile.split('/').slice(0, -1);
  for (const segment of specifier.split('/')) {
    if (segment === '..') {
      // Climbing out of src/ keeps the '..' so callers can see the import leaves src.
      if (parts.length === 0 || parts[parts.length - 1] === '..') parts.push('..');
      else parts.pop();
    } else if (segment !== '.') parts.push(segment);
  }
  return parts.join('/');
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Checks one file of src/, given its path relative to src/ and its text. */
export function checkFile(file: string, text: string): Violation[] {
  const violations: Violation[] = [];
  // Tests live beside the code they test and may reach the shared test support and several layers.
  const isTest = /\.test\.tsx?$/.test(file);
  const layer = isTest ? null : layerOf(file);
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  for (const match of text.matchAll(IMPORT)) {
    const specifier = match[1] ?? match[2] ?? '';
    const line = lineAt(match.index ?? 0);
    if (specifier.startsWith('.')) {
      const target = resolveRelative(file, specifier);
      if (target.startsWith('..')) {
        if (!isTest && /^\.\.\/test(\/|$)/.test(target)) violations.push({ file, line, rule: 'no-test-imports', detail: specifier });
        continue;
      }
      const targetLayer = layerOf(target);
      if (!layer || !targetLayer || targetLayer === layer) {
        if (layer === 'features' && targetLayer === 'features' && target.split('/')[1] !== file.split('/')[1]) {
          violations.push({ file, line, rule: 'no-cross-feature-imports', detail: specifier });
        }
        continue;
      }
      if (!ALLOWED[layer].includes(targetLayer)) {
        violations.push({ file, line, rule: 'layers-import-downwards', detail: `${layer} → ${targetLayer} (${specifier})` });
      }
    } else if (layer === 'domain' && FORBIDDEN_IN_DOMAIN.some((re) => re.test(specifier))) {
      violations.push({ file, line, rule: 'pure-domain', detail: specifier });
    }
  }
  if (!file.startsWith('adapters/zaf/') && /\bZAFClient\b/.test(text) && !file.endsWith('.test.ts') && !file.endsWith('.test.tsx')) {
    violations.push({ file, line: lineAt(text.indexOf('ZAFClient')), rule: 'only-zaf-adapter-touches-zafclient', detail: 'ZAFClient' });
  }
  if (!file.startsWith('adapters/zendesk-api/') && /['"`]\/api\/v2\//.test(text) && !/\.test\.tsx?$/.test(file)) {
    violations.push({ file, line: lineAt(text.search(/['"`]\/api\/v2\//)), rule: 'only-rest-adapter-builds-urls', detail: '/api/v2/' });
  }
  if (/dangerouslySetInnerHTML/.test(text)) {
    violations.push({
      file,
      line: lineAt(text.indexOf('dangerouslySetInnerHTML')),
      rule: 'no-inner-html',
      detail: 'ticket and settings text is hostile input',
    });
  }
  return violations;
}
