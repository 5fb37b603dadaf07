import type { BrowserContext, Frame, Page } from 'playwright-core';

type Inboxed = { __vcInbox?: string[] };

/** From now on, every document of the context (host page and app frames) keeps each message it receives. */
export async function recordFrameInboxes(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const box: string[] = [];
    (window as unknown as { __vcInbox: string[] }).__vcInbox = box;
    window.addEventListener('message', (e: MessageEvent) => box.push(typeof e.data === 'string' ? e.data : JSON.stringify(e.data)));
  });
}

/** What one document received (the answers to its requests included), as sent. */
export function frameInbox(frame: Frame | Page): Promise<string[]> {
  return frame.evaluate(() => (window as unknown as Inboxed).__vcInbox ?? []);
}
