import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectZaf } from './adapters/zaf/connect-zaf';
import { App, bootApp } from './app/app';
import { OutsideZendesk } from './app/outside-zendesk';
import { ConnectionFailed } from './app/startup-error';

// Zendesk passes its colour scheme in the iframe URL: use it before anything else has loaded.
const initialScheme = new URLSearchParams(window.location.search).get('colorScheme') === 'dark' ? 'dark' : 'light';
document.documentElement.dataset.colorScheme = initialScheme;

const container = document.getElementById('root');
if (!container) throw new Error('iframe.html has no #root element');
const root = createRoot(container);

connectZaf().then(
  async (connection) => {
    // Boot (who the user is, their strings, the location's code) before React renders anything, so
    // its first render draws the location: no empty pass, no wait for an effect (ADR 0095).
    const app =
      connection.kind === 'connected' ? (
        <App port={connection.port} initialScheme={initialScheme} booted={await bootApp(connection.port)} />
      ) : (
        <OutsideZendesk />
      );
    // StrictMode in development runs effects twice, so a hook that forgets its cleanup shows up in `npm run dev`.
    root.render(import.meta.env.DEV ? <StrictMode>{app}</StrictMode> : app);
  },
  // The SDK could not connect (its script failed, the host refused): say so instead of a blank iframe.
  (error: unknown) => root.render(<ConnectionFailed error={error} />),
);
