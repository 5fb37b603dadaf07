import { loadOnce } from './load-once';
import { flattenMessages, type Messages } from './translator';
import { resolveLocale, type SupportedLocale } from './locale';
import type { MessagePart } from './message-parts';

// The strings drawn first (ADR 0070): English is in the app's first chunk (the start-up screens use
// it before the user's language is known); every other locale is a small chunk of its own, asked for
// as soon as the app's code runs, in the browser's language, before Zendesk has said who the user is
// (ADR 0105; they were all in the entry chunk, ADR 0095). The rest is one chunk per locale, loaded
// on demand: each agent downloads only their own language. `?part=` is cut by the build
// (scripts/lib/translation-parts.ts). Every locale file has every key (checked by
// translations.test.ts), so none needs English behind it at run time.
type Module = { default: unknown };
const englishFirst = import.meta.glob<Module>('../../translations/en.json', { query: '?part=first', eager: true });
const otherFirstParts = import.meta.glob<Module>(['../../translations/*.json', '!../../translations/en.json'], { query: '?part=first' });
const restParts = import.meta.glob<Module>('../../translations/*.json', { query: '?part=rest' });

const fileOf = (locale: SupportedLocale) => `../../translations/${locale}.json`;

/** The English strings drawn first, at once (start-up screens, and the fallback for a missing locale). */
export function englishFirstMessages(): Messages {
  const part = englishFirst[fileOf('en')];
  if (!part) throw new Error('No English translations');
  return flattenMessages(part.default);
}

const firstLoads = new Map<SupportedLocale, () => Promise<Messages>>();

/** The strings drawn first in this locale: at once for English, else its chunk (asked for once; again after a failure). */
export function firstMessages(locale: SupportedLocale): Promise<Messages> {
  const load = otherFirstParts[fileOf(locale)];
  if (locale === 'en' || !load) return Promise.resolve(englishFirstMessages());
  let once = firstLoads.get(locale);
  if (!once) {
    once = loadOnce(() => load().then((module) => flattenMessages(module.default)));
    firstLoads.set(locale, once);
  }
  return once();
}

/**
 * Starts loading the first strings of the browser's language, the likeliest to be the agent's
 * Zendesk language: by the time Zendesk has said who the user is, they are usually there. A wrong
 * guess costs one small chunk; the right locale is then asked for by the boot.
 */
export function prefetchFirstMessages(browserLanguage: string | undefined): void {
  const guess = resolveLocale(browserLanguage);
  if (guess !== 'en') firstMessages(guess).catch(() => undefined); // the boot asks again and reports it
}

export async function loadMessages(locale: SupportedLocale, part: MessagePart | 'all' = 'all'): Promise<Messages> {
  if (part === 'first') return firstMessages(locale);
  if (part === 'all') return { ...(await firstMessages(locale)), ...(await loadMessages(locale, 'rest')) };
  const load = restParts[fileOf(locale)] ?? restParts['../../translations/en.json'];
  if (!load) throw new Error(`No translations for ${locale}`);
  return flattenMessages((await load()).default);
}
