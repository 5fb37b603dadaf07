import type { Catalogue } from '../catalogue/types';
import type { Band } from '../suggest/types';
import { ANSWER_TOOL } from './provider-request';
import type { ModelAnswer, ProviderKind } from './types';

export type RawAnswer = { kind: 'answer'; json: unknown } | { kind: 'refusal' } | { kind: 'malformed' };
export type CheckedAnswer = { ok: true; answer: ModelAnswer } | { ok: false; reason: 'malformed' | 'unknown-value' };

const BANDS: readonly Band[] = ['strong', 'moderate', 'weak'];
const MAX_REASONS_READ = 10;
const MAX_QUOTE_CHARS = 600;

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The catalogue's value a model named: by id, or exactly by name (case aside). */
export function valueNamed(catalogue: Catalogue, written: string): Catalogue['values'][number] | undefined {
  const wanted = written.trim();
  return (
    catalogue.values.find((v) => v.id === wanted) ?? catalogue.values.find((v) => v.name.trim().toLowerCase() === wanted.toLowerCase())
  );
}

function parseJsonText(text: unknown): RawAnswer {
  if (typeof text !== 'string') return { kind: 'malformed' };
  // Some OpenAI-compatible servers wrap JSON in a Markdown fence even in JSON mode.
  const unfenced = text
    .trim()
    .replace(/^```(?:json)?\s*/i, '')
    .replace(/\s*```$/, '');
  try {
    return { kind: 'answer', json: JSON.parse(unfenced) };
  } catch {
    return { kind: 'malformed' };
  }
}

/**
 * Takes the answer out of a provider's success body: chat completions (OpenAI, Azure) or Anthropic Messages, where it is
 * the input of the forced call of `tool`.
 */
export function extractAnswer(provider: ProviderKind, body: unknown, toolName: string = ANSWER_TOOL): RawAnswer {
  if (!isRecord(body)) return { kind: 'malformed' };
  if (provider === 'anthropic') {
    if (body.stop_reason === 'refusal') return { kind: 'refusal' };
    const content = Array.isArray(body.content) ? body.content : [];
    const tool = content.find((c): c is Record<string, unknown> => isRecord(c) && c.type === 'tool_use' && c.name === toolName);
    if (tool) return isRecord(tool.input) ? { kind: 'answer', json: tool.input } : { kind: 'malformed' };
    const text = content.find((c): c is Record<string, unknown> => isRecord(c) && c.type === 'text');
    return text ? parseJsonText(text.text) : { kind: 'malformed' };
  }
  const choice: unknown = Array.isArray(body.choices) ? body.choices[0] : undefined;
  if (!isRecord(choice) || !isRecord(choice.message)) return { kind: 'malformed' };
  if (typeof choice.message.refusal === 'string' && choice.message.refusal !== '') return { kind: 'refusal' };
  if (choice.finish_reason === 'content_filter') return { kind: 'refusal' };
  return parseJsonText(choice.message.content);
}

/** Checks the answer against the schema; the value must be one of the catalogue's (by id, or exactly by name). */
export function checkAnswer(json: unknown, catalogue: Catalogue): CheckedAnswer {
  if (!isRecord(json) || typeof json.value !== 'string') return { ok: false, reason: 'malformed' };
  const value = valueNamed(catalogue, json.value);
  if (!value) return { ok: false, reason: 'unknown-value' };
  const band = BANDS.includes(json.band as Band) ? (json.band as Band) : 'weak';
  const rawReasons = Array.isArray(json.reasons) ? json.reasons.slice(0, MAX_REASONS_READ) : [];
  const reasons = rawReasons.flatMap((r) =>
    isRecord(r) && typeof r.quote === 'string' && Number.isInteger(r.message)
      ? [{ quote: r.quote.slice(0, MAX_QUOTE_CHARS), message: r.message as number }]
      : [],
  );
  return { ok: true, answer: { value: value.id, band, reasons } };
}
