import type { TicketSnapshot } from '../../domain/ticket';
import type { ZafContext } from './zaf-client';

export type ColorScheme = 'light' | 'dark';

/** ZAF's notification kinds (`client.invoke('notify', message, kind)`). */
export type NotifyKind = 'notice' | 'alert' | 'error';

/** The agent using the app, as ZAF's `currentUser` describes them. */
export interface ZafUser {
  id: number;
  name: string;
  email?: string;
  /** `admin`, `agent`, or a custom role's name. */
  role: string;
  locale: string;
  groups: { id: number; name: string }[];
}

export interface HttpRequest {
  url: string;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** Extra headers; with `secure`, values may hold `{{setting.<name>}}` placeholders of secure settings. */
  headers?: Record<string, string>;
  /**
   * Sent through Zendesk's proxy, which replaces secure-setting placeholders server-side (only to
   * domains in the manifest's domainWhitelist), so a secret never reaches the browser.
   */
  secure?: boolean;
}

/** An HTTP answer from Zendesk, whatever its status. `status` 0 means it never reached Zendesk. */
export interface HttpResponse {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/** What the agent interface says changed on the open ticket (ZAF events, no API request). */
export type TicketChange =
  | { kind: 'thread' } // ticket.conversation.changed / ticket.comments.changed: a reply or note was added
  | { kind: 'ticket' } // ticket.updated: saved elsewhere (another agent, a trigger, an API write)
  | { kind: 'field'; fieldId: number; value: unknown }; // ticket.custom_field_<id>.changed, with the new value

/**
 * Everything the app needs from the Zendesk host page. Features depend on this interface, never on
 * the SDK, so they run the same in Zendesk, in the local workspace and in component tests.
 */
export interface ZafPort {
  readonly context: ZafContext;
  readonly settings: Record<string, unknown>;
  /** This installation's id (from the app's metadata), for writes to its own settings. */
  readonly installationId?: number;
  currentUser(): Promise<ZafUser>;
  colorScheme(): Promise<ColorScheme>;
  onColorSchemeChange(listener: (scheme: ColorScheme) => void): () => void;
  /** Fires with false when the app is hidden (another ticket tab, the pane collapsed) and true when shown again. */
  onVisibilityChange(listener: (visible: boolean) => void): () => void;
  /**
   * The open ticket as the agent interface holds it, with the given custom fields: read through
   * ZAF's data APIs, so it costs the account's API limit nothing.
   */
  readTicket(fieldIds: number[]): Promise<TicketSnapshot>;
  /** Follows the open ticket: its thread, saves made elsewhere, and the given custom fields. */
  onTicketChange(listener: (change: TicketChange) => void, fieldIds?: number[]): () => void;
  resize(heightPx: number): void;
  /** A Zendesk notification (the agent interface's toast), e.g. what a save did. */
  notify(message: string, kind?: NotifyKind): void;
  /** Opens a ticket in the agent's workspace (a new tab in Zendesk). */
  openTicket(ticketId: number): void;
  request(request: HttpRequest): Promise<HttpResponse>;
}
