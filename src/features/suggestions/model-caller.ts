import type { LocalStore } from '../../adapters/storage/local-store';
import type { Catalogue } from '../../domain/catalogue/types';
import type { ModelSettings } from '../../domain/settings/model-settings';
import { CACHE_STORAGE_KEY, cached, parseCache, remember } from '../../domain/suggest-llm/outcome-cache';
import { unclaimed, type ProviderReply } from '../../domain/suggest-llm/outcome';
import { KEY_PLACEHOLDER } from '../../domain/suggest-llm/provider-request';
import { suggestWithModel } from '../../domain/suggest-llm/suggest-with-model';
import type { ModelOutcome, ProviderRequest } from '../../domain/suggest-llm/types';
import type { TicketSnapshot } from '../../domain/ticket';

/** Calls under way, by cache key: a reload while one runs waits for it instead of calling again. */
const inFlight = new Map<string, Promise<ModelOutcome>>();

export interface ModelCallerDeps {
  storage: LocalStore;
  send: (request: ProviderRequest) => Promise<ProviderReply>;
  now: () => Date;
  /**
   * Counts one request in the account's daily count, or says the cap is reached (ADR 0080). Throws
   * when the count cannot be read or written: then no request is made (the cap fails closed).
   */
  claim: (now: Date, cap: number) => Promise<'counted' | 'cap-reached'>;
}

export function isCachedOutcome(storage: LocalStore, cacheKey: string): boolean {
  return cached(parseCache(storage.read(CACHE_STORAGE_KEY)), cacheKey) !== undefined;
}

/**
 * The outcome for one ticket and message: remembered, under way, refused by the daily cap (or by a
 * count that could not be read), or one new call (counted in the account's count before it is sent,
 * remembered when it ends whatever its result).
 */
export function modelOutcomeFor(
  deps: ModelCallerDeps,
  settings: ModelSettings,
  catalogue: Catalogue,
  ticket: TicketSnapshot,
  cacheKey: string,
): Promise<ModelOutcome> {
  const { storage, send, now } = deps;
  const known = cached(parseCache(storage.read(CACHE_STORAGE_KEY)), cacheKey);
  if (known) return Promise.resolve(known);
  const running = inFlight.get(cacheKey);
  if (running) return running;
  const call = deps
    .claim(now(), settings.dailyCap)
    .then(
      (claimed): Promise<ModelOutcome> =>
        claimed === 'cap-reached'
          ? Promise.resolve({ kind: 'fallback', reason: 'cap-reached' })
          : suggestWithModel(settings, catalogue, ticket, KEY_PLACEHOLDER, send)
              .then((run) => run.outcome)
              .catch((): ModelOutcome => ({ kind: 'fallback', reason: 'network' }))
              .then((outcome) => {
                storage.write(CACHE_STORAGE_KEY, JSON.stringify(remember(parseCache(storage.read(CACHE_STORAGE_KEY)), cacheKey, outcome)));
                return outcome;
              }),
      unclaimed,
    )
    .finally(() => inFlight.delete(cacheKey));
  inFlight.set(cacheKey, call);
  return call;
}
