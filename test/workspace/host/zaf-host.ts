import { parseSdkMessage, type HostError, type SdkCallMessage, type SdkKeyedMessage } from './protocol';
import { watchTextMarks } from './text-marks';

export interface AppInstance {
  /** The app folder's name in the workspace (several apps can share a location, as in Zendesk). */
  app: string;
  appGuid: string;
  frame: HTMLIFrameElement;
  location: 'ticket_sidebar' | 'nav_bar';
  ticketId?: number;
  subscriptions: Set<string>;
  registered: boolean;
}

export interface RequestOptions {
  url: string;
  type?: string;
  contentType?: string;
  data?: string;
  httpCompleteResponse?: boolean;
}

export interface CompleteResponse {
  status: number;
  responseJSON: unknown;
  responseText: string;
  headers: Record<string, string>;
}

/** What the host page provides to the protocol: data for `get`, actions for `invoke`, the REST API. */
export interface HostBackend {
  metadata(instance: AppInstance): {
    appId: number;
    installationId: number;
    name: string;
    version: string;
    settings: Record<string, unknown>;
  };
  get(path: string, instance: AppInstance): unknown;
  set(path: string, value: unknown, instance: AppInstance): void;
  invoke(name: string, args: unknown[], instance: AppInstance): unknown;
  request(options: RequestOptions, instance: AppInstance): Promise<CompleteResponse>;
  /** Called once the app's SDK has completed its handshake. */
  registered?(instance: AppInstance): void;
}

const IGNORED_KEYS = new Set(['__track__', 'session.live']);

export { PathError } from './zaf-data';

/**
 * The Zendesk side of the ZAF SDK protocol for the app iframes on this page. Speaks exactly what
 * the real SDK expects: handshake → `zaf.app.registered`, get/set/invoke replies by id,
 * `iframe.on:` subscriptions, `zaf.<event>` events and `request:<n>` → `.done` / `.fail`.
 */
export class ZafHost {
  private readonly instances = new Map<Window, AppInstance>();

  constructor(
    private readonly origin: string,
    private readonly backend: HostBackend,
  ) {
    window.addEventListener('message', (event) => this.onMessage(event));
  }

  attach(instance: Omit<AppInstance, 'subscriptions' | 'registered'>): AppInstance {
    const full: AppInstance = { ...instance, subscriptions: new Set(), registered: false };
    const target = instance.frame.contentWindow;
    if (!target) throw new Error('The app iframe has no window yet: attach it after inserting it into the page.');
    this.instances.set(target, full);
    return full;
  }

  detach(frame: HTMLIFrameElement): void {
    for (const [win, instance] of this.instances) if (instance.frame === frame) this.instances.delete(win);
  }

  all(): AppInstance[] {
    return [...this.instances.values()];
  }

  /** Fires a ZAF event in every app that subscribed to it (as Zendesk does). */
  fire(event: string, data?: unknown, only?: (instance: AppInstance) => boolean): void {
    for (const instance of this.instances.values()) {
      if (!instance.subscriptions.has(event) || (only && !only(instance))) continue;
      this.post(instance, { key: `zaf.${event}`, message: data });
    }
  }

  private post(instance: AppInstance, message: unknown): void {
    instance.frame.contentWindow?.postMessage(JSON.stringify(message), this.origin);
  }

  private onMessage(event: MessageEvent): void {
    if (event.origin !== this.origin || !event.source) return;
    const instance = this.instances.get(event.source as Window);
    if (!instance) return;
    const message = parseSdkMessage(event.data);
    if (!message) return;
    if ('request' in message) void this.onCall(instance, message);
    else void this.onKeyed(instance, message);
  }

  private context(instance: AppInstance) {
    return {
      product: 'support',
      location: instance.location,
      instanceGuid: instance.appGuid,
      ...(instance.ticketId === undefined ? {} : { ticketId: instance.ticketId }),
      account: { subdomain: 'workspace' },
    };
  }

  private async onKeyed(instance: AppInstance, message: SdkKeyedMessage): Promise<void> {
    const { key } = message;
    if (IGNORED_KEYS.has(key) || key.startsWith('iframe.reply:') || key.startsWith('iframe.trigger:')) return;
    if (key === 'iframe.handshake') {
      watchTextMarks(instance.frame);
      instance.registered = true;
      this.post(instance, {
        key: 'zaf.app.registered',
        message: { metadata: this.backend.metadata(instance), context: this.context(instance) },
      });
      this.backend.registered?.(instance);
      return;
    }
    if (key.startsWith('iframe.on:')) {
      instance.subscriptions.add(key.slice('iframe.on:'.length));
      return;
    }
    if (key.startsWith('iframe.off:')) {
      const { subscriberCount } = (message.message ?? {}) as { subscriberCount?: number };
      if (!subscriberCount) instance.subscriptions.delete(key.slice('iframe.off:'.length));
      return;
    }
    if (/^request:\d+$/.test(key)) {
      await this.onRequest(instance, key, (message.message ?? {}) as RequestOptions);
    }
  }

  private async onRequest(instance: AppInstance, key: string, options: RequestOptions): Promise<void> {
    const response = await this.backend.request(options, instance);
    const ok = response.status >= 200 && response.status < 300;
    // Without httpCompleteResponse the SDK resolves with jQuery's (body, textStatus, xhr) triple.
    const args = options.httpCompleteResponse
      ? [response]
      : ok
        ? [response.responseJSON ?? response.responseText, 'success', response]
        : [response, 'error', response.status === 0 ? 'NetworkError' : ''];
    this.post(instance, { key: `zaf.${key}.${ok ? 'done' : 'fail'}`, message: { responseArgs: args } });
  }

  private async onCall(instance: AppInstance, call: SdkCallMessage): Promise<void> {
    try {
      const result = this.answer(instance, call);
      this.post(instance, { id: call.id, result });
    } catch (error) {
      const hostError: HostError = { name: 'Error', message: error instanceof Error ? error.message : String(error) };
      this.post(instance, { id: call.id, error: hostError });
    }
  }

  private answer(instance: AppInstance, call: SdkCallMessage): Record<string, unknown> {
    if (call.request === 'get') {
      const result: Record<string, unknown> = {};
      const errors: Record<string, HostError> = {};
      for (const path of (call.params as string[]) ?? []) {
        try {
          result[path] = this.backend.get(path, instance);
        } catch (error) {
          errors[path] = { name: 'Error', path, message: error instanceof Error ? error.message : String(error) };
        }
      }
      return { ...result, errors };
    }
    if (call.request === 'set') {
      const errors: Record<string, HostError> = {};
      for (const [path, value] of Object.entries((call.params ?? {}) as Record<string, unknown>)) {
        try {
          this.backend.set(path, value, instance);
        } catch (error) {
          errors[path] = { name: 'Error', path, message: error instanceof Error ? error.message : String(error) };
        }
      }
      return { errors };
    }
    const result: Record<string, unknown> = {};
    for (const [name, args] of Object.entries((call.params ?? {}) as Record<string, unknown[]>)) {
      result[name] = this.backend.invoke(name, Array.isArray(args) ? args : [args], instance) ?? null;
    }
    return { ...result, errors: {} };
  }
}
