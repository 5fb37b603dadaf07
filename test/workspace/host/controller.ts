import { http, HttpResponse, type RequestHandler } from 'msw';
import { ZafHost, type HostBackend } from './zaf-host';
import { createRequestBridge } from './request-bridge';
import { PathError, markTicket, ticketEvents, zafGet, type TicketMark } from './zaf-data';
import type { WorkspaceStore } from './workspace-store';
import type { WorkspaceHandle } from '../workspace-handle';
import { locationPath, visibleSettings, type AppPackage, type Location, type Settings } from './app-package';
import { createProviderBridge } from './llm-bridge';

export type { Location };

export interface WorkspaceState {
  /** Each hosted app's installation settings, by app folder name. */
  settings: Record<string, Settings>;
  scheme: 'light' | 'dark';
  view: 'ticket' | 'nav_bar';
  ticketId: number | null;
  /** Bumped to reload the apps, as Zendesk does after settings change or a new login. */
  epoch: number;
  navBarOpened: boolean;
  panel: 'none' | 'settings' | 'faults' | 'requests';
  notices: { id: number; kind: string; text: string }[];
  /** Bumped whenever the store may have changed, so the page re-reads it. */
  revision: number;
}

type Waiter = { appGuid: string; resolve: () => void };

/** Owns the workspace page's state, the ZAF host and the `window.workspace` handle. */
export class WorkspaceController {
  state: WorkspaceState;
  readonly host: ZafHost;
  private listeners = new Set<() => void>();
  private waiters: Waiter[] = [];
  private registered = new Set<string>();
  private noticeId = 0;
  /** What each open ticket looked like when its sidebar last heard of it (to fire what changed since). */
  private marks = new Map<number, TicketMark>();
  /** Extra HTTP routes answered before the store's (e.g. a third-party service an app calls). */
  private extraRoutes: RequestHandler[] = [];
  /** The fake model providers behind the simulated secure proxy (their mode and the calls they got). */
  private providers: ReturnType<typeof createProviderBridge> | null = null;

  /** The hosted apps, in sidebar order; the first is the one `setSettings` configures. */
  readonly apps: AppPackage[];

  constructor(
    readonly store: WorkspaceStore,
    apps: AppPackage[],
    settings: Record<string, Settings>,
  ) {
    if (apps.length === 0) throw new Error('The workspace needs at least one app folder');
    this.apps = apps;
    this.state = {
      settings,
      scheme: 'light',
      view: 'ticket',
      ticketId: null,
      epoch: 1,
      navBarOpened: false,
      panel: 'none',
      notices: [],
      revision: 0,
    };
    this.host = new ZafHost(window.location.origin, this.backend());
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = () => this.state;

  update(patch: Partial<WorkspaceState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  touch(): void {
    this.fireTicketEvents();
    this.update({ revision: this.state.revision + 1 });
  }

  /** Answers more HTTP routes for `client.request` (MSW handlers, tried before the Zendesk store's). */
  answerRoutes(handlers: RequestHandler[]): void {
    this.extraRoutes = [...handlers, ...this.extraRoutes];
  }

  /** Answers one more route with JSON (e.g. a third-party service an app calls through Zendesk's proxy). */
  answerJson(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    respond: (request: Request) => { status?: number; body: unknown },
  ): void {
    const verb = method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    this.answerRoutes([
      http[verb](url, ({ request }) => {
        const { status = 200, body } = respond(request);
        return HttpResponse.json(body as Record<string, unknown>, { status });
      }),
    ]);
  }

  /** The agent interface tells open sidebars what changed on their ticket, whoever changed it. */
  private fireTicketEvents(): void {
    for (const [ticketId, mark] of this.marks) {
      const events = ticketEvents(this.store, ticketId, mark);
      if (events.length === 0) continue;
      this.marks.set(ticketId, markTicket(this.store, ticketId));
      for (const event of events) this.host.fire(event.name, event.data, (i) => i.ticketId === ticketId);
    }
  }

  notify(kind: string, text: string): void {
    const id = ++this.noticeId;
    this.update({ notices: [...this.state.notices, { id, kind, text }].slice(-4) });
    setTimeout(() => this.update({ notices: this.state.notices.filter((n) => n.id !== id) }), 6000);
  }

  /**
   * Each app instance gets its own guid: one sidebar instance per ticket (Zendesk starts a fresh
   * one per ticket tab) and one nav bar instance, both renewed when the apps are reloaded.
   */
  appGuid(app: AppPackage, location: Location): string {
    const slot = location === 'ticket_sidebar' ? `ticket-${this.state.ticketId}` : 'nav';
    return `${app.name}-${slot}-${this.state.epoch}`;
  }

  /** The hosted apps that have a page for this location (from their manifests). */
  appsAt(location: Location): AppPackage[] {
    return this.apps.filter((app) => locationPath(app.manifest, location) !== null);
  }

  /** The app's page for a location, served from its folder, with the query Zendesk adds. */
  appUrl(app: AppPackage, location: Location): string {
    const query = new URLSearchParams({
      origin: window.location.origin,
      app_guid: this.appGuid(app, location),
      colorScheme: this.state.scheme,
    });
    return `${app.base}${locationPath(app.manifest, location)}?${query}`;
  }

  private appNamed(name: string): AppPackage {
    const app = this.apps.find((a) => a.name === name);
    if (!app) throw new Error(`No app folder ${name} in this workspace`);
    return app;
  }

  /** Resolves when every app with a page at this location has completed its handshake. */
  private waitFor(location: Location): Promise<void> {
    return Promise.all(
      this.appsAt(location).map((app) => {
        const appGuid = this.appGuid(app, location);
        if (this.registered.has(appGuid)) return Promise.resolve();
        return new Promise<void>((resolve) => this.waiters.push({ appGuid, resolve }));
      }),
    ).then(() => undefined);
  }

  async openTicket(id: number): Promise<void> {
    this.store.ticket(id);
    this.update({ ticketId: id, view: 'ticket' });
    await this.waitFor('ticket_sidebar');
  }

  async openNavBar(): Promise<void> {
    const first = !this.state.navBarOpened;
    this.update({ view: 'nav_bar', navBarOpened: true });
    if (!first) this.host.fire('app.activated', {}, (i) => i.location === 'nav_bar');
    await this.waitFor('nav_bar');
  }

  private async reloadApps(): Promise<void> {
    this.update({ epoch: this.state.epoch + 1 });
    const pending: Promise<void>[] = [];
    // Only the apps on screen reload: a ticket left open behind the nav bar has no sidebar iframe
    // until the agent goes back to it (waiting for it hung every sign-in made from the nav bar).
    if (this.state.ticketId !== null && this.state.view === 'ticket') pending.push(this.waitFor('ticket_sidebar'));
    if (this.state.navBarOpened) pending.push(this.waitFor('nav_bar'));
    await Promise.all(pending);
  }

  async setCurrentUser(userId: number): Promise<void> {
    if (!this.store.users().some((u) => u.id === userId)) throw new Error(`No user ${userId} in this world`);
    this.store.setCurrentUserId(userId);
    await this.reloadApps();
  }

  /** Saves an app's settings (the first app's when no name is given) and reloads the apps, as Zendesk does. */
  async setSettings(partial: Settings, appName: string = this.apps[0]!.name): Promise<void> {
    this.appNamed(appName);
    this.update({ settings: { ...this.state.settings, [appName]: { ...this.state.settings[appName], ...partial } } });
    await this.reloadApps();
  }

  setColorScheme(scheme: 'light' | 'dark'): void {
    this.update({ scheme });
    document.documentElement.dataset.colorScheme = scheme;
    this.host.fire('colorScheme.changed', scheme);
  }

  /** A customer (or colleague) adds to the open ticket: the sidebar hears it as Zendesk would tell it. */
  addComment(ticketId: number, authorId: number, body: string, isPublic: boolean): void {
    this.store.addComment(ticketId, authorId, body, isPublic);
    this.touch();
  }

  private backend(): HostBackend {
    const perform = createRequestBridge(
      () => [...this.extraRoutes, ...this.store.handlers()],
      (what) => {
        // Loud on purpose: e2e tests fail on console errors, so an unserved endpoint cannot go unnoticed.
        console.error(`[workspace] unhandled request from the app: ${what}`);
      },
    );
    // Model providers answer the first hosted app (Values Coach), through the simulated secure proxy.
    const main = this.apps[0]!;
    const providers = createProviderBridge(main.manifest, () => this.state.settings[main.name] ?? {});
    this.providers = providers;
    return {
      metadata: (instance) => {
        const app = this.appNamed(instance.app);
        const index = this.apps.indexOf(app) + 1;
        return {
          appId: index,
          installationId: index,
          name: app.manifest.name,
          version: app.manifest.version ?? '',
          settings: { ...visibleSettings(app.manifest, this.state.settings[app.name] ?? {}), title: app.manifest.name },
        };
      },
      get: (path, instance) => (path === 'colorScheme' ? this.state.scheme : zafGet(this.store, path, instance.ticketId)),
      set: (path) => {
        throw new PathError(path, 'cannot be set in the local workspace');
      },
      invoke: (name, args, instance) => {
        if (name === 'resize') {
          const { height } = (args[0] ?? {}) as { height?: string | number };
          if (height !== undefined) instance.frame.style.height = typeof height === 'number' ? `${height}px` : height;
          return null;
        }
        if (name === 'routeTo') {
          const [target, id] = args;
          if (target === 'ticket' && typeof id === 'number') void this.openTicket(id);
          return null;
        }
        if (name === 'notify') {
          this.notify(String(args[1] ?? 'notice'), String(args[0] ?? ''));
          return null;
        }
        throw new Error(`invoke('${name}') is not supported by the local workspace`);
      },
      request: async (options, instance) => {
        const response = providers.handles(options) ? await providers.perform(options) : await perform(options, instance.appGuid);
        this.touch();
        return response;
      },
      registered: (instance) => {
        if (instance.ticketId !== undefined && !this.marks.has(instance.ticketId)) {
          this.marks.set(instance.ticketId, markTicket(this.store, instance.ticketId));
        }
        this.registered.add(instance.appGuid);
        const ready = this.waiters.filter((w) => w.appGuid === instance.appGuid);
        this.waiters = this.waiters.filter((w) => !ready.includes(w));
        for (const waiter of ready) waiter.resolve();
      },
    };
  }

  handle(): WorkspaceHandle {
    return {
      store: {
        tickets: () => this.store.tickets(),
        ticket: (id) => this.store.ticket(id),
        requests: () => this.store.requests(),
        addComment: (ticketId, authorId, body, isPublic) => this.addComment(ticketId, authorId, body, isPublic),
        records: (objectKey) => this.store.records(objectKey),
        updateTicketAs: (userId, ticketId, update) => {
          const me = this.store.currentUserId();
          this.store.setCurrentUserId(userId);
          try {
            const result = this.store.updateTicket(ticketId, update);
            if (!result.ok) throw new Error(`The update was refused: ${JSON.stringify(result.error)}`);
            return result.ticket;
          } finally {
            this.store.setCurrentUserId(me);
            this.touch();
          }
        },
      },
      openTicket: (id) => this.openTicket(id),
      openNavBar: () => this.openNavBar(),
      setCurrentUser: (id) => this.setCurrentUser(id),
      setSettings: (partial) => this.setSettings(partial),
      setColorScheme: (scheme) => this.setColorScheme(scheme),
      fault: (rule) => {
        this.store.fault(rule);
        this.touch();
      },
      clearFaults: () => {
        this.store.clearFaults();
        this.touch();
      },
      modelProvider: (mode, slowMs) => {
        if (!this.providers) return;
        this.providers.state.mode = mode;
        if (slowMs !== undefined) this.providers.state.slowMs = slowMs;
      },
      modelCalls: () => this.providers?.state.calls ?? [],
    };
  }
}
