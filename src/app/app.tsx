import { Suspense, useEffect, useState } from 'react';
import type { ColorScheme, ZafPort } from '../adapters/zaf/zaf-port';
import { createZendeskApi } from '../adapters/zendesk-api/zendesk-api';
import { createLocalStore } from '../adapters/storage/local-store';
import { resolveLocale } from '../i18n/locale';
import { loadMessages } from '../i18n/load-messages';
import { registerMoreMessages, withAllMessages } from '../i18n/more-messages';
import { createTranslator } from '../i18n/translator';
import { ServicesProvider, type Services } from '../services/services';
import { ZendeskTheme } from './theme';
import { StartupError } from './startup-error';
import { lazyPanel, PanelBoundary } from '../ui/panel-boundary';

const loadTicketSidebar = () => import('../locations/ticket-sidebar/ticket-sidebar');
const loadNavBar = () => import('../locations/nav-bar/nav-bar');
// The sidebar draws the values with the first part of the strings; the leads page needs them all (ADR 0070).
const TicketSidebar = lazyPanel(loadTicketSidebar);
const NavBar = lazyPanel(withAllMessages(loadNavBar));

type Boot = { kind: 'loading' } | { kind: 'ready'; services: Services } | { kind: 'failed'; error: unknown };

async function boot(port: ZafPort): Promise<Services> {
  // The location's code loads while we ask who the user is and fetch their strings, not after
  // (the lazy component below then finds it in the module cache). A failure shows there, with a retry.
  void (port.context.location === 'nav_bar' ? loadNavBar() : loadTicketSidebar()).catch(() => undefined);
  const user = await port.currentUser();
  const locale = resolveLocale(user.locale);
  const messages = await loadMessages(locale, 'first');
  registerMoreMessages(() => loadMessages(locale, 'rest'), messages);
  return {
    port,
    user,
    api: createZendeskApi(port),
    i18n: createTranslator(locale, messages, messages),
    storage: createLocalStore(),
  };
}

function Location({ port }: { port: ZafPort }) {
  if (port.context.location === 'nav_bar') return <NavBar />;
  return <TicketSidebar />;
}

export function App({ port, initialScheme }: { port: ZafPort; initialScheme: ColorScheme }) {
  const [state, setState] = useState<Boot>({ kind: 'loading' });
  useEffect(() => {
    boot(port).then(
      (services) => setState({ kind: 'ready', services }),
      (error: unknown) => setState({ kind: 'failed', error }),
    );
  }, [port]);

  return (
    <ZendeskTheme port={port} initialScheme={initialScheme}>
      {state.kind === 'failed' ? <StartupError error={state.error} /> : null}
      {state.kind === 'ready' ? (
        <ServicesProvider value={state.services}>
          {/* A failed location chunk or a render error outside any panel: a message and a retry, never a blank iframe. */}
          <PanelBoundary failedText={state.services.i18n.t('vc.boundary.failed')} retryText={state.services.i18n.t('vc.tryAgain')}>
            <Suspense fallback={null}>
              <Location port={port} />
            </Suspense>
          </PanelBoundary>
        </ServicesProvider>
      ) : null}
    </ZendeskTheme>
  );
}
