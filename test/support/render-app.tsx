import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { ThemeProvider, DEFAULT_THEME } from '@zendeskgarden/react-theming';
import { ServicesProvider, type Services } from '../../src/services/services';
import { createMemoryStore, type LocalStore } from '../../src/adapters/storage/local-store';
import { createZendeskApi } from '../../src/adapters/zendesk-api/zendesk-api';
import type { RetryPolicy } from '../../src/adapters/zendesk-api/send';
import { createCustomObjectRecordsApi } from '../../src/adapters/zendesk-api/custom-object-records';
import type { ZafUser } from '../../src/adapters/zaf/zaf-port';
import en from '../../translations/en.json';
import { createTranslator, flattenMessages } from '../../src/i18n/translator';

const englishMessages = flattenMessages(en);
import { createNodePort, recordingPolicy } from './node-port';
import type { ZendeskStore } from '../mocks/store';

export interface RenderOptions {
  user?: Partial<ZafUser>;
  settings?: Record<string, unknown>;
  ticketId?: number;
  /** The in-memory Zendesk the open ticket is read from through ZAF (see createNodePort). */
  store?: ZendeskStore;
  /** Secure settings: only the simulated Zendesk proxy sees them. */
  secureSettings?: Record<string, string>;
  /** The browser storage (default: a fresh one), e.g. to start the app again in the same browser. */
  storage?: LocalStore;
  /** How the API retries (default: at once, recording the waits); e.g. a sleep the test releases. */
  policy?: RetryPolicy;
}

/** Renders a feature with the real providers: Garden's theme, English strings, and ports to the test double. */
export function renderWithServices(
  ui: ReactElement,
  options: RenderOptions = {},
): RenderResult & { services: Services; port: ReturnType<typeof createNodePort> } {
  const user: ZafUser = {
    id: 361001,
    name: 'Priya Raman',
    role: 'agent',
    locale: 'en-US',
    groups: [{ id: 360003, name: 'Reviewers' }],
    ...options.user,
  };
  const port = createNodePort({
    user,
    settings: options.settings,
    context: { ticketId: options.ticketId ?? 1002 },
    ...(options.store ? { store: options.store } : {}),
    ...(options.secureSettings ? { secureSettings: options.secureSettings } : {}),
  });
  const services: Services = {
    port,
    user,
    api: createZendeskApi(port, options.policy ?? recordingPolicy().policy),
    records: createCustomObjectRecordsApi(port, recordingPolicy().policy),
    i18n: createTranslator('en', englishMessages, englishMessages),
    storage: options.storage ?? createMemoryStore(),
  };
  // As a wrapper, so `rerender` keeps the providers (and the same services) around the new element.
  const result = render(ui, {
    wrapper: ({ children }: { children: ReactNode }) => (
      <ThemeProvider theme={DEFAULT_THEME}>
        <ServicesProvider value={services}>{children}</ServicesProvider>
      </ThemeProvider>
    ),
  });
  return { ...result, services, port };
}
