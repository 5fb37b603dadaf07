import { firstMessages } from '../i18n/load-messages';
import type { Messages } from '../i18n/translator';

/** English strings for the screens shown before we know the user's language (in the entry chunk: ADR 0095). */
export function useEnglish(): Messages {
  return firstMessages('en');
}
