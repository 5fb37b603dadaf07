/**
 * The slice of the ZAF SDK client (`window.ZAFClient.init()`) that Values Coach uses, typed.
 * Zendesk's SDK ships no types; these follow the SDK source and Zendesk's Apps API docs.
 */
export interface ZafClient {
  get(paths: string | string[]): Promise<Record<string, unknown> & { errors?: Record<string, unknown> }>;
  set(path: string, value: unknown): Promise<Record<string, unknown>>;
  invoke(name: string, ...args: unknown[]): Promise<unknown>;
  on(event: string, handler: (data: unknown) => void): void;
  off(event: string, handler: (data: unknown) => void): void;
  request(options: ZafRequestOptions): Promise<unknown>;
  metadata(): Promise<ZafMetadata>;
  context(): Promise<ZafContext>;
}

export interface ZafRequestOptions {
  url: string;
  type?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  contentType?: string;
  data?: string;
  httpCompleteResponse?: boolean;
  autoRetry?: boolean;
  cors?: boolean;
  headers?: Record<string, string>;
  secure?: boolean;
}

export interface ZafMetadata {
  appId: number;
  installationId: number;
  name?: string;
  version?: string;
  settings: Record<string, unknown>;
}

export type ZafLocation = 'ticket_sidebar' | 'nav_bar' | (string & {});

export interface ZafContext {
  product: string;
  location: ZafLocation;
  ticketId?: number;
  instanceGuid?: string;
  account?: { subdomain?: string };
}

export interface ZafClientFactory {
  init(callback?: (context: ZafContext) => void): ZafClient | false;
}

declare global {
  interface Window {
    ZAFClient?: ZafClientFactory;
  }
}
