import type { HttpRequest, ZafPort, ZafUser } from '../../src/adapters/zaf/zaf-port';
import type { ZafContext } from '../../src/adapters/zaf/zaf-client';
import { ORIGIN } from '../mocks/node-testing';
import { applySecureProxy, type ManifestLike } from '../mocks/secure-proxy';
import appManifest from '../../manifest.json';

interface NodePortOptions {
  settings?: Record<string, unknown>;
  context?: Partial<ZafContext>;
  user?: ZafUser;
  /** Values of secure settings, known to the simulated proxy only (never in `settings`). */
  secureSettings?: Record<string, string>;
  /** The manifest the proxy reads domainWhitelist and scopes from (default: ours). */
  manifest?: ManifestLike;
}

/**
 * A ZafPort for Node tests: `request` goes over fetch to the MSW test double, exactly as the
 * workspace host page would perform it (statuses, headers, network errors as status 0).
 */
export function createNodePort(
  options: NodePortOptions = {},
): ZafPort & { resized: number[]; setVisible(visible: boolean): void; sent: HttpRequest[] } {
  const resized: number[] = [];
  const sent: HttpRequest[] = [];
  const visibility = new Set<(visible: boolean) => void>();
  return {
    resized,
    sent,
    setVisible: (visible) => visibility.forEach((listener) => listener(visible)),
    onVisibilityChange: (listener) => {
      visibility.add(listener);
      return () => visibility.delete(listener);
    },
    context: { product: 'support', location: 'ticket_sidebar', ...options.context },
    settings: options.settings ?? {},
    currentUser: async () => options.user ?? { id: 361001, name: 'Priya Raman', role: 'agent', locale: 'en-US', groups: [] },
    colorScheme: async () => 'light',
    onColorSchemeChange: () => () => undefined,
    onTicketChange: () => () => undefined,
    resize: (height) => void resized.push(height),
    openTicket: () => undefined,
    async request(request) {
      sent.push(request);
      const proxied = applySecureProxy(
        {
          url: /^https?:\/\//.test(request.url) ? request.url : `${ORIGIN}${request.url}`,
          headers: { 'content-type': 'application/json', ...request.headers },
          ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
          secure: request.secure,
        },
        options.manifest ?? appManifest,
        options.secureSettings ?? {},
      );
      if (!proxied.ok) return { status: 0, body: null, headers: {} };
      try {
        const response = await fetch(proxied.request.url, {
          method: request.method ?? 'GET',
          headers: proxied.request.headers,
          ...(proxied.request.body === undefined ? {} : { body: proxied.request.body }),
        });
        const text = await response.text();
        const headers: Record<string, string> = {};
        response.headers.forEach((value, key) => (headers[key.toLowerCase()] = value));
        let body: unknown = null;
        try {
          body = text ? JSON.parse(text) : null;
        } catch {
          body = text;
        }
        return { status: response.status, body, headers };
      } catch {
        return { status: 0, body: null, headers: {} };
      }
    },
  };
}

/** A retry policy whose waits are recorded instead of slept, so tests run instantly. */
export function recordingPolicy() {
  const waits: number[] = [];
  return {
    waits,
    policy: { maxRetries: 4, baseDelayMs: 500, maxWaitMs: 60_000, random: () => 0.5, sleep: async (ms: number) => void waits.push(ms) },
  };
}
