import { describe, expect, it } from 'vitest';
import { createFetchTransport } from './fetch-transport';
import { createZendeskApi } from './zendesk-api';

describe('createFetchTransport', () => {
  it('sends API-token basic auth to the base URL and answers like the ZAF port', async () => {
    const calls: { url: string; auth: string | null }[] = [];
    const seen: number[] = [];
    const transport = createFetchTransport({
      baseUrl: 'https://proxy.example/zd/',
      email: 'lead@acme.com',
      token: 'tök3n',
      onResponse: (r) => void seen.push(r.status),
      fetch: async (input, init) => {
        calls.push({
          url: typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
          auth: new Headers(init?.headers).get('authorization'),
        });
        return new Response(JSON.stringify({ groups: [{ id: 1, name: 'Support' }] }), {
          status: 200,
          headers: { 'X-Rate-Limit-Remaining': '9' },
        });
      },
    });
    expect(await createZendeskApi(transport).getGroups()).toEqual([{ id: 1, name: 'Support' }]);
    expect(calls[0]!.url).toBe('https://proxy.example/zd/api/v2/groups.json');
    const decoded = new TextDecoder().decode(Uint8Array.from(atob(calls[0]!.auth!.replace('Basic ', '')), (ch) => ch.charCodeAt(0)));
    expect(decoded).toBe('lead@acme.com/token:tök3n');
    expect(seen).toEqual([200]);
    const answer = await transport.request({ url: '/api/v2/groups.json' });
    expect(answer.headers['x-rate-limit-remaining']).toBe('9');
  });

  it('reads a refused or reset connection as status 0 (offline), never as a page', async () => {
    const transport = createFetchTransport({
      baseUrl: 'http://127.0.0.1:1',
      email: 'a@b.c',
      token: 't',
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    expect(await transport.request({ url: '/api/v2/search/export.json' })).toEqual({ status: 0, body: null, headers: {} });
  });
});
