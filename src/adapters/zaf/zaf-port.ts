import type { ZafContext } from './zaf-client';

export type ColorScheme = 'light' | 'dark';

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
}

/** An HTTP answer from Zendesk, whatever its status. `status` 0 means it never reached Zendesk. */
export interface HttpResponse {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/**
 * Everything the app needs from the Zendesk host page. Features depend on this interface, never on
 * the SDK, so they run the same in Zendesk, in the local workspace and in component tests.
 */
export interface ZafPort {
  readonly context: ZafContext;
  readonly settings: Record<string, unknown>;
  currentUser(): Promise<ZafUser>;
  colorScheme(): Promise<ColorScheme>;
  onColorSchemeChange(listener: (scheme: ColorScheme) => void): () => void;
  /** Fires when the open ticket's conversation or fields change in the agent's workspace. */
  onTicketChange(listener: () => void): () => void;
  resize(heightPx: number): void;
  /** Opens a ticket in the agent's workspace (a new tab in Zendesk). */
  openTicket(ticketId: number): void;
  request(request: HttpRequest): Promise<HttpResponse>;
}
