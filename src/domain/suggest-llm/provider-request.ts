import type { Catalogue } from '../catalogue/types';
import { answerSchema, systemPromptFor, userContent } from './prompt';
import { DEFAULT_BASE_URLS, type ProviderConfig, type ProviderRequest, type SentMessage } from './types';

export { DEFAULT_BASE_URLS };

/** In the browser the key is this placeholder; Zendesk's proxy puts the secure setting in its place. */
export const KEY_PLACEHOLDER = '{{setting.llm_api_key}}';
export const ANTHROPIC_VERSION = '2023-06-01';
/** Azure OpenAI's GA API version with structured outputs (json_schema); a base URL may set its own. */
export const AZURE_API_VERSION = '2024-10-21';
export const ANSWER_TOOL = 'suggest_value';
const MAX_OUTPUT_TOKENS = 600;

/** One question to a model, whatever the provider: what the request builder turns into each API's shape. */
export interface ModelQuestion {
  system: string;
  user: string;
  /** The JSON schema of the answer. */
  schema: Record<string, unknown>;
  /** The schema's name in chat completions' `response_format`. */
  schemaName: string;
  /** Anthropic answers through a forced tool call: its name and description. */
  tool: { name: string; description: string };
  maxTokens: number;
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function chatBody(question: ModelQuestion): Record<string, unknown> {
  return {
    messages: [
      { role: 'system', content: question.system },
      { role: 'user', content: question.user },
    ],
    temperature: 0,
    max_tokens: question.maxTokens,
    response_format: { type: 'json_schema', json_schema: { name: question.schemaName, strict: true, schema: question.schema } },
  };
}

/**
 * The HTTP request for one question, in the provider's API shape. `key` is the secret's placeholder in the app (the
 * proxy substitutes it) and the key itself only in the command line.
 */
export function providerRequestFor(config: ProviderConfig, question: ModelQuestion, key: string): ProviderRequest {
  const base = trimSlash(config.baseUrl || DEFAULT_BASE_URLS[config.provider]);
  if (config.provider === 'anthropic') {
    return {
      url: `${base}/v1/messages`,
      headers: { 'x-api-key': key, 'anthropic-version': ANTHROPIC_VERSION },
      body: {
        model: config.model,
        max_tokens: question.maxTokens,
        temperature: 0,
        system: question.system,
        messages: [{ role: 'user', content: question.user }],
        tools: [{ name: question.tool.name, description: question.tool.description, input_schema: question.schema }],
        tool_choice: { type: 'tool', name: question.tool.name },
      },
    };
  }
  if (config.provider === 'azure') {
    const [path, query] = base.split('?', 2);
    const params = new URLSearchParams(query ?? '');
    if (!params.has('api-version')) params.set('api-version', AZURE_API_VERSION);
    return {
      url: `${trimSlash(path!)}/openai/deployments/${encodeURIComponent(config.model)}/chat/completions?${params}`,
      headers: { 'api-key': key },
      body: chatBody(question),
    };
  }
  return {
    url: `${base}/chat/completions`,
    headers: { Authorization: `Bearer ${key}` },
    body: { model: config.model, ...chatBody(question) },
  };
}

/** The HTTP request for one suggestion: which value the ticket's messages call for or show. */
export function buildProviderRequest(
  config: ProviderConfig,
  catalogue: Catalogue,
  messages: readonly SentMessage[],
  key: string,
): ProviderRequest {
  return providerRequestFor(
    config,
    {
      system: systemPromptFor(messages),
      user: userContent(catalogue, messages),
      schema: answerSchema(catalogue),
      schemaName: 'value_suggestion',
      tool: { name: ANSWER_TOOL, description: 'Report the chosen value, with quoted reasons.' },
      maxTokens: MAX_OUTPUT_TOKENS,
    },
    key,
  );
}
