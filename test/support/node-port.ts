import type { ZafPort, ZafUser } from '../../src/adapters/zaf/zaf-port';
import type { ZafClient, ZafContext } from '../../src/adapters/zaf/zaf-client';
import { createZafPort } from '../../src/adapters/zaf/create-zaf-port';
import { ORIGIN } from '../mocks/node-testing';
import type { ZendeskStore } from '../mocks/store';
import { markTicket, ticketEvents, zafGet } from '../workspace/host/zaf-data';

interface NodePortOptions {
  settings?: Record<string, unknown>;
  context?: Partial<ZafContext>;
  user?: ZafUser;
  /** The in-memory Zendesk whose open ticket `readTicket` and the ticket events come from. */
  store?: ZendeskStore;
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
export function createNodePort(
  options: NodePortOptions = {},
): ZafPort & { resized: number[]; zaf: ReturnType<typeof createStoreZafClient> | null } {
  const resized: number[] = [];
  const context: ZafContext = { product: 'support', location: 'ticket_sidebar', ...options.context };
  const zaf = options.store ? createStoreZafClient(options.store, context.ticketId) : null;
  // Ticket reads and events go through the real ZAF adapter code, over the store-backed client.
  const zafPort = zaf ? createZafPort(zaf as unknown as ZafClient, context, { appId: 1, installationId: 1, settings: {} }) : null;
  return {
    resized,
    zaf,
    context,
    settings: options.settings ?? {},
    currentUser: async () => options.user ?? { id: 361001, name: 'Priya Raman', role: 'agent', locale: 'en-US', groups: [] },
    colorScheme: async () => 'light',
    onColorSchemeChange: () => () => undefined,
    readTicket: (fieldIds) =>
      zafPort ? zafPort.readTicket(fieldIds) : Promise.reject(new Error('createNodePort needs a store to read the ticket')),
    onTicketChange: (listener, fieldIds) => (zafPort ? zafPort.onTicketChange(listener, fieldIds) : () => undefined),
    resize: (height) => void resized.push(height),
    openTicket: () => undefined,
    async request(request) {
      try {
        const response = await fetch(`${ORIGIN}${request.url}`, {
          method: request.method ?? 'GET',
          headers: { 'content-type': 'application/json' },
          ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
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
