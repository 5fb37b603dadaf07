import type { Catalogue } from '../catalogue/types';
import type { TicketSnapshot } from '../ticket';
import { outcomeOf, type ProviderReply } from './outcome';
import { messagesToSend } from './prompt';
import { buildProviderRequest } from './provider-request';
import type { ModelOutcome, ProviderConfig, ProviderRequest } from './types';

export interface ModelRun {
  outcome: ModelOutcome;
  /** The request as built (with the key placeholder in the app), or null when nothing was sent. */
  request: ProviderRequest | null;
}

/**
 * One model suggestion for a ticket: builds the request from the catalogue and the public messages
 * (masked unless switched off), hands it to `send` (the ZAF proxy in the app, fetch in the CLI) and
 * reads the reply. The daily cap and the cache are the caller's: they need storage.
 */
export async function suggestWithModel(
  config: ProviderConfig,
  catalogue: Catalogue,
  ticket: TicketSnapshot,
  key: string,
  send: (request: ProviderRequest) => Promise<ProviderReply>,
): Promise<ModelRun> {
  const sent = messagesToSend(ticket, config.masking);
  if (sent.length === 0) return { outcome: { kind: 'fallback', reason: 'no-messages' }, request: null };
  const request = buildProviderRequest(config, catalogue, sent, key);
  const reply = await send(request);
  return { outcome: outcomeOf(reply, config.provider, config.model, catalogue, sent), request };
}
