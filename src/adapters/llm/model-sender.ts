import type { ProviderReply } from '../../domain/suggest-llm/outcome';
import type { ProviderRequest } from '../../domain/suggest-llm/types';
import type { ZafPort } from '../zaf/zaf-port';

/** A model that has not answered in this time is not waited for: the sidebar falls back. */
export const MODEL_TIMEOUT_MS = 20_000;

/**
 * Sends a provider request through Zendesk's proxy (`client.request` with `secure: true`). The
 * request carries the `{{setting.llm_api_key}}` placeholder; the proxy substitutes the secure
 * setting server-side, so the key never reaches the browser. A reply later than `timeoutMs` is
 * ignored (the SDK cannot cancel a request it has handed to the host).
 */
export function createModelSender(port: ZafPort, timeoutMs = MODEL_TIMEOUT_MS) {
  return async function send(request: ProviderRequest): Promise<ProviderReply> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<ProviderReply>((resolve) => {
      timer = setTimeout(() => resolve({ kind: 'timeout' }), timeoutMs);
    });
    const answer = port
      .request({ url: request.url, method: 'POST', headers: request.headers, body: request.body, secure: true })
      .then((response): ProviderReply => ({ kind: 'response', ...response }));
    try {
      return await Promise.race([answer, timeout]);
    } finally {
      clearTimeout(timer);
    }
  };
}
