import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { ThemeProvider, DEFAULT_THEME } from '@zendeskgarden/react-theming';
import { ServicesProvider, type Services } from '../../src/services/services';
import { createMemoryStore } from '../../src/adapters/storage/local-store';
import { createZendeskApi } from '../../src/adapters/zendesk-api/zendesk-api';
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
  });
  const services: Services = {
    port,
    user,
    api: createZendeskApi(port, recordingPolicy().policy),
    i18n: createTranslator('en', englishMessages, englishMessages),
    storage: createMemoryStore(),
  };
  const result = render(
    <ThemeProvider theme={DEFAULT_THEME}>
      <ServicesProvider value={services}>{ui}</ServicesProvider>
    </ThemeProvider>,
  );
  return { ...result, services, port };
}
