import type { Band, RankedValue } from '../suggest/types';
import type { MaskedText } from './mask';

/** The three API shapes the app speaks. */
export const PROVIDERS = ['openai', 'anthropic', 'azure'] as const;
export type ProviderKind = (typeof PROVIDERS)[number];

export interface ProviderConfig {
  provider: ProviderKind;
  /** The model name (OpenAI, Anthropic) or the deployment name (Azure OpenAI). */
  model: string;
  /** e.g. https://api.openai.com/v1, https://api.anthropic.com, https://<resource>.openai.azure.com */
  baseUrl: string;
  masking: boolean;
}

/** One public message as it is sent: numbered as the sidebar numbers messages (comment index + 1). */
export interface SentMessage {
  message: number;
  commentIndex: number;
  from: 'customer' | 'agent';
  /** The first MAX_MESSAGE_CHARS of the body, masked unless the admin switched masking off. */
  sent: MaskedText;
}

export interface ProviderRequest {
  url: string;
  headers: Record<string, string>;
  body: Record<string, unknown>;
}

/** The model's answer once its JSON has been checked against the schema. */
export interface ModelAnswer {
  value: string;
  band: Band;
  reasons: { quote: string; message: number }[];
}

export type FallbackReason =
  | 'timeout'
  | 'network'
  | 'auth'
  | 'rate-limited'
  | 'server-error'
  | 'refusal'
  | 'malformed'
  | 'unknown-value'
  | 'cap-reached'
  /** The account's count of today's requests could not be read or written: no request is made. */
  | 'cap-unknown'
  /** The object holding that count does not exist yet (an admin creates it on the leads page). */
  | 'usage-missing'
  | 'no-messages';

export type ModelOutcome =
  | {
      kind: 'suggested';
      ranked: RankedValue;
      model: string;
      /** Quotes the model gave that were not found in the ticket, and so are not shown. */
      droppedReasons: number;
    }
  | { kind: 'fallback'; reason: FallbackReason; retryAfterSeconds?: number };

/** Each provider's API when the settings name none (here, not in provider-request: reading the settings must not pull in the prompt). */
export const DEFAULT_BASE_URLS = {
  openai: 'https://api.openai.com/v1',
  anthropic: 'https://api.anthropic.com',
  azure: '',
} as const;
