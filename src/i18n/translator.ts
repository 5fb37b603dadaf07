/** Translation files are nested JSON (Zendesk's format); the UI addresses strings by dotted key. */
export type Messages = Record<string, string>;

export type TranslateParams = Record<string, string | number>;

export interface Translator {
  locale: string;
  t: (key: string, params?: TranslateParams) => string;
  has: (key: string) => boolean;
}

export function flattenMessages(tree: unknown, prefix = '', into: Messages = {}): Messages {
  if (tree && typeof tree === 'object') {
    for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (typeof value === 'string') into[path] = value;
      else flattenMessages(value, path, into);
    }
  }
  return into;
}

function interpolate(template: string, params: TranslateParams | undefined): string {
  if (!params) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * `t('key', { count })` picks `key.one` / `key.other` (or the locale's other plural categories)
 * when they exist; a key missing in the user's locale falls back to English, then to the key
 * itself so that a gap is visible rather than blank.
 */
export function createTranslator(locale: string, messages: Messages, fallback: Messages): Translator {
  const plurals = new Intl.PluralRules(locale);
  const lookup = (key: string) => messages[key] ?? fallback[key];
  const resolveKey = (key: string, params?: TranslateParams) => {
    if (params && typeof params.count === 'number') {
      const category = plurals.select(params.count);
      if (lookup(`${key}.${category}`) !== undefined) return `${key}.${category}`;
      if (lookup(`${key}.other`) !== undefined) return `${key}.other`;
    }
    return key;
  };
  return {
    locale,
    has: (key) => lookup(key) !== undefined || lookup(`${key}.other`) !== undefined,
    t(key, params) {
      const template = lookup(resolveKey(key, params));
      return template === undefined ? key : interpolate(template, params);
    },
  };
}
