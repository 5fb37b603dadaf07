import { connectZaf } from './adapters/zaf/connect-zaf';

// The entry is only this and the SDK connection (ADR 0105): the handshake with the host (and the
// question of who the user is) goes out as soon as the page is parsed, while the browser still
// compiles React and the app (`app/start-app.tsx`, with the ticket sidebar in the one `first-paint`
// chunk that iframe.html preloads beside this one, ADR 0115). Nothing this file imports may be in it.

// Zendesk passes its colour scheme in the iframe URL: use it before anything else has loaded.
const initialScheme = new URLSearchParams(window.location.search).get('colorScheme') === 'dark' ? 'dark' : 'light';
document.documentElement.dataset.colorScheme = initialScheme;

const container = document.getElementById('root');
if (!container) throw new Error('iframe.html has no #root element');
const connecting = connectZaf();
connecting.catch(() => undefined); // reported by startApp once React is there

import('./app/start-app').then(
  ({ startApp }) => startApp(connecting, initialScheme, container),
  // The app's code could not be loaded: no React to draw with, and no strings yet; the browser's reason, not a blank iframe.
  (error: unknown) => {
    container.textContent = error instanceof Error ? error.message : String(error);
  },
);
