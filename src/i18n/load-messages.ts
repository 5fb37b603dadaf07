import en from '../../translations/en.json';
import { flattenMessages, type Messages } from './translator';
import type { SupportedLocale } from './locale';

export const englishMessages: Messages = flattenMessages(en);

// Other locales load on demand so English users do not pay for them.
const loaders = import.meta.glob<{ default: unknown }>(['../../translations/*.json', '!../../translations/en.json']);

export async function loadMessages(locale: SupportedLocale): Promise<Messages> {
  if (locale === 'en') return englishMessages;
  const load = loaders[`../../translations/${locale}.json`];
  if (!load) return englishMessages;
  return flattenMessages((await load()).default);
}
