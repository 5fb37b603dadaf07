/**
 * Message shapes of the ZAF SDK's postMessage protocol, as the SDK in node_modules/
 * zendesk_app_framework_sdk/lib/client.js sends and expects them.
 */
export interface SdkKeyedMessage {
  key: string;
  message?: unknown;
  appGuid?: string;
  instanceGuid?: string;
}

export interface SdkCallMessage {
  id: number;
  request: 'get' | 'set' | 'invoke';
  params: unknown;
  appGuid?: string;
  instanceGuid?: string;
}

export type SdkMessage = SdkKeyedMessage | SdkCallMessage;

export function parseSdkMessage(data: unknown): SdkMessage | null {
  let value = data;
  if (typeof data === 'string') {
    try {
      value = JSON.parse(data);
    } catch {
      return null;
    }
  }
  if (!value || typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  if (typeof record.key === 'string') return record as unknown as SdkKeyedMessage;
  if (typeof record.id === 'number' && typeof record.request === 'string') return record as unknown as SdkCallMessage;
  return null;
}

export interface HostError {
  message: string;
  name?: string;
  path?: string;
}
