import { ZafHost, PathError, type AppInstance, type HostBackend } from './zaf-host';
import { createRequestBridge } from './request-bridge';
import type { WorkspaceStore } from './workspace-store';
import type { WorkspaceHandle } from '../workspace-handle';
import manifest from '../../../manifest.json';

export type Location = 'ticket_sidebar' | 'nav_bar';

export interface WorkspaceState {
  settings: Record<string, string | boolean>;
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

  constructor(
    readonly store: WorkspaceStore,
    settings: Record<string, string | boolean>,
  ) {
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
    this.update({ revision: this.state.revision + 1 });
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
  appGuid(location: Location): string {
    const slot = location === 'ticket_sidebar' ? `ticket-${this.state.ticketId}` : 'nav';
    return `vc-${slot}-${this.state.epoch}`;
  }

  appUrl(location: Location): string {
    const query = new URLSearchParams({
      origin: window.location.origin,
      app_guid: this.appGuid(location),
      colorScheme: this.state.scheme,
    });
    return `/src/iframe.html?${query}`;
  }

  private waitFor(location: Location): Promise<void> {
    const appGuid = this.appGuid(location);
    if (this.registered.has(appGuid)) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ appGuid, resolve }));
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
    if (this.state.ticketId !== null) pending.push(this.waitFor('ticket_sidebar'));
    if (this.state.navBarOpened) pending.push(this.waitFor('nav_bar'));
    await Promise.all(pending);
  }

  async setCurrentUser(userId: number): Promise<void> {
    if (!this.store.users().some((u) => u.id === userId)) throw new Error(`No user ${userId} in this world`);
    this.store.setCurrentUserId(userId);
    await this.reloadApps();
  }

  async setSettings(partial: Record<string, string | boolean>): Promise<void> {
    this.update({ settings: { ...this.state.settings, ...partial } });
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
    this.host.fire('ticket.conversation.changed', {}, (i) => i.ticketId === ticketId);
  }

  private currentUser() {
    const id = this.store.currentUserId();
    const user = this.store.users().find((u) => u.id === id);
    if (!user) throw new PathError('currentUser', `The world has no user ${id}`);
    const groups = this.store.groups().filter((g) => this.store.groupIdsOf(id).includes(g.id));
    return { id: user.id, name: user.name, email: user.email, role: user.role, locale: user.locale ?? 'en', groups };
  }

  private ticketFor(instance: AppInstance) {
    if (instance.ticketId === undefined) throw new PathError('ticket', 'There is no ticket in this location');
    return this.store.ticket(instance.ticketId);
  }

  private backend(): HostBackend {
    const perform = createRequestBridge(
      () => this.store.handlers(),
      (what) => {
        // Loud on purpose: e2e tests fail on console errors, so an unserved endpoint cannot go unnoticed.
        console.error(`[workspace] unhandled request from the app: ${what}`);
      },
    );
    return {
      metadata: () => ({
        appId: 1,
        installationId: 1,
        name: manifest.name,
        version: manifest.version,
        settings: { ...this.state.settings, title: manifest.name },
      }),
      get: (path, instance) => {
        if (path === 'currentUser') return this.currentUser();
        if (path === 'colorScheme') return this.state.scheme;
        if (path === 'ticket.id') return this.ticketFor(instance).id;
        if (path === 'ticket') {
          const t = this.ticketFor(instance);
          return { id: t.id, subject: t.subject, status: t.status, priority: t.priority, tags: t.tags };
        }
        const field = /^ticket\.customField:custom_field_(\d+)$/.exec(path);
        if (field) return this.ticketFor(instance).custom_fields.find((f) => f.id === Number(field[1]))?.value ?? null;
        throw new PathError(path, 'is not supported by the local workspace');
      },
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
      request: async (options) => {
        const response = await perform(options);
        this.touch();
        return response;
      },
      registered: (instance) => {
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
    };
  }

  parameters() {
    return manifest.parameters;
  }
}
