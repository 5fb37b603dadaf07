import type { RequestHandler } from 'msw';
import { apiErrors, type ApiError } from './api-errors';
import { createCustomObjects } from './custom-objects';
import { createFaults, type FaultRule } from './faults';
import { upsertFieldOption, type OptionPlan } from './field-options';
import { createHandlers } from './handlers';
import { htmlToText, textToHtml } from './html-text';
import { createRateLimiter, type RateLimitRule } from './rate-limiter';
import { planTicketUpdate, type TicketUpdateInput } from './ticket-update';
import type { Audit, AuditEvent, Comment, Group, GroupMembership, Ticket, TicketField, User, World } from './world';

export type { FaultRule } from './faults';
export type { RateLimitRule } from './rate-limiter';
export type { TicketUpdateInput } from './ticket-update';

export interface LoggedRequest {
  method: string;
  url: string;
  status: number;
  body?: unknown;
  /**
   * Which app instance asked (its app guid), when the request came through the workspace's host:
   * lets a test tell one page's requests from another's still in flight (a page replaced mid-read).
   */
  from?: string;
}

export interface StoreOptions {
  /** The store clock: stamps, cursor expiry and rate-limit windows all read it. */
  now?: () => Date;
  /**
   * Deep-copy the world first (default). Pass false for huge generated worlds (benchmarks) to
   * spare the copy's time and memory; the store then mutates the objects it was given.
   */
  copy?: boolean;
  /** Rate limits from the start; none by default (tests opt in). See ZENDESK_RATE_LIMITS. */
  rateLimits?: RateLimitRule[];
}

/** Zendesk's documented limits: Enterprise plan account-wide, and search export's own 100/min. */
export const ZENDESK_RATE_LIMITS: RateLimitRule[] = [{ perMinute: 700 }, { path: '/api/v2/search/export', perMinute: 100 }];

export type Result<T> = ({ ok: true } & T) | { ok: false; error: ApiError };

function maxId(items: Iterable<{ id: number }>): number {
  let max = 0;
  for (const item of items) max = Math.max(max, item.id);
  return max;
}

function sortByCreation(tickets: Iterable<Ticket>): Ticket[] {
  // Parse each date once: 100k tickets would otherwise cost millions of Date.parse calls.
  const keyed = [...tickets].map((t) => ({ t, at: Date.parse(t.created_at) }));
  keyed.sort((a, b) => a.at - b.at || a.t.id - b.t.id);
  return keyed.map((k) => k.t);
}

/** An in-memory Zendesk account seeded from a world; the MSW handlers are its HTTP face. */
export function createZendeskStore(world: World, options: StoreOptions = {}) {
  const now = options.now ?? (() => new Date());
  // Deep copy so a test's writes never leak into the shared fixture object.
  const seed = options.copy === false ? world : structuredClone(world);
  const users = new Map(seed.users.map((u) => [u.id, u]));
  const groups = seed.groups;
  const memberships: GroupMembership[] =
    seed.group_memberships ??
    seed.users
      .filter((u) => u.default_group_id !== null)
      .map((u, i) => ({ id: i + 1, user_id: u.id, group_id: u.default_group_id ?? 0, default: true }));
  const fields = new Map(seed.ticket_fields.map((f) => [f.id, f]));
  const tickets = new Map(seed.tickets.map((t) => [t.id, t]));
  const comments = new Map(Object.entries(seed.comments).map(([id, list]) => [Number(id), list]));
  const audits = new Map(Object.entries(seed.audits ?? {}).map(([id, list]) => [Number(id), list]));
  let currentUserId = seed.currentUserId;
  let nextCommentId = maxId([...comments.values()].flat()) + 1;
  let nextAuditId = maxId([...audits.values()].flat()) + 1;
  let nextEventId = maxId([...audits.values()].flat().flatMap((a) => a.events)) + 1;
  let nextOptionId = maxId(seed.ticket_fields.flatMap((f) => f.custom_field_options ?? [])) + 1;
  let lastStampMs = 0;
  let creationOrder: Ticket[] | null = null;
  let log: LoggedRequest[] = [];
  const faults = createFaults();
  const limiter = createRateLimiter(now);
  for (const rule of options.rateLimits ?? []) limiter.set(rule);
  let handlerCache: RequestHandler[] | null = null;
  const customObjects = createCustomObjects(seed, {
    stamp: () => nextStamp(),
    actor: () => store.currentUser(),
    subdomain: () => seed.subdomain ?? 'example',
  });

  /** `updated_at` must strictly increase even when two writes land in the same millisecond. */
  function nextStamp(): string {
    lastStampMs = Math.max(now().getTime(), lastStampMs + 1);
    return new Date(lastStampMs).toISOString();
  }

  const recordFieldName = seed.settings.record_field_id ? String(seed.settings.record_field_id) : null;
  const historyDerived = new Set<number>();
  /**
   * A world seeds tickets as they are now. Where a seeded record line has no audit (most hand-made
   * worlds), the store derives the history Zendesk would hold: one audit per line, by the user the
   * line names at the time it gives, as if the app had written it. Lines written later go through
   * `updateTicket`/`writeAs`, whose audits name who really wrote them (a forged line among them).
   */
  function deriveSeedHistory(ticketId: number): void {
    if (historyDerived.has(ticketId)) return;
    historyDerived.add(ticketId);
    const ticket = tickets.get(ticketId);
    const existing = audits.get(ticketId) ?? [];
    if (!ticket || recordFieldName === null || existing.some((a) => a.events.some((e) => e.field_name === recordFieldName))) return;
    const text = ticket.custom_fields.find((f) => String(f.id) === recordFieldName)?.value;
    if (typeof text !== 'string' || text.trim() === '') return;
    const lines = text.split('\n');
    const derived: Audit[] = [];
    lines.forEach((line, i) => {
      let parsed: { by?: unknown; at?: unknown } | null = null;
      try {
        parsed = JSON.parse(line) as { by?: unknown; at?: unknown };
      } catch {
        return;
      }
      if (typeof parsed?.by !== 'number' || typeof parsed.at !== 'string' || Number.isNaN(Date.parse(parsed.at))) return;
      derived.push({
        id: nextAuditId++,
        ticket_id: ticketId,
        author_id: parsed.by,
        created_at: parsed.at,
        via: { channel: 'api' },
        metadata: { system: {}, custom: {} },
        events: [
          {
            id: nextEventId++,
            type: 'Change',
            field_name: recordFieldName,
            previous_value: i === 0 ? null : lines.slice(0, i).join('\n'),
            value: lines.slice(0, i + 1).join('\n'),
          },
        ],
      });
    });
    audits.set(
      ticketId,
      [...existing, ...derived].sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id),
    );
  }

  function recordAudit(ticketId: number, authorId: number, at: string, events: Omit<AuditEvent, 'id'>[]): Audit {
    const audit: Audit = {
      id: nextAuditId++,
      ticket_id: ticketId,
      author_id: authorId,
      created_at: at,
      via: { channel: 'api' },
      metadata: { system: {}, custom: {} },
      events: events.map((e) => ({ id: nextEventId++, ...e })),
    };
    audits.set(ticketId, [...(audits.get(ticketId) ?? []), audit]);
    return audit;
  }

  function appendComment(
    ticketId: number,
    authorId: number,
    input: { body?: string; html_body?: string; public?: boolean },
    at: string,
  ): Comment {
    const plain = input.html_body !== undefined ? htmlToText(input.html_body) : (input.body ?? '');
    const comment: Comment = {
      id: nextCommentId++,
      type: 'Comment',
      author_id: authorId,
      body: plain,
      html_body: input.html_body ?? textToHtml(plain),
      plain_body: plain,
      public: input.public ?? true,
      created_at: at,
      via: { channel: 'api' },
    };
    comments.set(ticketId, [...(comments.get(ticketId) ?? []), comment]);
    return comment;
  }

  function commentEvent(comment: Comment): Omit<AuditEvent, 'id'> {
    return { type: 'Comment', body: comment.body, public: comment.public, author_id: comment.author_id };
  }

  const store = {
    now,
    settings: () => seed.settings,
    subdomain: () => seed.subdomain ?? 'example',
    currentUserId: () => currentUserId,
    setCurrentUserId(id: number): void {
      if (!users.has(id)) throw new Error(`No user ${id} in this world`);
      currentUserId = id;
    },
    currentUser: (): User => store.user(currentUserId),

    users: (): User[] => [...users.values()],
    findUser: (id: number): User | undefined => users.get(id),
    user(id: number): User {
      const user = users.get(id);
      if (!user) throw new Error(`No user ${id} in this world`);
      return user;
    },
    groups: (): Group[] => groups,
    groupMemberships: (): GroupMembership[] => memberships,
    groupIdsOf: (userId: number): number[] => memberships.filter((m) => m.user_id === userId).map((m) => m.group_id),

    fields: (): TicketField[] => [...fields.values()],
    findField: (id: number): TicketField | undefined => fields.get(id),
    field(id: number): TicketField {
      const field = fields.get(id);
      if (!field) throw new Error(`No ticket field ${id} in this world`);
      return field;
    },

    tickets: (): Ticket[] => [...tickets.values()],
    findTicket: (id: number): Ticket | undefined => tickets.get(id),
    ticket(id: number): Ticket {
      const ticket = tickets.get(id);
      if (!ticket) throw new Error(`No ticket ${id} in this world`);
      return ticket;
    },
    /** Tickets by `created_at`, then id: search export's order. Cached; only additions invalidate it. */
    ticketsByCreation(): readonly Ticket[] {
      creationOrder ??= sortByCreation(tickets.values());
      return creationOrder;
    },
    addTickets(added: Ticket[], addedComments: Record<string, Comment[]> = {}): void {
      for (const ticket of added) tickets.set(ticket.id, ticket);
      for (const [id, list] of Object.entries(addedComments)) comments.set(Number(id), list);
      nextCommentId = Math.max(nextCommentId, maxId(Object.values(addedComments).flat()) + 1);
      creationOrder = null;
    },
    /** A ticket deleted in Zendesk (or merged away): reads and writes answer 404 from now on. */
    deleteTicket(id: number): void {
      tickets.delete(id);
      creationOrder = null;
    },
    comments: (ticketId: number): Comment[] => comments.get(ticketId) ?? [],
    audits: (ticketId: number): Audit[] => {
      deriveSeedHistory(ticketId);
      return audits.get(ticketId) ?? [];
    },

    /** A comment from someone outside the app (the workspace's customer/colleague box). */
    addComment(ticketId: number, authorId: number, body: string, isPublic: boolean): Comment {
      const ticket = store.ticket(ticketId);
      deriveSeedHistory(ticketId);
      const at = nextStamp();
      const comment = appendComment(ticketId, authorId, { body, public: isPublic }, at);
      comment.via = { channel: 'web' };
      ticket.updated_at = at;
      recordAudit(ticketId, authorId, at, [commentEvent(comment)]);
      return comment;
    },

    /** `PUT /api/v2/tickets/:id` as the current user. */
    updateTicket(id: number, input: TicketUpdateInput): Result<{ ticket: Ticket; audit: Audit }> {
      const ticket = tickets.get(id);
      if (!ticket) return { ok: false, error: apiErrors.notFound() };
      deriveSeedHistory(id); // from the record as seeded, before this write changes it
      const plan = planTicketUpdate(ticket, input, (fieldId) => fields.get(fieldId));
      if (!plan.ok) return plan;
      const at = nextStamp();
      const events: Omit<AuditEvent, 'id'>[] = plan.changes.map((c) => ({ type: 'Change', ...c }));
      if (input.comment && (input.comment.body !== undefined || input.comment.html_body !== undefined)) {
        events.unshift(commentEvent(appendComment(id, currentUserId, input.comment, at)));
      }
      ticket.custom_fields = plan.custom_fields;
      ticket.tags = plan.tags;
      ticket.updated_at = at;
      return { ok: true, ticket, audit: recordAudit(id, currentUserId, at, events) };
    },

    /**
     * A write straight through the API by `userId` (not through the app): what anyone with API access
     * can do, e.g. type a record line signed by someone else. Its audit names `userId` at the store
     * clock, like every write the store accepts.
     */
    writeAs(userId: number, id: number, input: TicketUpdateInput): Result<{ ticket: Ticket; audit: Audit }> {
      store.user(userId);
      const previous = currentUserId;
      currentUserId = userId;
      try {
        return store.updateTicket(id, input);
      } finally {
        currentUserId = previous;
      }
    },

    /** `POST /api/v2/ticket_fields/:id/options` as the current user: admins only. */
    addFieldOption(fieldId: number, input: { name?: unknown; value?: unknown }): OptionPlan {
      if (store.currentUser().role !== 'admin') return { ok: false, error: apiErrors.forbidden() };
      const field = fields.get(fieldId);
      if (!field) return { ok: false, error: apiErrors.notFound() };
      return upsertFieldOption(field, input, () => nextOptionId++);
    },

    /** Custom objects, fields and records (any object key): `…/custom_objects/…` endpoints. */
    customObjects,
    /** Every record of a custom object, oldest first (`window.workspace.store.records`). */
    records: (objectKey: string) => customObjects.records(objectKey),

    requests: (): LoggedRequest[] => log,
    logRequest(entry: LoggedRequest): void {
      log.push(entry);
    },
    clearRequests(): void {
      log = [];
    },

    fault: (rule: FaultRule): void => faults.add(rule),
    clearFaults: (): void => faults.clear(),
    faults: (): FaultRule[] => faults.list(),
    takeFault: (method: string, pathname: string) => faults.take(method, pathname),

    setRateLimit: (rule: RateLimitRule): void => limiter.set(rule),
    clearRateLimits: (): void => limiter.clear(),
    takeRateLimit: (pathname: string) => limiter.take(pathname),

    /** Plain `http.*` handlers: usable by setupServer in Node and by getResponse in the browser. */
    handlers(): RequestHandler[] {
      handlerCache ??= createHandlers(store);
      return handlerCache;
    },
  };
  return store;
}

export type ZendeskStore = ReturnType<typeof createZendeskStore>;
