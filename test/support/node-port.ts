import type { HttpRequest, ZafPort, ZafUser } from '../../src/adapters/zaf/zaf-port';
import type { ZafClient, ZafContext } from '../../src/adapters/zaf/zaf-client';
import { createZafPort } from '../../src/adapters/zaf/create-zaf-port';
import { toHttpResponse } from '../../src/adapters/zendesk-api/fetch-transport';
import { ORIGIN } from '../mocks/node-testing';
import { applySecureProxy, type ManifestLike } from '../mocks/secure-proxy';
import appManifest from '../../manifest.json';
import type { ZendeskStore } from '../mocks/store';
import { markTicket, ticketEvents, zafGet } from '../workspace/host/zaf-data';

interface NodePortOptions {
  settings?: Record<string, unknown>;
  context?: Partial<ZafContext>;
  user?: ZafUser;
  /** The in-memory Zendesk whose open ticket `readTicket` and the ticket events come from. */
  store?: ZendeskStore;
  /** Values of secure settings, known to the simulated proxy only (never in `settings`). */
  secureSettings?: Record<string, string>;
  /** The manifest the proxy reads domainWhitelist and scopes from (default: ours). */
  manifest?: ManifestLike;
}

/**
 * A ZAF client over the in-memory Zendesk, answering `get` and firing events as the workspace host
 * does (same zaf-data functions), so the real adapter code reads the open ticket in Node tests.
 */
export function createStoreZafClient(store: ZendeskStore, ticketId: number | undefined) {
  const handlers = new Map<string, Set<(data: unknown) => void>>();
  let mark = ticketId === undefined ? null : markTicket(store, ticketId);
  const client = {
    gets: [] as string[][],
    async get(paths: string | string[]) {
      const list = Array.isArray(paths) ? paths : [paths];
      client.gets.push(list);
      const result: Record<string, unknown> & { errors: Record<string, unknown> } = { errors: {} };
      for (const path of list) {
        try {
          result[path] = structuredClone(zafGet(store, path, ticketId));
        } catch (error) {
          result.errors[path] = { message: error instanceof Error ? error.message : String(error) };
        }
      }
      if (!Array.isArray(paths) && paths in result.errors) throw result.errors[paths];
      return result;
    },
    on(event: string, handler: (data: unknown) => void) {
      if (!handlers.has(event)) handlers.set(event, new Set());
      handlers.get(event)!.add(handler);
    },
    off(event: string, handler: (data: unknown) => void) {
      handlers.get(event)?.delete(handler);
    },
    /** The agent interface noticed the store changed: fire what changed on the open ticket. */
    sync() {
      if (ticketId === undefined || mark === null) return;
      const events = ticketEvents(store, ticketId, mark);
      mark = markTicket(store, ticketId);
      for (const event of events) for (const handler of handlers.get(event.name) ?? []) handler(structuredClone(event.data));
    },
    subscribed: (event: string) => (handlers.get(event)?.size ?? 0) > 0,
  };
  return client;
}

/**
 * A ZafPort for Node tests: `request` goes over fetch to the MSW test double, exactly as the
 * workspace host page would perform it (statuses, headers, network errors as status 0).
 */
export function createNodePort(options: NodePortOptions = {}): ZafPort & {
  resized: number[];
  /** What the app asked the host to show as Zendesk notifications, in order. */
  notified: { message: string; kind: string }[];
  zaf: ReturnType<typeof createStoreZafClient> | null;
  setVisible(visible: boolean): void;
  sent: HttpRequest[];
} {
  const resized: number[] = [];
  const notified: { message: string; kind: string }[] = [];
  const sent: HttpRequest[] = [];
  const visibility = new Set<(visible: boolean) => void>();
  const context: ZafContext = { product: 'support', location: 'ticket_sidebar', ...options.context };
  const zaf = options.store ? createStoreZafClient(options.store, context.ticketId) : null;
  // Ticket reads and events go through the real ZAF adapter code, over the store-backed client.
  const zafPort = zaf ? createZafPort(zaf as unknown as ZafClient, context, { appId: 1, installationId: 1, settings: {} }) : null;
  return {
    resized,
    notified,
    zaf,
    sent,
    setVisible: (visible) => visibility.forEach((listener) => listener(visible)),
    onVisibilityChange: (listener) => {
      visibility.add(listener);
      return () => visibility.delete(listener);
    },
    context,
    settings: options.settings ?? {},
    installationId: 1,
    currentUser: async () => options.user ?? { id: 361001, name: 'Priya Raman', role: 'agent', locale: 'en-US', groups: [] },
    colorScheme: async () => 'light',
    onColorSchemeChange: () => () => undefined,
    readTicket: (fieldIds) =>
      zafPort ? zafPort.readTicket(fieldIds) : Promise.reject(new Error('createNodePort needs a store to read the ticket')),
    onTicketChange: (listener, fieldIds) => (zafPort ? zafPort.onTicketChange(listener, fieldIds) : () => undefined),
    resize: (height) => void resized.push(height),
    notify: (message, kind = 'notice') => void notified.push({ message, kind }),
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
        return await toHttpResponse(response);
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
