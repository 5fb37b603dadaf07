import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runExport, type PageResult } from './runner';

type T = { id: number };

/** Virtual time: sleeping advances the clock instantly, and every wait is recorded. */
function clock() {
  let t = 0;
  const sleeps: number[] = [];
  return { now: () => t, sleep: async (ms: number) => void (sleeps.push(ms), (t += ms)), sleeps, advance: (ms: number) => (t += ms) };
}

/** A fake Search Export of `total` tickets in pages of `size`, with scripted failures by request number. */
function exportOf(total: number, size: number, failures: Record<number, PageResult<T>> = {}) {
  const cursors: (string | null)[] = [];
  let calls = 0;
  const fetchPage = async (cursor: string | null): Promise<PageResult<T>> => {
    calls++;
    cursors.push(cursor);
    const failure = failures[calls];
    if (failure) return failure;
    const start = cursor === null ? 0 : Number(cursor);
    const tickets = Array.from({ length: Math.min(size, total - start) }, (_, i) => ({ id: start + i + 1 }));
    const next = start + tickets.length;
    return { ok: true, tickets, afterCursor: next < total ? String(next) : null, hasMore: next < total };
  };
  return { fetchPage, cursors, calls: () => calls };
}

describe('runExport', () => {
  it('makes one request per page in the normal case', async () => {
    const c = clock();
    const source = exportOf(2500, 1000);
    const seen: number[] = [];
    const result = await runExport({ fetchPage: source.fetchPage, onTicket: (t) => void seen.push(t.id), sleep: c.sleep, now: c.now });
    expect(result).toEqual({ complete: true, cancelled: false, error: null, requests: 3, pages: 3, tickets: 2500 });
    expect(seen).toHaveLength(2500);
    expect(c.sleeps).toEqual([]);
  });

  it('resumes from a start cursor, skipping tickets a seen-set already holds, and restarts if that cursor expired', async () => {
    const c = clock();
    const source = exportOf(3000, 1000);
    const emitted: number[] = [];
    const seen = new Set([1001, 1002]);
    const resumed = await runExport({
      fetchPage: source.fetchPage,
      onTicket: (t) => void emitted.push(t.id),
      sleep: c.sleep,
      now: c.now,
      startCursor: '1000',
      seen,
    });
    expect(source.cursors[0]).toBe('1000');
    expect(resumed.complete).toBe(true);
    expect(emitted).toHaveLength(1998);
    expect(emitted).not.toContain(1001);

    const expired = exportOf(2000, 1000, { 1: { ok: false, status: 400 } });
    const again: number[] = [];
    const ids = new Set(Array.from({ length: 1000 }, (_, i) => i + 1));
    const result = await runExport({
      fetchPage: expired.fetchPage,
      onTicket: (t) => void again.push(t.id),
      sleep: c.sleep,
      now: c.now,
      startCursor: 'old',
      seen: ids,
    });
    expect(expired.cursors.slice(0, 2)).toEqual(['old', null]);
    expect(result.complete).toBe(true);
    expect(again).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1001));
  });

  it('waits exactly Retry-After on a 429 and asks for the same cursor again', async () => {
    const c = clock();
    const source = exportOf(2500, 1000, { 2: { ok: false, status: 429, retryAfterSeconds: 13 } });
    const result = await runExport({ fetchPage: source.fetchPage, onTicket: () => undefined, sleep: c.sleep, now: c.now });
    expect(result.complete).toBe(true);
    expect(c.sleeps).toEqual([13_000]);
    expect(source.cursors).toEqual([null, '1000', '1000', '2000']);
  });

  it('backs off on 5xx and offline, resuming from the last good cursor', async () => {
    const c = clock();
    const source = exportOf(3000, 1000, { 2: { ok: false, status: 503 }, 3: { ok: false, status: 0 } });
    const seen: number[] = [];
    const result = await runExport({ fetchPage: source.fetchPage, onTicket: (t) => void seen.push(t.id), sleep: c.sleep, now: c.now });
    expect(result.complete).toBe(true);
    expect(source.cursors).toEqual([null, '1000', '1000', '1000', '2000']);
    expect(c.sleeps).toEqual([1000, 2000]);
    expect(new Set(seen).size).toBe(3000);
  });

  it('gives up after too many failures in a row, and says the result is partial', async () => {
    const c = clock();
    const failures = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [i + 2, { ok: false as const, status: 500 }]));
    const result = await runExport({
      fetchPage: exportOf(3000, 1000, failures).fetchPage,
      onTicket: () => undefined,
      sleep: c.sleep,
      now: c.now,
      maxTransientRetries: 3,
    });
    expect(result).toMatchObject({ complete: false, cancelled: false, error: 'server', tickets: 1000 });
  });

  it('restarts an expired cursor from the beginning without emitting a ticket twice', async () => {
    const c = clock();
    const source = exportOf(3000, 1000, { 3: { ok: false, status: 400 } });
    const seen: number[] = [];
    const result = await runExport({ fetchPage: source.fetchPage, onTicket: (t) => void seen.push(t.id), sleep: c.sleep, now: c.now });
    expect(result.complete).toBe(true);
    expect(source.cursors).toEqual([null, '1000', '2000', null, '1000', '2000']);
    expect(seen).toHaveLength(3000);
    expect(new Set(seen).size).toBe(3000);
  });

  it('gives up instead of restarting forever when every cursor is refused', async () => {
    const c = clock();
    const source = exportOf(3000, 1000);
    let calls = 0;
    const result = await runExport({
      fetchPage: async (cursor) => (++calls, cursor === null ? source.fetchPage(null) : { ok: false as const, status: 400 }),
      onTicket: () => undefined,
      sleep: c.sleep,
      now: c.now,
    });
    expect(result).toMatchObject({ complete: false, cancelled: false, error: 'cursor-rejected', tickets: 1000 });
    expect(calls).toBe(8);
  });

  it('stops making requests once cancelled', async () => {
    const c = clock();
    const source = exportOf(5000, 1000);
    const controller = new AbortController();
    const result = await runExport({
      fetchPage: source.fetchPage,
      onTicket: (t) => {
        if (t.id === 1500) controller.abort();
      },
      sleep: c.sleep,
      now: c.now,
      signal: controller.signal,
    });
    expect(result).toMatchObject({ complete: false, cancelled: true, error: null });
    expect(source.calls()).toBe(2);
  });

  it('never makes more than the budget of requests in any minute of virtual time', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 120 }), async (perMinute, pages) => {
        const c = clock();
        const times: number[] = [];
        const source = exportOf(pages * 10, 10);
        await runExport({
          fetchPage: (cursor) => {
            times.push(c.now());
            c.advance(50);
            return source.fetchPage(cursor);
          },
          onTicket: () => undefined,
          sleep: c.sleep,
          now: c.now,
          maxRequestsPerMinute: perMinute,
        });
        expect(times).toHaveLength(pages);
        for (let i = perMinute; i < times.length; i++) expect(times[i]! - times[i - perMinute]!).toBeGreaterThanOrEqual(60_000);
      }),
      { numRuns: 40 },
    );
  });
});
