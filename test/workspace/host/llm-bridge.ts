import { getResponse } from 'msw';
import { createFakeProviderState, llmProviderHandlers } from '../../mocks/handlers/llm-providers';
import { applySecureProxy, isWhitelisted, secureSettingNames, type ManifestLike } from '../../mocks/secure-proxy';
import type { CompleteResponse, RequestOptions } from './zaf-host';

type ProviderOptions = RequestOptions & { headers?: Record<string, string>; secure?: boolean };

/**
 * The workspace's stand-in for Zendesk's proxy and the model providers: `client.request` calls to
 * another origin go through the secure-setting substitution (whitelist, scopes) to the fake
 * providers. The app iframe only ever sends the `{{setting.llm_api_key}}` placeholder.
 */
export function createProviderBridge(manifest: ManifestLike, settings: () => Record<string, unknown>) {
  const state = createFakeProviderState();
  const handlers = llmProviderHandlers(state);
  const secureValues = () =>
    Object.fromEntries(
      secureSettingNames(manifest).flatMap((name) => (typeof settings()[name] === 'string' ? [[name, String(settings()[name])]] : [])),
    );
  return {
    state,
    handles(options: RequestOptions): boolean {
      // Only the model providers' hosts (the app's domainWhitelist) and secure calls go through the
      // simulated proxy; other third-party URLs (another hosted app's partner service) take the host's routes.
      if (!/^https?:\/\//.test(options.url) || new URL(options.url).origin === window.location.origin) return false;
      return (options as ProviderOptions).secure === true || isWhitelisted(options.url, manifest.domainWhitelist ?? []);
    },
    async perform(options: ProviderOptions): Promise<CompleteResponse> {
      const none = { status: 0, responseJSON: null, responseText: '', headers: {} };
      const proxied = applySecureProxy(
        {
          url: options.url,
          headers: { 'content-type': options.contentType ?? 'application/json', ...options.headers },
          body: options.data,
          secure: options.secure,
        },
        manifest,
        secureValues(),
      );
      if (!proxied.ok) return none;
      const request = new Request(proxied.request.url, {
        method: options.type ?? 'POST',
        headers: proxied.request.headers,
        body: proxied.request.body,
      });
      const response = await getResponse(handlers, request);
      if (!response) return none;
      const text = await response.text();
      let json: unknown = null;
      try {
        json = JSON.parse(text);
      } catch {
        json = null;
      }
      const headers: Record<string, string> = {};
      response.headers.forEach((value, key) => (headers[key.toLowerCase()] = value));
      return { status: response.status, responseJSON: json, responseText: text, headers };
    },
  };
}
