import type { WorkspaceStore, WsComment, WsTicket, WsUser } from './workspace-store';

/**
 * The agent interface's side of ZAF's data APIs, answered from the in-memory Zendesk: what
 * `client.get(<path>)` returns for the open ticket and which events the agent interface fires when
 * the ticket changes, in the shapes Zendesk documents (docs/decisions/0020 lists them and what is
 * unconfirmed). The same functions serve the workspace host page and the Node test port.
 */
export type ZafDataStore = Pick<WorkspaceStore, 'ticket' | 'comments' | 'users' | 'groups' | 'groupIdsOf' | 'currentUserId'>;

export class PathError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

const CUSTOM_FIELD = /^ticket\.customField:custom_field_(\d+)$/;

function userRef(user: WsUser | undefined, store: ZafDataStore) {
  if (!user) return null;
  const groups = store.groups().filter((g) => store.groupIdsOf(user.id).includes(g.id));
  return { id: user.id, name: user.name, email: user.email, role: user.role, locale: user.locale ?? 'en', groups };
}

function findUser(store: ZafDataStore, id: number | null | undefined): WsUser | undefined {
  return id === null || id === undefined ? undefined : store.users().find((u) => u.id === id);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const htmlOf = (comment: WsComment) => comment.html_body ?? `<p>${escapeHtml(comment.body)}</p>`;

/** `ticket.comments`: id, HTML value, author with role; no time and no public flag. */
export function zafComments(store: ZafDataStore, ticketId: number) {
  return store.comments(ticketId).map((c) => ({
    id: c.id,
    value: htmlOf(c),
    author: userRef(findUser(store, c.author_id), store) ?? { id: c.author_id, name: '', role: 'end-user' },
    via: { channel: c.via?.channel ?? 'web' },
    imageAttachments: [],
    nonImageAttachments: [],
  }));
}

/** `ticket.conversation`: author name and role, HTML content, timestamp, channel (`internal` for private notes); no comment id. */
export function zafConversation(store: ZafDataStore, ticketId: number) {
  return store.comments(ticketId).map((c) => {
    const author = findUser(store, c.author_id);
    return {
      author: { id: c.author_id, name: author?.name ?? '', role: author?.role ?? 'end-user', avatar: '' },
      message: { content: htmlOf(c), contentType: 'text/html' },
      timestamp: c.created_at,
      channel: { name: c.public ? (c.via?.channel ?? 'web') : 'internal' },
      attachments: [],
    };
  });
}

function zafAssignee(store: ZafDataStore, ticket: WsTicket) {
  const group = store.groups().find((g) => g.id === ticket.group_id);
  return { user: userRef(findUser(store, ticket.assignee_id), store), group: group ? { id: group.id, name: group.name } : null };
}

/** `ticket`: the ticket object of the agent interface (camelCase, people as objects, no comments). */
export function zafTicket(store: ZafDataStore, ticketId: number) {
  const t = store.ticket(ticketId);
  return {
    id: t.id,
    subject: t.subject,
    description: t.description ?? '',
    status: t.status,
    priority: t.priority,
    type: t.type ?? null,
    tags: [...t.tags],
    via: { channel: t.via?.channel ?? 'web' },
    requester: userRef(findUser(store, t.requester_id), store),
    assignee: zafAssignee(store, t),
    createdAt: t.created_at,
    updatedAt: t.updated_at,
    isNew: false,
  };
}

export function zafCurrentUser(store: ZafDataStore) {
  const user = userRef(findUser(store, store.currentUserId()), store);
  if (!user) throw new PathError('currentUser', `The world has no user ${store.currentUserId()}`);
  return user;
}

/** Answers one `client.get` path for an app instance (ticketId: the ticket it is open on, if any). */
export function zafGet(store: ZafDataStore, path: string, ticketId: number | undefined): unknown {
  if (path === 'currentUser') return zafCurrentUser(store);
  if (!path.startsWith('ticket')) throw new PathError(path, 'is not supported by the local workspace');
  if (ticketId === undefined) throw new PathError(path, 'There is no ticket in this location');
  switch (path) {
    case 'ticket':
      return zafTicket(store, ticketId);
    case 'ticket.id':
      return ticketId;
    case 'ticket.subject':
      return store.ticket(ticketId).subject;
    case 'ticket.status':
      return store.ticket(ticketId).status;
    case 'ticket.tags':
      return [...store.ticket(ticketId).tags];
    case 'ticket.comments':
      return zafComments(store, ticketId);
    case 'ticket.conversation':
      return zafConversation(store, ticketId);
    case 'ticket.requester':
      return userRef(findUser(store, store.ticket(ticketId).requester_id), store);
    case 'ticket.assignee':
      return zafAssignee(store, store.ticket(ticketId));
    default: {
      const field = CUSTOM_FIELD.exec(path);
      if (field) return store.ticket(ticketId).custom_fields.find((f) => f.id === Number(field[1]))?.value ?? null;
      throw new PathError(path, 'is not supported by the local workspace');
    }
  }
}

/** What the agent interface last showed of a ticket: enough to tell which events a change fires. */
export interface TicketMark {
  comments: number;
  updatedAt: string;
  fields: Record<number, string>;
}

export function markTicket(store: ZafDataStore, ticketId: number): TicketMark {
  const t = store.ticket(ticketId);
  return {
    comments: store.comments(ticketId).length,
    updatedAt: t.updated_at,
    fields: Object.fromEntries(t.custom_fields.map((f) => [f.id, JSON.stringify(f.value ?? null)])),
  };
}

export interface ZafEvent {
  name: string;
  data: unknown;
}

/**
 * The events the agent interface fires when a ticket it shows changed on the server: a new comment
 * (`ticket.comments.changed` with the comments, `ticket.conversation.changed` with the
 * conversation), a changed custom field (`ticket.custom_field_<id>.changed` with the new value),
 * and any save (`ticket.updated`).
 */
export function ticketEvents(store: ZafDataStore, ticketId: number, before: TicketMark): ZafEvent[] {
  const after = markTicket(store, ticketId);
  const events: ZafEvent[] = [];
  if (after.comments !== before.comments) {
    events.push({ name: 'ticket.comments.changed', data: zafComments(store, ticketId) });
    events.push({ name: 'ticket.conversation.changed', data: zafConversation(store, ticketId) });
  }
  const ids = new Set([...Object.keys(before.fields), ...Object.keys(after.fields)].map(Number));
  for (const id of ids) {
    if (before.fields[id] !== after.fields[id]) {
      events.push({ name: `ticket.custom_field_${id}.changed`, data: JSON.parse(after.fields[id] ?? 'null') as unknown });
    }
  }
  if (after.updatedAt !== before.updatedAt) events.push({ name: 'ticket.updated', data: zafTicket(store, ticketId) });
  return events;
}
