import { http, HttpResponse, type HttpHandler } from 'msw';
import { apiErrors, type ApiError } from '../api-errors';
import type { FaultRule } from '../faults';
import type { ZendeskStore } from '../store';

export interface RouteContext {
  request: Request;
  url: URL;
  params: Record<string, string>;
  /** The parsed JSON body of a write (or its raw text when it is not JSON). */
  body: unknown;
  store: ZendeskStore;
}

export type Resolver = (context: RouteContext) => Response | Promise<Response>;

type Method = 'get' | 'put' | 'post' | 'patch' | 'delete';

/** The workspace's host names the app instance that made a request in this header (never sent to Zendesk). */
export const WORKSPACE_APP_HEADER = 'x-workspace-app-guid';

export function json(body: unknown, status = 200): Response {
  return HttpResponse.json(body as Record<string, unknown>, { status });
}

export function errorResponse(error: ApiError, headers: Record<string, string> = {}): Response {
  return HttpResponse.json(error.body, { status: error.status, headers });
}

/** Ids arrive as `123` or `123.json`; anything else is not a record Zendesk could have. */
export function idParam(raw: string | undefined): number | null {
  const id = Number((raw ?? '').replace(/\.json$/, ''));
  return Number.isInteger(id) && id > 0 ? id : null;
}

async function readBody(request: Request): Promise<unknown> {
  const text = await request.clone().text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function faultResponse(fault: FaultRule): Response {
  if (fault.status === 429) {
    const error = apiErrors.rateLimited();
    return errorResponse(error, { 'Retry-After': String(fault.retryAfter ?? 1) });
  }
  if (fault.status === 409) return errorResponse(apiErrors.updateConflict());
  if (fault.status === 401) return errorResponse(apiErrors.unauthorized());
  if (fault.status === 403) return errorResponse(apiErrors.forbidden());
  if (fault.status === 413) return errorResponse(apiErrors.tooLarge());
  if (fault.status === 422) {
    return errorResponse(
      apiErrors.recordInvalid({ '360010001': [{ description: 'Values exemplified: is not a valid option', error: 'InvalidValue' }] }),
    );
  }
  return errorResponse(apiErrors.internal());
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * One route on any origin, with and without Zendesk's optional `.json` suffix. Every request goes
 * through the same gate: faults, then the rate limiter, then the resolver, and lands in the log.
 */
export function route(store: ZendeskStore, method: Method, path: string, resolver: Resolver): HttpHandler[] {
  const handle = async ({ request, params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => {
    const url = new URL(request.url);
    const body = method === 'get' ? undefined : await readBody(request);
    const from = request.headers.get(WORKSPACE_APP_HEADER) ?? undefined;
    const log = (status: number) =>
      store.logRequest({
        method: request.method,
        url: request.url,
        status,
        ...(body !== undefined ? { body } : {}),
        ...(from !== undefined ? { from } : {}),
      });

    const fault = store.takeFault(request.method, url.pathname);
    if (fault?.delayMs) await wait(fault.delayMs);
    if (fault?.offline) {
      log(0);
      return HttpResponse.error();
    }
    if (fault?.status) {
      log(fault.status);
      return faultResponse(fault);
    }
    const rate = store.takeRateLimit(url.pathname);
    const rateHeaders: Record<string, string> = rate
      ? { 'X-Rate-Limit': String(rate.limit), 'X-Rate-Limit-Remaining': String(rate.remaining) }
      : {};
    if (rate && !rate.allowed) {
      log(429);
      return errorResponse(apiErrors.rateLimited(), { ...rateHeaders, 'Retry-After': String(rate.retryAfterSeconds) });
    }
    const flatParams = Object.fromEntries(
      Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value.join('/') : String(value ?? '')]),
    );
    let response: Response;
    try {
      response = await resolver({ request, url, params: flatParams, body, store });
    } catch (error) {
      // A bug in the double should read as a server error in the log, with its message, not vanish.
      response = errorResponse({ status: 500, body: { error: 'InternalError', description: String(error) } });
    }
    for (const [key, value] of Object.entries(rateHeaders)) response.headers.set(key, value);
    log(response.status);
    return response;
  };
  // The `.json` form first: otherwise `:id` would swallow "7.json" as the id.
  return [http[method](`*${path}.json`, handle), http[method](`*${path}`, handle)];
}
