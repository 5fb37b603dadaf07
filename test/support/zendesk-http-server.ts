import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import type { ZendeskStore } from '../mocks/store';

export interface ServedRequest {
  method: string;
  url: string;
  authorization: string | undefined;
}

/** Decides, per request, to cut the connection after part of the answer (a reset mid-page). */
export type ResetRule = (url: URL, index: number) => boolean;

/**
 * The Zendesk test double on a real port of 127.0.0.1: a Node HTTP server that hands each request
 * to the store's MSW handlers (`getResponse`) and writes their answer back, so a client under test
 * speaks real HTTP (sockets, headers, resets) to the same double the unit and e2e tests use.
 */
export async function serveZendesk(store: ZendeskStore) {
  const seen: ServedRequest[] = [];
  let resetRule: ResetRule | null = null;
  let beforeRule: ((url: URL, index: number) => void) | null = null;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    const index = seen.length;
    seen.push({ method: req.method ?? 'GET', url: url.toString(), authorization: req.headers.authorization });
    beforeRule?.(url, index);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
    const headers = new Headers();
    for (const [key, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(key, value);
    const request = new Request(url, { method: req.method ?? 'GET', headers, ...(body && req.method !== 'GET' ? { body } : {}) });
    const response = await getResponse(store.handlers(), request);
    if (!response || response.type === 'error') {
      // MSW's network error (the double's "offline" fault): drop the connection.
      if (!response) res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"InvalidEndpoint"}');
      else req.socket.destroy();
      return;
    }
    const text = Buffer.from(await response.arrayBuffer());
    const out: Record<string, string> = {};
    response.headers.forEach((value, key) => (out[key] = value));
    if (resetRule?.(url, index)) {
      // Headers and half the body, then the connection dies: the client must not use the half page.
      res.writeHead(response.status, { ...out, 'content-length': String(text.length) });
      res.write(text.subarray(0, Math.floor(text.length / 2)));
      setTimeout(() => req.socket.destroy(), 5);
      return;
    }
    res.writeHead(response.status, { ...out, 'content-length': String(text.length) });
    res.end(text);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => seen,
    /** Cuts matching answers mid-body. */
    resetWhen(rule: ResetRule | null): void {
      resetRule = rule;
    },
    /** Runs before a request is answered (e.g. move the store clock past a cursor's hour). */
    beforeEach(rule: ((url: URL, index: number) => void) | null): void {
      beforeRule = rule;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
