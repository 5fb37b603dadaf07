import type { Catalogue } from '../catalogue/types';
import type { Band, RankedValue } from '../suggest/types';
import { checkAnswer, extractAnswer } from './parse-answer';
import type { ModelOutcome, ProviderKind, SentMessage } from './types';
import { verifyReasons } from './verify';

/** What came back from the provider, as the adapter saw it. `status` 0: never answered (network, blocked). */
export type ProviderReply = { kind: 'response'; status: number; body: unknown; headers: Record<string, string> } | { kind: 'timeout' };

const SCORE: Record<Band, number> = { strong: 0.8, moderate: 0.55, weak: 0.3 };

function retryAfter(headers: Record<string, string>): number | undefined {
  const raw = headers['retry-after'];
  if (raw === undefined) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  // An HTTP date: seconds from now are unknown to a pure function, so callers just say "later".
  return undefined;
}

type Fallback = Extract<ModelOutcome, { kind: 'fallback' }>;

/**
 * Why no request was made when the account's count of model requests could not be claimed (ADR 0080): its object is
 * missing (the counter's error says `reason: 'missing'`), or Zendesk could not say.
 */
export function unclaimed(error: unknown): Fallback {
  const missing = typeof error === 'object' && error !== null && (error as { reason?: unknown }).reason === 'missing';
  return { kind: 'fallback', reason: missing ? 'usage-missing' : 'cap-unknown' };
}

/**
 * A provider's success body, to be read as an answer, or why there is none: no reply, access refused, a rate limit, a
 * server error.
 */
export function replyBody(reply: ProviderReply): { kind: 'body'; body: unknown } | Fallback {
  if (reply.kind === 'timeout') return { kind: 'fallback', reason: 'timeout' };
  const { status, headers } = reply;
  if (status === 0) return { kind: 'fallback', reason: 'network' };
  if (status === 401 || status === 403) return { kind: 'fallback', reason: 'auth' };
  if (status === 429) {
    const seconds = retryAfter(headers);
    return { kind: 'fallback', reason: 'rate-limited', ...(seconds === undefined ? {} : { retryAfterSeconds: seconds }) };
  }
  if (status < 200 || status >= 300) return { kind: 'fallback', reason: 'server-error' };
  return { kind: 'body', body: reply.body };
}

/**
 * Turns a provider's reply into what the sidebar shows: the model's value with only the reasons
 * found in the ticket (weak when none is), or the reason to fall back to the built-in engine.
 */
export function outcomeOf(
  reply: ProviderReply,
  provider: ProviderKind,
  model: string,
  catalogue: Catalogue,
  sent: readonly SentMessage[],
): ModelOutcome {
  const read = replyBody(reply);
  if (read.kind === 'fallback') return read;
  const raw = extractAnswer(provider, read.body);
  if (raw.kind === 'refusal') return { kind: 'fallback', reason: 'refusal' };
  if (raw.kind === 'malformed') return { kind: 'fallback', reason: 'malformed' };
  const checked = checkAnswer(raw.json, catalogue);
  if (!checked.ok) return { kind: 'fallback', reason: checked.reason };
  const { kept, dropped } = verifyReasons(checked.answer.reasons, sent);
  // Without a reason we can show, the model's word alone is only a possibility.
  const band: Band = kept.length === 0 ? 'weak' : checked.answer.band;
  const ranked: RankedValue = { valueId: checked.answer.value, score: SCORE[band], band, reasons: kept };
  return { kind: 'suggested', ranked, model, droppedReasons: dropped };
}
