import type { ZafClient, ZafContext, ZafMetadata } from './zaf-client';
import type { ColorScheme, HttpRequest, HttpResponse, TicketChange, ZafPort, ZafUser } from './zaf-port';
import { toHttpResponse } from './http-response';
import { readTicket } from './read-ticket';

const THREAD_EVENTS = ['ticket.conversation.changed', 'ticket.comments.changed'];

function subscribe(client: ZafClient, events: string[], listener: (data: unknown) => void): () => void {
  for (const event of events) client.on(event, listener);
  return () => {
    for (const event of events) client.off(event, listener);
  };
}

function asColorScheme(value: unknown): ColorScheme {
  return value === 'dark' ? 'dark' : 'light';
}

function asUser(raw: unknown): ZafUser {
  const user = (raw ?? {}) as Partial<ZafUser> & { groups?: { id: number; name: string }[] };
  return {
    id: Number(user.id),
    name: String(user.name ?? ''),
    email: user.email,
    role: String(user.role ?? 'agent'),
    locale: String(user.locale ?? 'en'),
    groups: Array.isArray(user.groups) ? user.groups.map((g) => ({ id: Number(g.id), name: String(g.name) })) : [],
  };
}

/**
 * Wraps a registered SDK client. Call after `app.registered` (see `connectZaf`). `askedUser`: a
 * `get('currentUser')` already on its way, answered to the first `currentUser()` call.
 */
export function createZafPort(
  client: ZafClient,
  context: ZafContext,
  metadata: ZafMetadata,
  askedUser?: ReturnType<ZafClient['get']>,
): ZafPort {
  let pendingUser = askedUser;
  return {
    context,
    settings: metadata.settings ?? {},
    installationId: metadata.installationId,
    async currentUser() {
      const asked = pendingUser ?? client.get('currentUser');
      pendingUser = undefined;
      const result = await asked;
      return asUser(result.currentUser);
    },
    async colorScheme() {
      try {
        const result = await client.get('colorScheme');
        return asColorScheme(result.colorScheme);
      } catch {
        // Older hosts do not know the path: Zendesk's light scheme is the default.
        return 'light';
      }
    },
    onColorSchemeChange(listener) {
      return subscribe(client, ['colorScheme.changed'], (data) => listener(asColorScheme(data)));
    },
    onVisibilityChange(listener) {
      const shown = subscribe(client, ['app.activated', 'pane.activated'], () => listener(true));
      const hidden = subscribe(client, ['app.deactivated', 'pane.deactivated'], () => listener(false));
      return () => {
        shown();
        hidden();
      };
    },
    readTicket(fieldIds) {
      return readTicket(client, fieldIds);
    },
    onTicketChange(listener: (change: TicketChange) => void, fieldIds: number[] = []) {
      const unsubscribers = [
        subscribe(client, THREAD_EVENTS, () => listener({ kind: 'thread' })),
        subscribe(client, ['ticket.updated'], () => listener({ kind: 'ticket' })),
        ...fieldIds.map((fieldId) =>
          subscribe(client, [`ticket.custom_field_${fieldId}.changed`], (value) =>
            listener({ kind: 'field', fieldId, value: value ?? null }),
          ),
        ),
      ];
      return () => unsubscribers.forEach((off) => off());
    },
    resize(heightPx) {
      void client.invoke('resize', { width: '100%', height: `${Math.ceil(heightPx)}px` });
    },
    notify(message, kind = 'notice') {
      void client.invoke('notify', message, kind);
    },
    openTicket(ticketId) {
      void client.invoke('routeTo', 'ticket', ticketId);
    },
    async request(request: HttpRequest): Promise<HttpResponse> {
      const options = {
        url: request.url,
        type: request.method ?? 'GET',
        contentType: 'application/json',
        data: request.body === undefined ? undefined : JSON.stringify(request.body),
        httpCompleteResponse: true,
        // We honour Retry-After and back off ourselves, so the host must not retry behind our back.
        autoRetry: false,
        ...(request.headers ? { headers: request.headers } : {}),
        ...(request.secure ? { secure: true, cors: false } : {}),
      } as const;
      try {
        return toHttpResponse(await client.request(options));
      } catch (failure) {
        return toHttpResponse(failure);
      }
    },
  };
}
