import type { LocalStore } from '../../adapters/storage/local-store';
import type { Catalogue } from '../../domain/catalogue/types';
import type { ModelSettings } from '../../domain/settings/model-settings';
import { CACHE_STORAGE_KEY, cached, parseCache, remember } from '../../domain/suggest-llm/outcome-cache';
import type { ProviderReply } from '../../domain/suggest-llm/outcome';
import { KEY_PLACEHOLDER } from '../../domain/suggest-llm/provider-request';
import { suggestWithModel } from '../../domain/suggest-llm/suggest-with-model';
import type { ModelOutcome, ProviderRequest } from '../../domain/suggest-llm/types';
import { USAGE_STORAGE_KEY, parseLedger, recordCall, underCap } from '../../domain/suggest-llm/usage';
import type { TicketSnapshot } from '../../domain/ticket';

/** Calls under way, by cache key: a reload while one runs waits for it instead of calling again. */
const inFlight = new Map<string, Promise<ModelOutcome>>();

export interface ModelCallerDeps {
  storage: LocalStore;
  send: (request: ProviderRequest) => Promise<ProviderReply>;
  now: () => Date;
}

export function isCachedOutcome(storage: LocalStore, cacheKey: string): boolean {
  return cached(parseCache(storage.read(CACHE_STORAGE_KEY)), cacheKey) !== undefined;
}

/**
 * The outcome for one ticket and message: remembered, under way, refused by the daily cap, or one
 * new call (counted before it is sent, remembered when it ends whatever its result).
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
  const ledger = parseLedger(storage.read(USAGE_STORAGE_KEY));
  if (!underCap(ledger, now(), settings.dailyCap)) return Promise.resolve({ kind: 'fallback', reason: 'cap-reached' });
  storage.write(USAGE_STORAGE_KEY, JSON.stringify(recordCall(ledger, now())));
  const call = suggestWithModel(settings, catalogue, ticket, KEY_PLACEHOLDER, send)
    .then((run) => run.outcome)
    .catch((): ModelOutcome => ({ kind: 'fallback', reason: 'network' }))
    .then((outcome) => {
      storage.write(CACHE_STORAGE_KEY, JSON.stringify(remember(parseCache(storage.read(CACHE_STORAGE_KEY)), cacheKey, outcome)));
      return outcome;
    })
    .finally(() => inFlight.delete(cacheKey));
  inFlight.set(cacheKey, call);
  return call;
}
