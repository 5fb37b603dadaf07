import { describe, expect, it } from 'vitest';
import { useZendesk, ORIGIN } from './node-testing';
import { createClock } from './factories';
import { ZENDESK_RATE_LIMITS } from './store';

const zd = useZendesk();

describe('rate limits', () => {
  it('answers 429 with Retry-After once an endpoint family is over its per-minute limit', async () => {
    const clock = createClock();
    const store = zd.start(undefined, { now: clock.now });
    store.setRateLimit({ path: '/api/v2/search/export', perMinute: 3 });
    const url = '/api/v2/search/export.json?query=type:ticket&filter[type]=ticket';
    for (let i = 0; i < 3; i++) {
      const ok = await zd.call(url);
      expect(ok.status).toBe(200);
      expect(ok.headers.get('X-Rate-Limit')).toBe('3');
      expect(ok.headers.get('X-Rate-Limit-Remaining')).toBe(String(2 - i));
      clock.advance(10_000);
    }
    const limited = await zd.call(url);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('30');
    expect(limited.headers.get('X-Rate-Limit-Remaining')).toBe('0');
    expect(limited.json).toMatchObject({ error: 'APIRateLimitExceeded' });
    // Other families are not affected.
    expect((await zd.call('/api/v2/tickets/1')).status).toBe(200);
    clock.advance(30_000);
    expect((await zd.call(url)).status).toBe(200);
  });

  it('applies an account-wide limit when no path is given', async () => {
    const clock = createClock();
    const store = zd.start(undefined, { now: clock.now });
    store.setRateLimit({ perMinute: 2 });
    expect((await zd.call('/api/v2/tickets/1')).status).toBe(200);
    expect((await zd.call('/api/v2/users/me')).status).toBe(200);
    expect((await zd.call('/api/v2/groups')).status).toBe(429);
    store.clearRateLimits();
    expect((await zd.call('/api/v2/groups')).status).toBe(200);
  });
});

describe('Zendesk-like limits from the start', () => {
  it('holds search export to 100 a minute inside the 700 account-wide limit', async () => {
    const clock = createClock();
    zd.start(undefined, { now: clock.now, rateLimits: ZENDESK_RATE_LIMITS });
    const url = '/api/v2/search/export.json?query=type:ticket&filter[type]=ticket';
    for (let i = 0; i < 100; i++) expect((await zd.call(url)).status).toBe(200);
    expect((await zd.call(url)).status).toBe(429);
    const other = await zd.call('/api/v2/tickets/1');
    expect(other.status).toBe(200);
    expect(other.headers.get('X-Rate-Limit')).toBe('700');
    expect(other.headers.get('X-Rate-Limit-Remaining')).toBe('599');
  });
});

describe('faults', () => {
  it('produces 429 with Retry-After, then the normal answer once spent', async () => {
    const store = zd.start();
    store.fault({ path: '/api/v2/tickets', status: 429, retryAfter: 7 });
    const faulted = await zd.call('/api/v2/tickets/1.json');
    expect(faulted.status).toBe(429);
    expect(faulted.headers.get('Retry-After')).toBe('7');
    expect((await zd.call('/api/v2/tickets/1.json')).status).toBe(200);
  });

  it('produces 409 with the conflict body only for the matching method, `times` times', async () => {
    const store = zd.start();
    store.fault({ method: 'PUT', path: '/api/v2/tickets/1', status: 409, times: 2 });
    expect((await zd.call('/api/v2/tickets/1')).status).toBe(200);
    const put = () => zd.call('/api/v2/tickets/1', { method: 'PUT', body: { ticket: { tags: ['a'] } } });
    const first = await put();
    expect(first.status).toBe(409);
    expect(first.json).toMatchObject({ error: 'UpdateConflict' });
    expect((await put()).status).toBe(409);
    expect((await put()).status).toBe(200);
    expect(store.faults()).toEqual([]);
  });

  it('produces 500 with an InternalError body', async () => {
    const store = zd.start();
    store.fault({ status: 500 });
    const { status, json } = await zd.call('/api/v2/groups');
    expect(status).toBe(500);
    expect(json).toMatchObject({ error: 'InternalError' });
  });

  it('fails the request at the network level when offline', async () => {
    const store = zd.start();
    store.fault({ offline: true, times: 2 });
    await expect(fetch(`${ORIGIN}/api/v2/tickets/1`)).rejects.toThrow();
    await expect(fetch(`${ORIGIN}/api/v2/tickets/1`)).rejects.toThrow();
    expect((await zd.call('/api/v2/tickets/1')).status).toBe(200);
    expect(store.requests().map((r) => r.status)).toEqual([0, 0, 200]);
  });

  it('delays the normal answer', async () => {
    const store = zd.start();
    store.fault({ delayMs: 60 });
    const started = performance.now();
    expect((await zd.call('/api/v2/tickets/1')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(50);
  });

  it('does not match a different ticket id with a path prefix', async () => {
    const store = zd.start();
    store.fault({ path: '/api/v2/tickets/10', status: 500 });
    expect((await zd.call('/api/v2/tickets/1')).status).toBe(200);
    store.clearFaults();
    expect(store.faults()).toEqual([]);
  });
});

describe('request log', () => {
  it('records method, url, status and the parsed body of writes', async () => {
    const store = zd.start();
    await zd.call('/api/v2/tickets/1.json');
    await zd.call('/api/v2/tickets/1.json', { method: 'PUT', body: { ticket: { tags: ['x'] } } });
    await zd.call('/api/v2/tickets/77.json');
    expect(store.requests()).toEqual([
      { method: 'GET', url: `${ORIGIN}/api/v2/tickets/1.json`, status: 200 },
      { method: 'PUT', url: `${ORIGIN}/api/v2/tickets/1.json`, status: 200, body: { ticket: { tags: ['x'] } } },
      { method: 'GET', url: `${ORIGIN}/api/v2/tickets/77.json`, status: 404 },
    ]);
    store.clearRequests();
    expect(store.requests()).toEqual([]);
  });
});
