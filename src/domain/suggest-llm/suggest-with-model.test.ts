import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from '../catalogue/default-catalogue';
import { suggestionCacheKey } from './cache-key';
import { outcomeOf, type ProviderReply } from './outcome';
import { messagesToSend } from './prompt';
import { KEY_PLACEHOLDER, buildProviderRequest } from './provider-request';
import { suggestWithModel } from './suggest-with-model';
import { llmTicket } from './test-ticket';
import type { ProviderConfig } from './types';

const openai: ProviderConfig = { provider: 'openai', model: 'gpt-4o-mini', baseUrl: '', masking: true };
const anthropic: ProviderConfig = { provider: 'anthropic', model: 'claude-sonnet-4-5', baseUrl: '', masking: true };
const azure: ProviderConfig = { provider: 'azure', model: 'vc-gpt4o', baseUrl: 'https://contoso.openai.azure.com/', masking: true };

const chat = (content: unknown, extra: Record<string, unknown> = {}): ProviderReply => ({
  kind: 'response',
  status: 200,
  headers: {},
  body: {
    choices: [
      {
        message: { role: 'assistant', content: typeof content === 'string' ? content : JSON.stringify(content), refusal: null, ...extra },
        finish_reason: 'stop',
      },
    ],
  },
});
const answer = {
  value: 'lead-with-empathy',
  band: 'strong',
  reasons: [
    { quote: 'this is really frustrating.', message: 1 },
    { quote: 'I am sorry about the double charge.', message: 3 },
  ],
};

describe('what is sent', () => {
  it('sends the public messages only, masked, numbered as the sidebar numbers them', () => {
    const sent = messagesToSend(llmTicket(), true);
    expect(sent.map((m) => [m.message, m.from])).toEqual([
      [1, 'customer'],
      [3, 'agent'],
    ]);
    expect(sent[0]!.sent.text).toContain('call me on [phone] or mail [email]');
    const body = JSON.stringify(buildProviderRequest(openai, DEFAULT_CATALOGUE, sent, KEY_PLACEHOLDER).body);
    expect(body).not.toContain('Internal');
    expect(body).not.toContain('4111');
    expect(body).not.toContain('jo@example.com');
    expect(body).not.toContain('415');
    expect(body).not.toContain('Charged twice');
  });

  it('sends the text unmasked when the admin switched masking off', () => {
    expect(messagesToSend(llmTicket(), false)[0]!.sent.text).toContain('jo@example.com');
  });

  it('keeps the newest messages of a long thread within the budget', () => {
    const comments = Array.from({ length: 60 }, (_, i) => ({
      id: i,
      authorRole: 'end-user' as const,
      public: true,
      body: `message ${i} `.repeat(100),
    }));
    const sent = messagesToSend(llmTicket({ comments }), true);
    expect(sent.length).toBeLessThanOrEqual(20);
    expect(sent.at(-1)!.message).toBe(60);
    expect(sent.reduce((n, m) => n + m.sent.text.length, 0)).toBeLessThanOrEqual(20_000 + 20 * 7);
  });
});

describe('buildProviderRequest', () => {
  const sent = messagesToSend(llmTicket(), true);
  it('speaks OpenAI chat completions with a strict JSON schema and the key placeholder', () => {
    const request = buildProviderRequest(openai, DEFAULT_CATALOGUE, sent, KEY_PLACEHOLDER);
    expect(request.url).toBe('https://api.openai.com/v1/chat/completions');
    expect(request.headers).toEqual({ Authorization: 'Bearer {{setting.llm_api_key}}' });
    expect(request.body).toMatchObject({ model: 'gpt-4o-mini', response_format: { type: 'json_schema', json_schema: { strict: true } } });
    const schema = (request.body.response_format as { json_schema: { schema: { properties: { value: { enum: string[] } } } } }).json_schema
      .schema;
    expect(schema.properties.value.enum).toEqual(DEFAULT_CATALOGUE.values.map((v) => v.id));
  });

  it('speaks Anthropic Messages with a forced tool', () => {
    const request = buildProviderRequest(anthropic, DEFAULT_CATALOGUE, sent, KEY_PLACEHOLDER);
    expect(request.url).toBe('https://api.anthropic.com/v1/messages');
    expect(request.headers).toEqual({ 'x-api-key': KEY_PLACEHOLDER, 'anthropic-version': '2023-06-01' });
    expect(request.body).toMatchObject({ model: 'claude-sonnet-4-5', tool_choice: { type: 'tool', name: 'suggest_value' } });
  });

  it('speaks Azure OpenAI deployments with the api-key header', () => {
    const request = buildProviderRequest(azure, DEFAULT_CATALOGUE, sent, KEY_PLACEHOLDER);
    expect(request.url).toBe('https://contoso.openai.azure.com/openai/deployments/vc-gpt4o/chat/completions?api-version=2024-10-21');
    expect(request.headers).toEqual({ 'api-key': KEY_PLACEHOLDER });
    expect(request.body.model).toBeUndefined();
    const own = buildProviderRequest(
      { ...azure, baseUrl: 'https://c.openai.azure.com?api-version=2025-01-01-preview' },
      DEFAULT_CATALOGUE,
      sent,
      'k',
    );
    expect(own.url).toContain('?api-version=2025-01-01-preview');
  });
});

describe('outcomeOf', () => {
  const sent = messagesToSend(llmTicket(), true);
  const run = (reply: ProviderReply, config = openai) => outcomeOf(reply, config.provider, config.model, DEFAULT_CATALOGUE, sent);

  it('keeps the verified reasons, positioned in the original messages', () => {
    const outcome = run(chat(answer));
    expect(outcome).toMatchObject({
      kind: 'suggested',
      model: 'gpt-4o-mini',
      droppedReasons: 0,
      ranked: { valueId: 'lead-with-empathy', band: 'strong' },
    });
    if (outcome.kind !== 'suggested') throw new Error('expected a suggestion');
    const [first, second] = outcome.ranked.reasons;
    const body = llmTicket().comments[0]!.body;
    expect(first).toMatchObject({ kind: 'phrase', commentIndex: 0 });
    if (first?.kind !== 'phrase' || second?.kind !== 'phrase') throw new Error('expected phrases');
    expect(body.slice(first.start, first.end)).toBe('this is really   frustrating.');
    expect(second.commentIndex).toBe(2);
  });

  it('drops quotes not in the named message; with none left the suggestion is weak', () => {
    const invented = {
      ...answer,
      reasons: [
        { quote: 'I want a lawyer', message: 1 },
        { quote: 'I am sorry about the double charge.', message: 1 },
        { quote: 'refund approved by finance', message: 2 },
      ],
    };
    expect(run(chat(invented))).toMatchObject({ kind: 'suggested', droppedReasons: 3, ranked: { band: 'weak', reasons: [] } });
  });

  it('finds a quote that spans a mask', () => {
    const outcome = run(chat({ ...answer, reasons: [{ quote: 'mail [email],', message: 1 }] }));
    if (outcome.kind !== 'suggested') throw new Error('expected a suggestion');
    const reason = outcome.ranked.reasons[0];
    if (reason?.kind !== 'phrase') throw new Error('expected a phrase');
    expect(llmTicket().comments[0]!.body.slice(reason.start, reason.end)).toBe('mail jo@example.com,');
  });

  it.each<[string, ProviderReply, string]>([
    ['a timeout', { kind: 'timeout' }, 'timeout'],
    ['no answer', { kind: 'response', status: 0, body: null, headers: {} }, 'network'],
    ['401', { kind: 'response', status: 401, body: {}, headers: {} }, 'auth'],
    ['500', { kind: 'response', status: 500, body: {}, headers: {} }, 'server-error'],
    ['malformed JSON', chat('{"value": "lead-with'), 'malformed'],
    ['no choices', { kind: 'response', status: 200, body: { choices: [] }, headers: {} }, 'malformed'],
    ['a value not in the catalogue', chat({ ...answer, value: 'be-awesome' }), 'unknown-value'],
    ['a refusal', chat('', { refusal: 'I can’t help with that.' }), 'refusal'],
  ])('falls back on %s', (_, reply, reason) => {
    expect(run(reply)).toMatchObject({ kind: 'fallback', reason });
  });

  it('reads 429 Retry-After', () => {
    expect(run({ kind: 'response', status: 429, body: {}, headers: { 'retry-after': '20' } })).toEqual({
      kind: 'fallback',
      reason: 'rate-limited',
      retryAfterSeconds: 20,
    });
  });

  it('reads Anthropic tool use and refusals', () => {
    const tool = {
      kind: 'response' as const,
      status: 200,
      headers: {},
      body: { stop_reason: 'tool_use', content: [{ type: 'tool_use', name: 'suggest_value', input: answer }] },
    };
    expect(run(tool, anthropic)).toMatchObject({ kind: 'suggested', ranked: { valueId: 'lead-with-empathy' } });
    expect(run({ ...tool, body: { stop_reason: 'refusal', content: [] } }, anthropic)).toMatchObject({
      kind: 'fallback',
      reason: 'refusal',
    });
    expect(run({ ...tool, body: { content: [{ type: 'text', text: 'Sure!' }] } }, anthropic)).toMatchObject({
      kind: 'fallback',
      reason: 'malformed',
    });
  });

  it('accepts a fenced JSON answer and a value named instead of its id', () => {
    expect(run(chat('```json\n' + JSON.stringify({ ...answer, value: 'Lead With Empathy' }) + '\n```'))).toMatchObject({
      ranked: { valueId: 'lead-with-empathy' },
    });
  });
});

describe('suggestWithModel', () => {
  it('sends nothing for a ticket without public messages', async () => {
    let calls = 0;
    const run = await suggestWithModel(openai, DEFAULT_CATALOGUE, llmTicket({ comments: [] }), KEY_PLACEHOLDER, async () => {
      calls++;
      return { kind: 'timeout' };
    });
    expect(run).toEqual({ outcome: { kind: 'fallback', reason: 'no-messages' }, request: null });
    expect(calls).toBe(0);
  });
});

/** The system prompt of a built request, whatever the provider's API shape. */
function systemOf(config: ProviderConfig, sent: ReturnType<typeof messagesToSend>): string {
  const body = buildProviderRequest(config, DEFAULT_CATALOGUE, sent, KEY_PLACEHOLDER).body as {
    system?: string;
    messages: { role: string; content: string }[];
  };
  return body.system ?? body.messages.find((m) => m.role === 'system')!.content;
}

describe('the question the model is asked (ADR 0157)', () => {
  it('once an agent has answered, asks which value that reply shows, naming its message, as the sidebar card says', () => {
    const sent = messagesToSend(llmTicket(), true);
    for (const config of [openai, anthropic, azure]) {
      const system = systemOf(config, sent);
      expect(system).toContain('the agent reply in message 3');
      expect(system).toContain('what the agent does, offers, explains or decides in it');
      expect(system).not.toContain('calls for');
    }
  });

  it('while the customer waits for an answer, asks what the conversation calls for', () => {
    const ticket = llmTicket();
    const waiting = {
      ...ticket,
      comments: [...ticket.comments, { id: 4, authorRole: 'end-user' as const, public: true, body: 'Still charged twice.' }],
    };
    const system = systemOf(openai, messagesToSend(waiting, true));
    expect(system).toContain('pick the ONE value the conversation most calls for');
    expect(system).not.toContain('the agent reply in message');
  });

  it('does not reuse an outcome remembered from the question asked before', () => {
    // Outcomes are remembered per ticket and message; one remembered under the earlier question answered another one.
    expect(suggestionCacheKey(llmTicket(), openai)).toMatch(/^llm:42:2\.3\.[0-9a-z]+:[0-9a-z]+:q2$/);
  });
});

describe('suggestionCacheKey', () => {
  it('changes with a new public message and with the settings, not with an internal note', () => {
    const ticket = llmTicket();
    const key = suggestionCacheKey(ticket, openai);
    const withNote = { ...ticket, comments: [...ticket.comments, { id: 9, authorRole: 'agent' as const, public: false, body: 'note' }] };
    const withReply = {
      ...ticket,
      comments: [...ticket.comments, { id: 9, authorRole: 'end-user' as const, public: true, body: 'Any news?' }],
    };
    expect(suggestionCacheKey(withNote, openai)).toBe(key);
    expect(suggestionCacheKey(withReply, openai)).not.toBe(key);
    expect(suggestionCacheKey(ticket, { ...openai, model: 'other' })).not.toBe(key);
    expect(suggestionCacheKey({ ...ticket, id: 43 }, openai)).not.toBe(key);
    expect(suggestionCacheKey(llmTicket({ comments: [] }), openai)).toBeNull();
  });
});
