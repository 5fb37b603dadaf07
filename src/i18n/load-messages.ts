import { flattenMessages, type Messages } from './translator';
import type { SupportedLocale } from './locale';
import type { MessagePart } from './message-parts';

// Two chunks per locale, loaded on demand (ADR 0070): each agent downloads only their own language,
// and the sidebar only the strings it draws first; `?part=` is cut by the build (scripts/lib/
// translation-parts.ts). Every locale file has every key (checked by translations.test.ts), so none
// needs English behind it at run time.
type Loaders = Record<string, () => Promise<{ default: unknown }>>;
const loaders: Record<MessagePart, Loaders> = {
  first: import.meta.glob<{ default: unknown }>('../../translations/*.json', { query: '?part=first' }),
  rest: import.meta.glob<{ default: unknown }>('../../translations/*.json', { query: '?part=rest' }),
};

export async function loadMessages(locale: SupportedLocale, part: MessagePart | 'all' = 'all'): Promise<Messages> {
  if (part === 'all') {
    const [first, rest] = await Promise.all([loadMessages(locale, 'first'), loadMessages(locale, 'rest')]);
    return { ...first, ...rest };
  }
  const load = loaders[part][`../../translations/${locale}.json`] ?? loaders[part]['../../translations/en.json'];
  if (!load) throw new Error(`No translations for ${locale}`);
  return flattenMessages((await load()).default);
}
