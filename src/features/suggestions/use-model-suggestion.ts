import { useEffect, useMemo, useState } from 'react';
import { createModelSender } from '../../adapters/llm/model-sender';
import type { Catalogue } from '../../domain/catalogue/types';
import { parseModelSettings, type ModelSettings } from '../../domain/settings/model-settings';
import { suggestionCacheKey } from '../../domain/suggest-llm/cache-key';
import { CACHE_STORAGE_KEY, cached, parseCache, remember } from '../../domain/suggest-llm/outcome-cache';
import { KEY_PLACEHOLDER } from '../../domain/suggest-llm/provider-request';
import { suggestWithModel } from '../../domain/suggest-llm/suggest-with-model';
import type { ModelOutcome } from '../../domain/suggest-llm/types';
import { USAGE_STORAGE_KEY, parseLedger, recordCall, underCap } from '../../domain/suggest-llm/usage';
import type { TicketSnapshot } from '../../domain/ticket';
import { useServices } from '../../services/services';
import { useAsync } from '../../ui/use-async';

export type ModelSuggestionState =
  | { kind: 'off' }
  /** The app is hidden: no call until it is shown again; the built-in engine meanwhile. */
  | { kind: 'hidden'; settings: ModelSettings }
  | { kind: 'asking'; settings: ModelSettings }
  | { kind: 'done'; settings: ModelSettings; outcome: ModelOutcome };

/** Calls under way, by cache key: a reload while one runs waits for it instead of calling again. */
const inFlight = new Map<string, Promise<ModelOutcome>>();

/**
 * The language model's suggestion for the open ticket, when an admin turned it on: at most one
 * call per ticket per new public message (remembered in this browser), none while the app is
 * hidden, none past the daily cap. Anything but a usable answer is a fallback with its reason.
 */
export function useModelSuggestion(catalogue: Catalogue, ticket: TicketSnapshot, now: () => Date = () => new Date()): ModelSuggestionState {
  const { port, storage } = useServices();
  const settings = useMemo(() => parseModelSettings(port.settings, () => undefined), [port]);
  const [visible, setVisible] = useState(true);
  useEffect(() => port.onVisibilityChange(setVisible), [port]);

  const cacheKey = settings.enabled ? suggestionCacheKey(ticket, settings) : null;
  const isCached = cacheKey !== null && cached(parseCache(storage.read(CACHE_STORAGE_KEY)), cacheKey) !== undefined;
  const key = cacheKey !== null && (visible || isCached) ? [cacheKey] : null;

  const resource = useAsync(async () => {
    if (cacheKey === null) throw new Error('No cache key');
    const known = cached(parseCache(storage.read(CACHE_STORAGE_KEY)), cacheKey);
    if (known) return known;
    const running = inFlight.get(cacheKey);
    if (running) return running;
    const ledger = parseLedger(storage.read(USAGE_STORAGE_KEY));
    if (!underCap(ledger, now(), settings.dailyCap)) return { kind: 'fallback', reason: 'cap-reached' } satisfies ModelOutcome;
    storage.write(USAGE_STORAGE_KEY, JSON.stringify(recordCall(ledger, now())));
    const call = suggestWithModel(settings, catalogue, ticket, KEY_PLACEHOLDER, createModelSender(port))
      .then((run) => run.outcome)
      .catch((): ModelOutcome => ({ kind: 'fallback', reason: 'network' }))
      .then((outcome) => {
        storage.write(CACHE_STORAGE_KEY, JSON.stringify(remember(parseCache(storage.read(CACHE_STORAGE_KEY)), cacheKey, outcome)));
        return outcome;
      })
      .finally(() => inFlight.delete(cacheKey));
    inFlight.set(cacheKey, call);
    return call;
  }, key);

  if (!settings.enabled) return { kind: 'off' };
  if (cacheKey === null) return { kind: 'done', settings, outcome: { kind: 'fallback', reason: 'no-messages' } };
  if (key === null) return { kind: 'hidden', settings };
  if (resource.state.status === 'ready') return { kind: 'done', settings, outcome: resource.state.data };
  if (resource.state.status === 'failed') return { kind: 'done', settings, outcome: { kind: 'fallback', reason: 'network' } };
  return { kind: 'asking', settings };
}
