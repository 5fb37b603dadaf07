import type { TicketSnapshot } from '../ticket';
import { PROMPT_VERSION } from './prompt';
import type { ProviderConfig } from './types';

/** FNV-1a, 32 bit: a short, stable fingerprint (not a security hash). */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * One model call per ticket per new public message: the key changes when a customer or agent
 * message is added (or edited), and with the provider settings; internal notes, tags and field
 * changes leave it as it is; and with the question asked (`PROMPT_VERSION`, ADR 0157). Null when the ticket has no public
 * message to send.
 */
export function suggestionCacheKey(ticket: TicketSnapshot, config: ProviderConfig): string | null {
  const comments = Array.isArray(ticket.comments) ? ticket.comments : [];
  let last = -1;
  for (let i = comments.length - 1; i >= 0; i--) {
    if (comments[i]!.public === true && String(comments[i]!.body ?? '').trim() !== '') {
      last = i;
      break;
    }
  }
  if (last === -1) return null;
  const comment = comments[last]!;
  const message = `${last}.${comment.id ?? ''}.${fingerprint(comment.body)}`;
  const settings = fingerprint(`${config.provider}|${config.model}|${config.baseUrl}|${config.masking}`);
  return `llm:${ticket.id}:${message}:${settings}:q${PROMPT_VERSION}`;
}
