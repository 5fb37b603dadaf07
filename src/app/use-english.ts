import { useEffect, useState } from 'react';
import { loadMessages } from '../i18n/load-messages';
import type { Messages } from '../i18n/translator';

/** English strings for the screens shown before we know the user's language. */
export function useEnglish(): Messages | null {
  const [messages, setMessages] = useState<Messages | null>(null);
  useEffect(() => {
    let alive = true;
    void loadMessages('en', 'first').then((m) => alive && setMessages(m));
    return () => {
      alive = false;
    };
  }, []);
  return messages;
}
