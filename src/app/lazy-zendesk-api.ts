import { ApiError } from '../adapters/zendesk-api/api-error';
import { loadOnce } from '../i18n/load-once';
import type { RetryNotice } from '../adapters/zendesk-api/send';
import type { ZendeskTransport } from '../adapters/zendesk-api/fetch-transport';
import type { ZendeskApi } from '../adapters/zendesk-api/zendesk-api';

type AsyncMethod = Exclude<keyof ZendeskApi, 'onRetry'>;

/**
 * The REST API client, loaded on its first call (ADR 0105): nothing drawn before the values makes a
 * request (issue 11: a ticket view costs none), so its code (requests, retries, response shapes,
 * URLs: ~3 KB gzip) is not in the first paint. Every method is asynchronous already; a chunk that
 * fails to load (the agent went offline before the first call) rejects that call as `offline`, like
 * a request that could not be sent, so a tag waits in the outbox and is sent later; the next call
 * tries again.
 */
export function createLazyZendeskApi(port: ZendeskTransport): ZendeskApi {
  const listeners = new Set<(retry: RetryNotice) => void>();
  const real = loadOnce(() =>
    import('../adapters/zendesk-api/zendesk-api').then(
      ({ createZendeskApi }) => {
        const api = createZendeskApi(port);
        api.onRetry?.((retry) => listeners.forEach((listener) => listener(retry)));
        return api;
      },
      (error: unknown) => {
        throw new ApiError('offline', 0, null, undefined, `The app's REST client could not be loaded: ${String(error)}`);
      },
    ),
  );
  type Fn<K extends AsyncMethod> = (...args: Parameters<ZendeskApi[K]>) => ReturnType<ZendeskApi[K]>;
  const call =
    <K extends AsyncMethod>(name: K): Fn<K> =>
    (...args) =>
      real().then((api) => (api[name] as unknown as (...a: unknown[]) => Promise<unknown>)(...args)) as ReturnType<ZendeskApi[K]>;
  return {
    getTicket: call('getTicket'),
    updateTicketSafely: call('updateTicketSafely'),
    getComments: call('getComments'),
    getUsers: call('getUsers'),
    getGroups: call('getGroups'),
    getTicketField: call('getTicketField'),
    createFieldOption: call('createFieldOption'),
    searchExportPage: call('searchExportPage'),
    getAudits: call('getAudits'),
    searchCount: call('searchCount'),
    updateInstallationSettings: call('updateInstallationSettings'),
    onRetry(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
