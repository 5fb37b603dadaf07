// Build-time split of translations/<locale>.json into the part drawn first and the rest (ADR 0070),
// and the trim of what the app never shows (Marketplace texts, settings help), for Vite and Vitest.
import type { Plugin } from 'vite';
import { treePart, type MessagePart } from '../../src/i18n/message-parts.ts';

type Tree = Record<string, unknown> & { app?: Record<string, unknown> & { parameters?: Record<string, Record<string, string>> } };

export function translationParts(): Plugin {
  return {
    name: 'values-coach:translation-parts',
    enforce: 'pre',
    transform(code, id) {
      const match = /[\\/]translations[\\/][^\\/?]+\.json(?:\?(.*))?$/.exec(id);
      if (!match) return null;
      const data = JSON.parse(code) as Tree;
      // The app's chunks carry only what the app shows: the Marketplace texts and the settings' help
      // texts stay in translations/ (and in the package) for Zendesk's install screen.
      if (data.app) {
        delete data.app.short_description;
        delete data.app.long_description;
        delete data.app.installation_instructions;
        for (const parameter of Object.values(data.app.parameters ?? {})) delete parameter.helpText;
      }
      const part = new URLSearchParams(match[1] ?? '').get('part') as MessagePart | null;
      if (part !== 'first' && part !== 'rest') return { code: JSON.stringify(data), map: null };
      // With a query the file is no longer handled as JSON: hand the bundler a module.
      return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(treePart(data, part)))});`, map: null, moduleType: 'js' };
    },
  };
}
