import type { HttpRequest, HttpResponse, ZafPort } from '../zaf/zaf-port';

/** What the REST adapter needs from a transport: `request`. The browser app passes its ZAF port. */
export type ZendeskTransport = Pick<ZafPort, 'request'>;

export interface FetchTransportOptions {
  /** The account's base URL (`https://acme.zendesk.com`), or a proxy or test server standing in for it. */
  baseUrl: string;
  email: string;
  /** A Zendesk API token (basic auth `<email>/token:<token>`) or, with `scheme: 'bearer'`, an OAuth access token; never logged. */
  token: string;
  /** `api-token` (default) or `bearer` (OAuth: `Authorization: Bearer <token>`, no email). */
  scheme?: 'api-token' | 'bearer';
  /** Gives up on a request that has not answered in this long (then it reads as offline). */
  timeoutMs?: number;
  /** Sees every answer (its status and headers), e.g. to read `X-Rate-Limit-Remaining`. */
  onResponse?(response: HttpResponse, request: HttpRequest): void;
  fetch?: typeof fetch;
}

/** UTF-8 then base64, as basic auth wants it (`btoa` alone takes only Latin-1). */
function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The REST adapter's calls over plain `fetch`, for code that runs outside Zendesk (the
 * command-line export). Same answers as the ZAF port: status, parsed body, lower-cased headers,
 * and status 0 when the request never got an answer (refused, reset, timed out).
 */
export function createFetchTransport(options: FetchTransportOptions): ZendeskTransport {
  const base = options.baseUrl.replace(/\/+$/, '');
  const authorization =
    options.scheme === 'bearer' ? `Bearer ${options.token}` : `Basic ${base64(`${options.email}/token:${options.token}`)}`;
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 120_000;
  return {
    async request(request) {
      let answer: HttpResponse;
      try {
        const response = await doFetch(`${base}${request.url}`, {
          method: request.method ?? 'GET',
          headers: { authorization, accept: 'application/json', 'content-type': 'application/json' },
          signal: AbortSignal.timeout(timeoutMs),
          ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
        });
        answer = await toHttpResponse(response);
      } catch {
        // A reset connection or a body cut mid-way: the page never arrived, so it is retried whole.
        answer = { status: 0, body: null, headers: {} };
      }
      options.onResponse?.(answer, request);
      return answer;
    },
  };
}

/** A fetch Response as the port's HttpResponse: lower-cased headers, JSON body (or the text when it is not JSON). */
export async function toHttpResponse(response: Response): Promise<HttpResponse> {
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
}
