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

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function chatBody(catalogue: Catalogue, messages: readonly SentMessage[]): Record<string, unknown> {
  return {
    messages: [
      { role: 'system', content: systemPromptFor(messages) },
      { role: 'user', content: userContent(catalogue, messages) },
    ],
    temperature: 0,
    max_tokens: MAX_OUTPUT_TOKENS,
    response_format: { type: 'json_schema', json_schema: { name: 'value_suggestion', strict: true, schema: answerSchema(catalogue) } },
  };
}

/**
 * The HTTP request for one suggestion, in the provider's API shape. `key` is the secret's
 * placeholder in the app (the proxy substitutes it) and the key itself only in the command line.
 */
export function buildProviderRequest(
  config: ProviderConfig,
  catalogue: Catalogue,
  messages: readonly SentMessage[],
  key: string,
): ProviderRequest {
  const base = trimSlash(config.baseUrl || DEFAULT_BASE_URLS[config.provider]);
  if (config.provider === 'anthropic') {
    return {
      url: `${base}/v1/messages`,
      headers: { 'x-api-key': key, 'anthropic-version': ANTHROPIC_VERSION },
      body: {
        model: config.model,
        max_tokens: MAX_OUTPUT_TOKENS,
        temperature: 0,
        system: systemPromptFor(messages),
        messages: [{ role: 'user', content: userContent(catalogue, messages) }],
        tools: [
          {
            name: ANSWER_TOOL,
            description: 'Report the chosen value, with quoted reasons.',
            input_schema: answerSchema(catalogue),
          },
        ],
        tool_choice: { type: 'tool', name: ANSWER_TOOL },
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
      body: chatBody(catalogue, messages),
    };
  }
  return {
    url: `${base}/chat/completions`,
    headers: { Authorization: `Bearer ${key}` },
    body: { model: config.model, ...chatBody(catalogue, messages) },
  };
}
