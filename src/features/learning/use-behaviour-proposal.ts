import { useCallback, useMemo, useState } from 'react';
import { createModelSender } from '../../adapters/llm/model-sender';
import { createModelUsageCounter } from '../../adapters/zendesk-api/model-usage-counter';
import { withUsageLock } from '../../adapters/zendesk-api/usage-lock';
import type { Catalogue } from '../../domain/catalogue/types';
import type { ModelSettings } from '../../domain/settings/model-settings';
import { behaviourMeanings } from '../../domain/suggest-llm/behaviour-meanings';
import { buildProposalRequest, proposalOf, type ProposalOutcome } from '../../domain/suggest-llm/behaviour-proposal';
import { fingerprint } from '../../domain/suggest-llm/cache-key';
import { unclaimed } from '../../domain/suggest-llm/outcome';
import { KEY_PLACEHOLDER } from '../../domain/suggest-llm/provider-request';
import { loadMessages } from '../../i18n/load-messages';
import { useRecordsApi } from '../../services/records-api';
import { useServices } from '../../services/services';

export type ProposalState = { kind: 'idle' } | { kind: 'asking' } | { kind: 'done'; outcome: ProposalOutcome };

/** The last proposal, remembered in this browser for this catalogue and provider: reopening the page asks nothing. */
export const PROPOSAL_STORAGE_KEY = 'behaviour-proposal';

/** What the proposal depends on: the words sent and the provider that read them. */
function proposalKey(catalogue: Catalogue, settings: ModelSettings): string {
  const words = catalogue.values.map((v) => [v.id, v.name, v.description, v.prompts, v.questions]);
  return fingerprint(JSON.stringify([catalogue.mission, words, settings.provider, settings.model, settings.baseUrl]));
}

/**
 * Asks the admin's language model which behaviours each value is about (ADR 0159): one request, counted in the account's
 * daily count first like every model request (ADR 0080; nothing is sent when the count cannot be read), through Zendesk's
 * proxy with the secure key. Only the catalogue's words and the behaviours' English meanings are sent.
 */
export function useBehaviourProposal(catalogue: Catalogue, settings: ModelSettings): { state: ProposalState; ask: () => void } {
  const { port, storage, user } = useServices();
  const records = useRecordsApi();
  const counter = useMemo(() => createModelUsageCounter(records), [records]);
  const key = useMemo(() => proposalKey(catalogue, settings), [catalogue, settings]);
  const [state, setState] = useState<ProposalState>(() => {
    try {
      const stored = JSON.parse(storage.read(PROPOSAL_STORAGE_KEY) ?? 'null') as { key?: string; outcome?: ProposalOutcome } | null;
      return stored?.key === key && stored.outcome?.kind === 'proposed' ? { kind: 'done', outcome: stored.outcome } : { kind: 'idle' };
    } catch {
      return { kind: 'idle' };
    }
  });

  const ask = useCallback(() => {
    setState({ kind: 'asking' });
    const run = async (): Promise<ProposalOutcome> => {
      const meanings = behaviourMeanings(await loadMessages('en', 'rest'));
      let claimed: 'counted' | 'cap-reached';
      try {
        claimed = await withUsageLock(() => counter.claim(user.id, new Date(), settings.dailyCap));
      } catch (error) {
        return unclaimed(error);
      }
      if (claimed === 'cap-reached') return { kind: 'fallback', reason: 'cap-reached' };
      const reply = await createModelSender(port)(buildProposalRequest(settings, catalogue, meanings, KEY_PLACEHOLDER));
      return proposalOf(reply, settings, catalogue);
    };
    void run()
      .catch((): ProposalOutcome => ({ kind: 'fallback', reason: 'network' }))
      .then((outcome) => {
        if (outcome.kind === 'proposed') storage.write(PROPOSAL_STORAGE_KEY, JSON.stringify({ key, outcome }));
        setState({ kind: 'done', outcome });
      });
  }, [catalogue, counter, key, port, settings, storage, user.id]);

  return { state, ask };
}
