import { useEffect, useMemo, useState } from 'react';
import { createModelSender } from '../../adapters/llm/model-sender';
import { createModelUsageCounter } from '../../adapters/zendesk-api/model-usage-counter';
import type { Catalogue } from '../../domain/catalogue/types';
import { parseModelSettings, type ModelSettings } from '../../domain/settings/model-settings';
import { suggestionCacheKey } from '../../domain/suggest-llm/cache-key';
import type { ModelOutcome } from '../../domain/suggest-llm/types';
import type { TicketSnapshot } from '../../domain/ticket';
import { useRecordsApi } from '../../services/records-api';
import { useServices } from '../../services/services';
import { useAsync } from '../../ui/use-async';
import { isCachedOutcome, modelOutcomeFor } from './model-caller';
import { withUsageLock } from '../../adapters/zendesk-api/usage-lock';

export type ModelSuggestionState =
  | { kind: 'off' }
  /** The app is hidden: no call until it is shown again; the built-in engine meanwhile. */
  | { kind: 'hidden'; settings: ModelSettings }
  | { kind: 'asking'; settings: ModelSettings }
  | { kind: 'done'; settings: ModelSettings; outcome: ModelOutcome };

/**
 * The language model's suggestion for the open ticket, when an admin turned it on: at most one
 * call per ticket per new public message (remembered in this browser), none while the app is
 * hidden, none past the account's daily cap (counted in Zendesk, ADR 0080). Anything but a usable
 * answer is a fallback with its reason.
 */
export function useModelSuggestion(catalogue: Catalogue, ticket: TicketSnapshot, now: () => Date = () => new Date()): ModelSuggestionState {
  const { port, storage, user } = useServices();
  const records = useRecordsApi();
  const counter = useMemo(() => createModelUsageCounter(records), [records]);
  const settings = useMemo(() => parseModelSettings(port.settings, () => undefined), [port]);
  const [visible, setVisible] = useState(true);
  useEffect(() => port.onVisibilityChange(setVisible), [port]);

  const cacheKey = settings.enabled ? suggestionCacheKey(ticket, settings) : null;
  const isCached = cacheKey !== null && isCachedOutcome(storage, cacheKey);
  const key = cacheKey !== null && (visible || isCached) ? [cacheKey] : null;

  const resource = useAsync(async () => {
    if (cacheKey === null) throw new Error('No cache key');
    const claim = (at: Date, cap: number) => withUsageLock(() => counter.claim(user.id, at, cap));
    return modelOutcomeFor({ storage, send: createModelSender(port), now, claim }, settings, catalogue, ticket, cacheKey);
  }, key);

  if (!settings.enabled) return { kind: 'off' };
  if (cacheKey === null) return { kind: 'done', settings, outcome: { kind: 'fallback', reason: 'no-messages' } };
  if (key === null) return { kind: 'hidden', settings };
  if (resource.state.status === 'ready') return { kind: 'done', settings, outcome: resource.state.data };
  if (resource.state.status === 'failed') return { kind: 'done', settings, outcome: { kind: 'fallback', reason: 'network' } };
  return { kind: 'asking', settings };
}
