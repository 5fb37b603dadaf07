import { delay, http, HttpResponse, type HttpHandler } from 'msw';

/** How the fake provider answers the next requests (all three API shapes share it). */
export type FakeProviderMode =
  'answer' | 'slow' | 'unauthorized' | 'rate-limited' | 'server-error' | 'malformed' | 'unknown-value' | 'invented-quote' | 'refusal';

export const FAKE_PROVIDER_MODES: readonly FakeProviderMode[] = [
  'answer',
  'slow',
  'unauthorized',
  'rate-limited',
  'server-error',
  'malformed',
  'unknown-value',
  'invented-quote',
  'refusal',
];

/** The key the fake providers accept; the proxy simulation puts it in place of the placeholder. */
export const FAKE_PROVIDER_KEY = 'sk-test-0123456789abcdef';

export interface ProviderCall {
  shape: 'openai' | 'anthropic' | 'azure';
  url: string;
  headers: Record<string, string>;
  body: Record<string, unknown>;
}

export interface FakeProviderState {
  mode: FakeProviderMode;
  /** For `slow`: how long before answering. */
  slowMs: number;
  /** The value to choose (an id); default: the catalogue's second value. */
  value?: string;
  calls: ProviderCall[];
}

export function createFakeProviderState(): FakeProviderState {
  return { mode: 'answer', slowMs: 60_000, calls: [] };
}

interface SentInput {
  catalogue: { values: { id: string; description?: string }[] };
  messages: { message: number; from: string; text: string }[];
  /** Present when the app asks which behaviours each value is about (ADR 0159) instead of suggesting a value. */
  behaviours?: { name: string; reply: string }[];
}

function readInput(body: Record<string, unknown>): SentInput | null {
  const messages = Array.isArray(body.messages) ? (body.messages as { role: string; content: unknown }[]) : [];
  const user = messages.find((m) => m.role === 'user');
  try {
    return typeof user?.content === 'string' ? (JSON.parse(user.content) as SentInput) : null;
  } catch {
    return null;
  }
}

/** The first words of a message, copied as a careful model would copy them. */
function quoteFrom(text: string): string {
  const sentence = text.split(/(?<=[.!?])\s/)[0] ?? text;
  return sentence.split(/\s+/).slice(0, 10).join(' ');
}

/**
 * Which behaviours each value is about, as a fake reads them: the behaviours whose meaning shares the most words with the
 * value's description, best first (two at most; the first behaviour when none shares a word). Deterministic, not clever.
 */
function behavioursFor(input: SentInput, list: { name: string; reply: string }[]): Record<string, unknown> {
  const words = (text: string) => new Set(text.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  const values = input.catalogue.values.map((v) => {
    const own = words(v.description ?? '');
    const scored = list
      .map((b, i) => ({ name: b.name, i, shared: [...words(b.reply)].filter((w) => own.has(w)).length }))
      .filter((b) => b.shared > 0)
      .sort((a, b) => b.shared - a.shared || a.i - b.i);
    return { id: v.id, behaviours: (scored.length > 0 ? scored.slice(0, 2) : list.slice(0, 1)).map((b) => b.name) };
  });
  return { values };
}

function answerFor(state: FakeProviderState, input: SentInput): Record<string, unknown> {
  if (input.behaviours) return behavioursFor(input, input.behaviours);
  const value =
    state.mode === 'unknown-value' ? 'be-awesome' : (state.value ?? input.catalogue.values[1]?.id ?? input.catalogue.values[0]?.id);
  const customer = input.messages.find((m) => m.from === 'customer');
  const agent = [...input.messages].reverse().find((m) => m.from === 'agent');
  const reasons =
    state.mode === 'invented-quote'
      ? [{ quote: 'I will cancel my subscription and tell everyone', message: customer?.message ?? 1 }]
      : [customer, agent].flatMap((m) => (m ? [{ quote: quoteFrom(m.text), message: m.message }] : []));
  return { value, band: 'strong', reasons };
}

function lowerHeaders(request: Request): Record<string, string> {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, key) => (headers[key.toLowerCase()] = value));
  return headers;
}

function keyOf(shape: ProviderCall['shape'], headers: Record<string, string>): string | undefined {
  if (shape === 'anthropic') return headers['x-api-key'];
  if (shape === 'azure') return headers['api-key'];
  return headers.authorization?.replace(/^Bearer /, '');
}

const errorBody = (shape: ProviderCall['shape'], type: string, message: string) =>
  shape === 'anthropic' ? { type: 'error', error: { type, message } } : { error: { message, type, code: type } };

async function respond(shape: ProviderCall['shape'], request: Request, state: FakeProviderState): Promise<Response> {
  const headers = lowerHeaders(request);
  const body = (await request.json()) as Record<string, unknown>;
  state.calls.push({ shape, url: request.url, headers, body });
  if (state.mode === 'unauthorized' || keyOf(shape, headers) !== FAKE_PROVIDER_KEY) {
    return HttpResponse.json(errorBody(shape, 'authentication_error', 'Incorrect API key provided.'), { status: 401 });
  }
  if (state.mode === 'rate-limited') {
    return HttpResponse.json(errorBody(shape, 'rate_limit_error', 'Rate limit reached.'), {
      status: 429,
      headers: { 'Retry-After': '30' },
    });
  }
  if (state.mode === 'server-error') return HttpResponse.json(errorBody(shape, 'api_error', 'Internal server error'), { status: 500 });
  if (state.mode === 'slow') await delay(state.slowMs);
  const input = shape === 'anthropic' ? readInput({ messages: body.messages }) : readInput(body);
  if (!input) return HttpResponse.json(errorBody(shape, 'invalid_request_error', 'Unreadable messages'), { status: 400 });
  const answer = answerFor(state, input);
  if (shape === 'anthropic') {
    if (state.mode === 'malformed')
      return new HttpResponse('{"content": [{"type": "tool_use", "input": ', {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    if (state.mode === 'refusal') return HttpResponse.json({ type: 'message', role: 'assistant', content: [], stop_reason: 'refusal' });
    return HttpResponse.json({
      type: 'message',
      role: 'assistant',
      model: body.model,
      content: [{ type: 'tool_use', id: 'toolu_fake', name: (body.tool_choice as { name?: string } | undefined)?.name, input: answer }],
      stop_reason: 'tool_use',
    });
  }
  const message =
    state.mode === 'refusal'
      ? { role: 'assistant', content: null, refusal: 'I’m sorry, I can’t help with that request.' }
      : {
          role: 'assistant',
          content: state.mode === 'malformed' ? '{"value": "lead-with-empathy", "band": ' : JSON.stringify(answer),
          refusal: null,
        };
  return HttpResponse.json({
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    model: body.model ?? 'azure-deployment',
    choices: [{ index: 0, message, finish_reason: 'stop' }],
  });
}

/**
 * Fake model providers for the three API shapes, as MSW handlers shared by unit tests, the
 * workspace and the CLI tests: OpenAI-compatible chat completions (any host), Azure OpenAI
 * deployments and Anthropic Messages. They check the key (401 otherwise), record every call, and
 * answer per `state.mode`.
 */
export function llmProviderHandlers(state: FakeProviderState): HttpHandler[] {
  return [
    http.post(/\/openai\/deployments\/[^/]+\/chat\/completions$/, ({ request }) => respond('azure', request, state)),
    http.post(/\/chat\/completions$/, ({ request }) => respond('openai', request, state)),
    http.post(/\/v1\/messages$/, ({ request }) => respond('anthropic', request, state)),
  ];
}
