import { getResponse, type RequestHandler } from 'msw';
import { WORKSPACE_APP_HEADER } from '../../mocks/handlers/route';
import type { CompleteResponse, RequestOptions } from './zaf-host';

function headersOf(response: Response): Record<string, string> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, key) => {
    headers[key.toLowerCase()] = value;
  });
  return headers;
}

/**
 * Zendesk's host page performs `client.request` calls for the app with the agent's session. Here
 * the host page answers them from the MSW handlers over the in-memory store, the same handlers the
 * unit tests use, so the app sees Zendesk-shaped answers, faults and rate limits.
 */
export function createRequestBridge(handlers: () => RequestHandler[], onUnhandled: (url: string) => void) {
  /** `from`: the guid of the app instance that asked, kept in the store's request log. */
  return async function perform(options: RequestOptions, from?: string): Promise<CompleteResponse> {
    const method = (options.type ?? 'GET').toUpperCase();
    const url = new URL(options.url, window.location.origin);
    const hasBody = method !== 'GET' && method !== 'HEAD' && options.data !== undefined;
    const request = new Request(url, {
      method,
      headers: { 'content-type': options.contentType ?? 'application/json', ...(from ? { [WORKSPACE_APP_HEADER]: from } : {}) },
      body: hasBody ? options.data : undefined,
    });
    let response: Response | undefined;
    try {
      response = await getResponse(handlers(), request);
    } catch {
      return { status: 0, responseJSON: null, responseText: '', headers: {} };
    }
    if (!response) {
      onUnhandled(`${method} ${url.pathname}${url.search}`);
      const body = { error: 'InvalidEndpoint', description: `Not found (the workspace does not serve ${url.pathname})` };
      return { status: 404, responseJSON: body, responseText: JSON.stringify(body), headers: {} };
    }
    // HttpResponse.error() — the request never reached Zendesk.
    if (response.type === 'error') return { status: 0, responseJSON: null, responseText: '', headers: {} };
    const text = await response.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    return { status: response.status, responseJSON: json, responseText: text, headers: headersOf(response) };
  };
}
