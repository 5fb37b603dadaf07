/**
 * Watches a hosted app's page (same origin) and leaves a `workspace:text` performance mark in the
 * app's own timeline each time the text it shows changes, with that text as the mark's detail. The
 * bench reads when an app's "hello world" became visible without the app marking anything itself
 * (e.g. Zendesk's React scaffold, run unmodified). Installed at the SDK's handshake, before the host
 * registers the app, so before any ZAF app can draw what it needs Zendesk for.
 */
export const TEXT_MARK = 'workspace:text';
const MAX_MARKS = 50;
const WATCH_MS = 30_000;

export function watchTextMarks(frame: HTMLIFrameElement): void {
  let doc: Document | null = null;
  try {
    doc = frame.contentDocument;
  } catch {
    return; // an app on another origin: nothing to watch
  }
  const win = frame.contentWindow as (Window & typeof globalThis) | null;
  if (!doc?.body || !win) return;
  const body = doc.body;
  const perf = win.performance;
  if (perf.getEntriesByName(TEXT_MARK).length > 0) return; // already watching this page
  let last = '';
  let count = 0;
  const record = () => {
    const text = body.innerText.replace(/\s+/g, ' ').trim();
    if (text === last) return;
    last = text;
    perf.mark(TEXT_MARK, { detail: { text: text.slice(0, 500) } });
    if (++count >= MAX_MARKS) observer.disconnect();
  };
  const observer = new MutationObserver(record);
  observer.observe(body, { childList: true, subtree: true, characterData: true });
  record();
  win.setTimeout(() => observer.disconnect(), WATCH_MS);
}
