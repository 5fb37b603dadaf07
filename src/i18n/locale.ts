export const SUPPORTED_LOCALES = ['en', 'es', 'de', 'fr', 'pt-BR', 'ja'] as const;

export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/** Maps a Zendesk user locale (`pt-br`, `es-419`, `en-GB`, `ja`) to one we ship, else English. */
export function resolveLocale(userLocale: string | undefined | null): SupportedLocale {
  if (!userLocale) return 'en';
  const wanted = userLocale.replace('_', '-').toLowerCase();
  const exact = SUPPORTED_LOCALES.find((l) => l.toLowerCase() === wanted);
  if (exact) return exact;
  const language = wanted.split('-')[0];
  if (language === 'pt') return 'pt-BR';
  return SUPPORTED_LOCALES.find((l) => l.toLowerCase() === language) ?? 'en';
}
