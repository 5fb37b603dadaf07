import { flattenMessages, type Messages } from './translator';
import type { SupportedLocale } from './locale';

// One chunk per locale, loaded on demand: each agent downloads only their own language. Every
// locale file has every key (checked by test/i18n/translations.test.ts), so none needs English
// behind it at run time.
const loaders = import.meta.glob<{ default: unknown }>('../../translations/*.json');

export async function loadMessages(locale: SupportedLocale): Promise<Messages> {
  const load = loaders[`../../translations/${locale}.json`] ?? loaders['../../translations/en.json'];
  if (!load) throw new Error(`No translations for ${locale}`);
  return flattenMessages((await load()).default);
}
