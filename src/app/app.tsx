import { Suspense, useEffect, useState, type ComponentType } from 'react';
import type { ColorScheme, ZafPort } from '../adapters/zaf/zaf-port';
import { createLazyZendeskApi } from './lazy-zendesk-api';
import { createLocalStore } from '../adapters/storage/local-store';
import { resolveLocale } from '../i18n/locale';
import { loadMessages } from '../i18n/load-messages';
import { ensureAllMessages, registerMoreMessages, withAllMessages } from '../i18n/more-messages';
import { createTranslator } from '../i18n/translator';
import { ServicesProvider, type Services } from '../services/services';
import { ZendeskTheme } from './theme';
import { StartupError } from './startup-error';
import { lazyPanel, PanelBoundary } from '../ui/panel-boundary';

const loadTicketSidebar = () => import('../locations/ticket-sidebar/ticket-sidebar');
const loadNavBar = () => import('../locations/nav-bar/nav-bar');
// Only when the location's chunk failed at start-up: loaded again under the boundary, with its retry.
// The sidebar draws the values with the first part of the strings; the leads page needs them all (ADR 0070).
const TicketSidebar = lazyPanel(loadTicketSidebar);
const NavBar = lazyPanel(withAllMessages(loadNavBar));

/** What the app shows once booted: the location with its services, or why it could not start. */
export type Booted = { kind: 'ready'; services: Services; Location: ComponentType } | { kind: 'failed'; error: unknown };
type Boot = { kind: 'loading' } | Booted;

/**
 * Everything the values need, in parallel (ADR 0070, 0095): the location's code loads (already
 * preloaded by iframe.html for the sidebar) while we ask who the user is; the strings drawn first are
 * in the entry chunk. The location is rendered directly, not through a lazy component: React holds
 * back (up to 500 ms) the reveal of a Suspense retry whose content suspends again, which the
 * sidebar's own lazy panels do. Started by `main.tsx` as soon as the SDK is connected, before React
 * renders anything; never rejects.
 */
export async function bootApp(port: ZafPort): Promise<Booted> {
  try {
    const { services, Location } = await boot(port);
    return { kind: 'ready', services, Location };
  } catch (error) {
    return { kind: 'failed', error };
  }
}

async function boot(port: ZafPort): Promise<{ services: Services; Location: ComponentType }> {
  const isNavBar = port.context.location === 'nav_bar';
  const location = (isNavBar ? loadNavBar() : loadTicketSidebar()).then(
    (module): ComponentType => module.default,
    () => (isNavBar ? NavBar : TicketSidebar), // a failure shows under the boundary, with a retry
  );
  const user = await port.currentUser();
  const locale = resolveLocale(user.locale);
  const messages = await loadMessages(locale, 'first');
  registerMoreMessages(() => loadMessages(locale, 'rest'), messages);
  // The leads page needs every string; if they fail, its lazy loader tries again under the boundary.
  const Location = isNavBar
    ? await Promise.all([location, ensureAllMessages()]).then(
        ([loaded]) => loaded,
        () => NavBar,
      )
    : await location;
  const services: Services = {
    port,
    user,
    api: createLazyZendeskApi(port),
    i18n: createTranslator(locale, messages, messages),
    storage: createLocalStore(),
  };
  return { services, Location };
}

interface IAppProps {
  port: ZafPort;
  initialScheme: ColorScheme;
  /** The boot's outcome when it ran before React (`main.tsx`): the first render draws the location, with no empty pass. */
  booted?: Booted;
}

export function App({ port, initialScheme, booted }: IAppProps) {
  const [state, setState] = useState<Boot>(booted ?? { kind: 'loading' });
  useEffect(() => {
    if (booted) return;
    let alive = true;
    void bootApp(port).then((result) => alive && setState(result));
    return () => {
      alive = false;
    };
  }, [port, booted]);

  return (
    <ZendeskTheme port={port} initialScheme={initialScheme}>
      {state.kind === 'failed' ? <StartupError error={state.error} /> : null}
      {state.kind === 'ready' ? (
        <ServicesProvider value={state.services}>
          {/* A failed location chunk or a render error outside any panel: a message and a retry, never a blank iframe. */}
          <PanelBoundary failedText={state.services.i18n.t('vc.boundary.failed')} retryText={state.services.i18n.t('vc.tryAgain')}>
            <Suspense fallback={null}>
              <state.Location />
            </Suspense>
          </PanelBoundary>
        </ServicesProvider>
      ) : null}
    </ZendeskTheme>
  );
}
