// `npm run --silent suggest -- <catalogues.json> <cases.jsonl> --provider <openai|anthropic|azure> --base-url <url>
// --model <name> --key-env <VARIABLE>`: the same suggestions through a language model, with the app's
// request, masking, verification and fallback, so anyone with a key can measure the model's accuracy.
import { rankValues } from '../../src/domain/suggest/rank-values';
import { replyIndexOf } from '../../src/domain/suggest/ticket-reading';
import type { TicketSnapshot } from '../../src/domain/ticket';
import { DEFAULT_BASE_URLS } from '../../src/domain/suggest-llm/provider-request';
import type { ProviderReply } from '../../src/domain/suggest-llm/outcome';
import { suggestWithModel } from '../../src/domain/suggest-llm/suggest-with-model';
import { PROVIDERS, type ProviderConfig, type ProviderKind, type ProviderRequest } from '../../src/domain/suggest-llm/types';
import { toCatalogue, toTicket, type EvalCase, type EvalCatalogue } from './eval-data';

export interface ProviderFlags {
  config: ProviderConfig;
  keyEnv: string;
  timeoutMs: number;
}

type Flag = '--provider' | '--base-url' | '--model' | '--key-env' | '--timeout-ms';

/** Null without `--provider` (the built-in engine runs); an error message for incomplete flags. */
export function parseProviderFlags(argv: readonly string[]): ProviderFlags | { error: string } | null {
  const value = (flag: Flag) => {
    const at = argv.indexOf(flag);
    return at === -1 ? undefined : argv[at + 1];
  };
  const provider = value('--provider');
  if (provider === undefined) return null;
  if (!(PROVIDERS as readonly string[]).includes(provider)) return { error: `--provider must be one of ${PROVIDERS.join(', ')}` };
  const model = value('--model');
  const keyEnv = value('--key-env');
  const baseUrl = value('--base-url') ?? DEFAULT_BASE_URLS[provider as ProviderKind];
  if (!model) return { error: '--model <name> is required (Azure: the deployment name)' };
  if (!keyEnv) return { error: '--key-env <VARIABLE> is required (the name of the environment variable holding the key)' };
  if (!baseUrl) return { error: '--base-url <url> is required for azure' };
  const timeoutMs = Number(value('--timeout-ms') ?? 30_000);
  return { config: { provider: provider as ProviderKind, model, baseUrl, masking: true }, keyEnv, timeoutMs };
}

/** Node's fetch, with the same reply shapes as the app's proxy adapter. */
export function fetchSender(timeoutMs: number, fetchImpl: typeof fetch = fetch) {
  return async (request: ProviderRequest): Promise<ProviderReply> => {
    try {
      const response = await fetchImpl(request.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...request.headers },
        body: JSON.stringify(request.body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await response.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // Kept as text: the domain reads it as a malformed answer.
      }
      const headers: Record<string, string> = {};
      response.headers.forEach((v, k) => (headers[k.toLowerCase()] = v));
      return { kind: 'response', status: response.status, body, headers };
    } catch (error) {
      if (error instanceof DOMException && error.name === 'TimeoutError') return { kind: 'timeout' };
      return { kind: 'response', status: 0, body: null, headers: {} };
    }
  };
}

/**
 * The ticket as it stood when its labelled reply (the last public agent reply) was sent: the model is then asked which
 * value that reply shows, the question the label answers (ADR 0157). Customer messages after it would make the app ask
 * what the conversation calls for instead; the built-in engine's eval reads the same reply either way.
 */
function asLabelled(ticket: TicketSnapshot): TicketSnapshot {
  const reply = replyIndexOf(ticket);
  return reply === undefined ? ticket : { ...ticket, comments: ticket.comments.slice(0, reply + 1) };
}

export interface ProviderRunSummary {
  cases: number;
  model: number;
  fallbacks: Map<string, number>;
  strict: number;
  lenient: number;
  top3: number;
  labelled: number;
}

/** One JSON line per case (the model's value first, then the built-in ranking), and a summary. */
export async function runProviderSuggest(
  flags: ProviderFlags,
  key: string,
  catalogues: Map<string, EvalCatalogue>,
  cases: EvalCase[],
  write: (line: string) => void,
  send = fetchSender(flags.timeoutMs),
): Promise<ProviderRunSummary> {
  const summary: ProviderRunSummary = { cases: 0, model: 0, fallbacks: new Map(), strict: 0, lenient: 0, top3: 0, labelled: 0 };
  const converted = new Map([...catalogues].map(([id, c]) => [id, toCatalogue(c)]));
  for (const item of cases) {
    const catalogue = converted.get(item.catalogue);
    if (!catalogue) continue;
    const names = new Map(catalogue.values.map((v) => [v.id, v.name]));
    const ticket = toTicket(item.ticket ?? {});
    const builtIn = rankValues(catalogue, ticket);
    const { outcome } = await suggestWithModel(flags.config, catalogue, asLabelled(ticket), key, send);
    const ranked =
      outcome.kind === 'suggested' ? [outcome.ranked, ...builtIn.filter((r) => r.valueId !== outcome.ranked.valueId)] : builtIn;
    summary.cases++;
    if (outcome.kind === 'suggested') summary.model++;
    else summary.fallbacks.set(outcome.reason, (summary.fallbacks.get(outcome.reason) ?? 0) + 1);
    const top = ranked.map((r) => names.get(r.valueId)!);
    if (item.expected) {
      summary.labelled++;
      summary.strict += Number(top[0] === item.expected);
      summary.lenient += Number(top[0] === item.expected || (item.also ?? []).includes(top[0]!));
      summary.top3 += Number(top.slice(0, 3).includes(item.expected));
    }
    write(
      JSON.stringify({
        id: item.id,
        source: outcome.kind === 'suggested' ? 'model' : 'built-in',
        ...(outcome.kind === 'fallback' ? { fallback: outcome.reason } : { model: outcome.model, droppedReasons: outcome.droppedReasons }),
        ranked: ranked.map((r) => ({ value: names.get(r.valueId), score: r.score, band: r.band, reasons: r.reasons })),
      }),
    );
  }
  return summary;
}

const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;

export function formatSummary(s: ProviderRunSummary): string {
  const fallbacks = [...s.fallbacks].map(([reason, n]) => `${reason} ${n}`).join(', ') || 'none';
  const accuracy =
    s.labelled > 0
      ? `strict top-1 ${pct(s.strict, s.labelled)}, lenient ${pct(s.lenient, s.labelled)}, top-3 ${pct(s.top3, s.labelled)} on ${s.labelled} labelled cases`
      : 'no labelled cases';
  return `${s.cases} cases: ${s.model} answered by the model, fallbacks: ${fallbacks}; ${accuracy}`;
}
