import { flattenMessages, type Messages } from './translator';
import type { SupportedLocale } from './locale';
import type { MessagePart } from './message-parts';

// The strings drawn first (ADR 0070) are in the entry chunk for all six locales (ADR 0095: 0.5 KB
// gzip each, cheaper than a request that can start only once we know the user's language); the
// rest is one chunk per locale, loaded on demand: each agent downloads only their own language.
// `?part=` is cut by the build (scripts/lib/translation-parts.ts). Every locale file has every key
// (checked by translations.test.ts), so none needs English behind it at run time.
type Module = { default: unknown };
const firstParts = import.meta.glob<Module>('../../translations/*.json', { query: '?part=first', eager: true });
const restParts = import.meta.glob<Module>('../../translations/*.json', { query: '?part=rest' });

const fileOf = (locale: SupportedLocale) => `../../translations/${locale}.json`;

/** The strings drawn first, at once (they are in the entry chunk). */
export function firstMessages(locale: SupportedLocale): Messages {
  const part = firstParts[fileOf(locale)] ?? firstParts['../../translations/en.json'];
  if (!part) throw new Error(`No translations for ${locale}`);
  return flattenMessages(part.default);
}

export async function loadMessages(locale: SupportedLocale, part: MessagePart | 'all' = 'all'): Promise<Messages> {
  if (part === 'first') return firstMessages(locale);
  if (part === 'all') return { ...firstMessages(locale), ...(await loadMessages(locale, 'rest')) };
  const load = restParts[fileOf(locale)] ?? restParts['../../translations/en.json'];
  if (!load) throw new Error(`No translations for ${locale}`);
  return flattenMessages((await load()).default);
}
