import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { ZafConnection } from '../adapters/zaf/connect-zaf';
import type { ColorScheme } from '../adapters/zaf/zaf-port';
import { prefetchFirstMessages } from '../i18n/load-messages';
import { App, bootApp } from './app';
import { OutsideZendesk } from './outside-zendesk';
import { ConnectionFailed } from './startup-error';

/**
 * React and the app, started by `main.tsx` with the SDK connection it began before this chunk was
 * even compiled (ADR 0105): the handshake with the host runs while the browser compiles React.
 */
export function startApp(connecting: Promise<ZafConnection>, initialScheme: ColorScheme, container: HTMLElement): void {
  // The agent's strings drawn first, guessed from the browser while Zendesk says who they are (ADR 0105).
  prefetchFirstMessages(navigator.language);
  const root = createRoot(container);
  connecting.then(
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
}
