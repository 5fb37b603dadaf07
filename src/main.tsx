import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectZaf } from './adapters/zaf/connect-zaf';
import { App } from './app/app';
import { OutsideZendesk } from './app/outside-zendesk';

// Zendesk passes its colour scheme in the iframe URL: use it before anything else has loaded.
const initialScheme = new URLSearchParams(window.location.search).get('colorScheme') === 'dark' ? 'dark' : 'light';
document.documentElement.dataset.colorScheme = initialScheme;

const container = document.getElementById('root');
if (!container) throw new Error('iframe.html has no #root element');
const root = createRoot(container);

void connectZaf().then((connection) => {
  const app = connection.kind === 'connected' ? <App port={connection.port} initialScheme={initialScheme} /> : <OutsideZendesk />;
  // StrictMode in development runs effects twice, so a hook that forgets its cleanup shows up in `npm run dev`.
  root.render(import.meta.env.DEV ? <StrictMode>{app}</StrictMode> : app);
});
