import { createContext, useContext, type ReactNode } from 'react';
import type { ZafPort, ZafUser } from '../adapters/zaf/zaf-port';
import type { ZendeskApi } from '../adapters/zendesk-api/zendesk-api';
import type { CustomObjectRecordsApi } from '../adapters/zendesk-api/custom-object-records';
import type { Translator } from '../i18n/translator';
import type { LocalStore } from '../adapters/storage/local-store';

/** What every feature may use: the ports to Zendesk, the signed-in user, and their language. */
export interface Services {
  port: ZafPort;
  api: ZendeskApi;
  user: ZafUser;
  i18n: Translator;
  storage: LocalStore;
  /** Custom object records (team content); made from `port` when not given (see useRecordsApi). */
  records?: CustomObjectRecordsApi;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ value, children }: { value: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={value}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices needs a ServicesProvider (see src/app/app.tsx)');
  return services;
}

export function useT(): Translator['t'] {
  return useServices().i18n.t;
}
