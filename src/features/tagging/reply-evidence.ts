import type { Catalogue } from '../../domain/catalogue/types';
import { isCloseRunnerUp, rankValues } from '../../domain/suggest/rank-values';
import type { TicketComment, TicketSnapshot } from '../../domain/ticket';

export interface ReplyEvidence {
  valueId: string;
  /** The sentence of the reply that carries the evidence: quoted from that reply only. */
  quote: string;
}

const MAX_QUOTE = 160;

/** The sentence around [start, end) of a text, trimmed to a readable length. */
export function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), before.lastIndexOf('\n'));
  const rest = text.slice(end);
  const stop = rest.search(/[.!?](\s|$)|\n/);
  const sentence = text.slice(from < 0 ? 0 : from + 1, stop < 0 ? text.length : end + stop + 1).trim();
  if (sentence.length <= MAX_QUOTE) return sentence;
  // Too long: the phrase itself with a little of what surrounds it.
  const phrase = text.slice(start, end).trim();
  return phrase.length <= MAX_QUOTE ? phrase : phrase.slice(0, MAX_QUOTE);
}

/**
 * What one reply, read on its own, seems to show: the suggestion engine on a ticket holding only
 * that reply (no subject, no customer messages, no other replies), so every quote comes from it.
 * A value is named only when the engine has a lead (not "weak") and a phrase of the reply backs it.
 */
export function replyEvidence(catalogue: Catalogue, ticket: Pick<TicketSnapshot, 'id'>, reply: TicketComment): ReplyEvidence[] {
  const alone: TicketSnapshot = {
    id: ticket.id,
    subject: '',
    description: '',
    priority: null,
    tags: [],
    comments: [reply],
  };
  const ranked = rankValues(catalogue, alone, { focusCommentIndex: 0 });
  const leads = ranked[0] && ranked[0].band !== 'weak' ? [ranked[0], ...(isCloseRunnerUp(ranked) ? [ranked[1]!] : [])] : [];
  const evidence: ReplyEvidence[] = [];
  for (const value of leads) {
    const phrase = value.reasons.find((r) => r.kind === 'phrase' && r.commentIndex === 0);
    if (phrase?.kind !== 'phrase') continue;
    const quote = sentenceAround(reply.body, phrase.start, phrase.end);
    if (quote) evidence.push({ valueId: value.valueId, quote });
  }
  return evidence;
}
