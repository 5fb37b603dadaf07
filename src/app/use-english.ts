import { englishFirstMessages } from '../i18n/load-messages';
import type { Messages } from '../i18n/translator';

/** English strings for the screens shown before we know the user's language (in the app's first chunk: ADR 0095, 0105). */
export function useEnglish(): Messages {
  return englishFirstMessages();
}
