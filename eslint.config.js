// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/**
 * Layers import downwards only (ADR 0006): domain ← adapters ← i18n ← services ← ui ← features ← locations ← app.
 * Each entry lists what a layer may NOT import; tests beside the code are exempt (they may reach test/).
 */
const LAYERS = ['domain', 'adapters', 'i18n', 'services', 'ui', 'features', 'locations', 'app'];
const ALLOWED = {
  domain: [],
  adapters: ['domain'],
  i18n: [],
  services: ['domain', 'adapters', 'i18n'],
  ui: ['domain', 'i18n', 'services'],
  features: ['domain', 'adapters', 'i18n', 'services', 'ui'],
  locations: ['domain', 'adapters', 'i18n', 'services', 'ui', 'features'],
  app: ['domain', 'adapters', 'i18n', 'services', 'ui', 'features', 'locations'],
};

/** `no-restricted-imports` patterns for a file in `layer`, `depth` folders below src/. */
function layerPatterns(layer, depth) {
  const up = `^(\\.\\./){${depth}}`;
  const forbidden = LAYERS.filter((other) => other !== layer && !ALLOWED[layer].includes(other));
  return [
    ...forbidden.map((other) => ({
      regex: `${up}${other}(/|$)`,
      message: `${layer} may not import ${other} (layers import downwards, ADR 0006).`,
    })),
    { regex: `^(\\.\\./){${depth + 1}}test(/|$)`, message: 'src/ never imports test/.' },
  ];
}

const layerConfigs = LAYERS.flatMap((layer) =>
  [1, 2, 3].map((depth) => ({
    files: [`src/${layer}/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...layerPatterns(layer, depth),
            ...(layer === 'features' && depth === 2
              ? [{ regex: '^\\.\\./[^./][^/]*/', message: 'Features do not import each other.' }]
              : []),
            ...(layer === 'domain'
              ? [
                  {
                    group: [
                      'react',
                      'react-dom',
                      'react/*',
                      'react-dom/*',
                      'styled-components',
                      '@zendeskgarden/*',
                      'node:*',
                      'zendesk_app_framework_sdk',
                    ],
                    message: 'The domain stays pure.',
                  },
                ]
              : []),
          ],
        },
      ],
    },
  })),
);

export default tseslint.config(
  { ignores: ['dist/**', '.workspace-dist/**', 'node_modules/**', 'tmp/**', '.tmp/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.flatConfigs.recommended.rules },
  },
  ...layerConfigs,
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/adapters/zaf/**', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', { name: 'ZAFClient', message: 'Only the ZAF adapter touches ZAFClient.' }],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'ZAFClient', message: 'Only the ZAF adapter touches ZAFClient.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/adapters/zendesk-api/**', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'Literal[value=/\\/api\\/v2\\//]', message: 'Only the REST adapter spells /api/v2/.' },
        { selector: 'TemplateElement[value.raw=/\\/api\\/v2\\//]', message: 'Only the REST adapter spells /api/v2/.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Ticket and settings text is hostile input.' },
      ],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'test/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
    },
  },
  {
    // MSW-style test helpers named use*() (useZendesk) are not React hooks.
    files: ['**/*.test.{ts,tsx}', '**/*.e2e.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', 'vite.config.ts', 'vitest.config.ts', 'test/e2e/vitest.e2e.config.ts'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
