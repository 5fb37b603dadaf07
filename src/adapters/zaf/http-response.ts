import type { HttpResponse } from './zaf-port';

interface CompleteResponseLike {
  status?: number;
  responseJSON?: unknown;
  responseText?: string;
  headers?: Record<string, string> | string;
}

function parseHeaderBlock(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

function normaliseHeaders(raw: CompleteResponseLike['headers']): Record<string, string> {
  if (!raw) return {};
  if (typeof raw === 'string') return parseHeaderBlock(raw);
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k.toLowerCase(), String(v)]));
}

function parseBody(value: CompleteResponseLike): unknown {
  if (value.responseJSON !== undefined) return value.responseJSON;
  if (!value.responseText) return null;
  try {
    return JSON.parse(value.responseText);
  } catch {
    return value.responseText;
  }
}

/**
 * `client.request` with `httpCompleteResponse` resolves (2xx) or rejects (otherwise) with a
 * jqXHR-like object; both become one `HttpResponse`. Anything without a status never reached
 * Zendesk (offline, blocked), which we report as status 0.
 */
export function toHttpResponse(value: unknown): HttpResponse {
  if (!value || typeof value !== 'object') return { status: 0, body: null, headers: {} };
  const like = value as CompleteResponseLike;
  const status = typeof like.status === 'number' ? like.status : 0;
  return { status, body: parseBody(like), headers: normaliseHeaders(like.headers) };
}
