// values-coach-export (issue 16) at 100,000 and 1,000,000 tagged tickets in simulated time at
// Zendesk's limits: requests against the ⌈N/1000⌉ floor, retained memory (must not grow with N),
// simulated time, and what resuming after a kill at 60% costs.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRateLimiter } from '../../test/mocks/rate-limiter';
import { VALUE_TAGS } from '../../test/mocks/factories';
import { main } from '../../src/cli/main';

const VALUES = 9001;
const RECORD = 9002;
const LATENCY_MS = 250;
const PAGE = 1000;
const CURSOR_TTL_MS = 3_600_000;
const FIRST_ID = 1_000_000;
const USERS = Array.from({ length: 200 }, (_, i) => 5000 + i);

/**
 * A synthetic account that computes ticket i on demand (the MSW store would hold a million
 * tickets in the same heap we measure): Search Export in id order with expiring cursors, the
 * endpoints the export reads, and Zendesk's limits (700/min account, 100/min export) on a clock.
 */
function syntheticZendesk(n: number) {
  let ms = Date.parse('2026-11-22T12:00:00Z');
  const clock = { now: () => ms, advance: (d: number) => void (ms += d) };
  const limiter = createRateLimiter(() => new Date(ms));
  limiter.set({ perMinute: 700 });
  limiter.set({ path: '/api/v2/search/export', perMinute: 100 });
  const counts = { all: 0, export: 0, limited: 0 };
  const ticket = (i: number) => {
    const id = FIRST_ID + i;
    const tags = VALUE_TAGS.filter((_, k) => (i + k) % 3 === 0 || k === i % VALUE_TAGS.length);
    const by = USERS[i % USERS.length]!;
    const at = new Date(Date.parse('2026-01-05T00:00:00Z') + i * 25_000).toISOString();
    const lines = tags.map((tag, k) => JSON.stringify({ v: 1, e: `e${id}-${k}`, op: 'add', tag, by, at, reply: id * 10 + k, note: '' }));
    return {
      id,
      subject: `Ticket ${id}`,
      status: 'solved',
      assignee_id: by,
      group_id: 10 + (i % 4),
      created_at: at,
      updated_at: at,
      tags,
      custom_fields: [
        { id: VALUES, value: tags },
        { id: RECORD, value: lines.join('\n') },
      ],
      satisfaction_rating: null,
    };
  };
  const rows = (() => {
    let r = 0;
    for (let i = 0; i < n; i++) r += VALUE_TAGS.filter((_, k) => (i + k) % 3 === 0 || k === i % VALUE_TAGS.length).length;
    return r;
  })();
  const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

  const fetchImpl = async (input: string | URL | Request): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    clock.advance(LATENCY_MS);
    counts.all++;
    const rate = limiter.take(url.pathname);
    const rateHeaders: Record<string, string> = rate
      ? { 'X-Rate-Limit': String(rate.limit), 'X-Rate-Limit-Remaining': String(rate.remaining) }
      : {};
    if (rate && !rate.allowed) {
      counts.limited++;
      return json({ error: 'APIRateLimitExceeded' }, 429, { ...rateHeaders, 'Retry-After': String(rate.retryAfterSeconds) });
    }
    const path = url.pathname.replace(/\.json$/, '');
    if (path === `/api/v2/ticket_fields/${VALUES}`) {
      const options = VALUE_TAGS.map((value, i) => ({ id: 100 + i, name: value, value }));
      return json({ ticket_field: { id: VALUES, type: 'multiselect', title: 'Values', custom_field_options: options } }, 200, rateHeaders);
    }
    if (path === '/api/v2/groups') return json({ groups: [10, 11, 12, 13].map((id) => ({ id, name: `Group ${id}` })) }, 200, rateHeaders);
    if (path === '/api/v2/users/show_many') {
      const ids = (url.searchParams.get('ids') ?? '').split(',').map(Number);
      return json({ users: ids.map((id) => ({ id, name: `Agent ${id}` })) }, 200, rateHeaders);
    }
    if (path === '/api/v2/search/count') return json({ count: n }, 200, rateHeaders);
    if (path === '/api/v2/search/export') {
      counts.export++;
      let start = 0;
      const after = url.searchParams.get('page[after]');
      if (after) {
        const state = JSON.parse(Buffer.from(after, 'base64url').toString()) as { i: number; t: number };
        if (ms - state.t > CURSOR_TTL_MS) return json({ error: 'invalid', description: 'The cursor has expired' }, 400, rateHeaders);
        start = state.i;
      }
      const end = Math.min(n, start + PAGE);
      const results = Array.from({ length: end - start }, (_, k) => ticket(start + k));
      const hasMore = end < n;
      const cursor = hasMore ? Buffer.from(JSON.stringify({ i: end, t: ms })).toString('base64url') : null;
      return json({ results, meta: { has_more: hasMore, after_cursor: cursor } }, 200, rateHeaders);
    }
    return json({ error: 'InvalidEndpoint' }, 404);
  };
  return { clock, counts, fetchImpl, rows };
}

interface RunFigures {
  code: number;
  exportRequests: number;
  requests: number;
  limited: number;
  simulatedSeconds: number;
  retainedMb: number;
  wallSeconds: number;
}

async function runOnce(
  z: ReturnType<typeof syntheticZendesk>,
  out: string,
  options: { killAtExportRequest?: number } = {},
): Promise<RunFigures> {
  const gc = (globalThis as { gc?: () => void }).gc;
  const heap = () => {
    gc?.();
    return process.memoryUsage().heapUsed;
  };
  const baseline = heap();
  let peak = baseline;
  const before = { ...z.counts };
  const startedMs = z.clock.now();
  const wall = Date.now();
  const controller = new AbortController();
  const fetchImpl = async (input: string | URL | Request) => {
    const answer = await z.fetchImpl(input);
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (href.includes('/search/export')) {
      if ((z.counts.export - before.export) % 50 === 0) peak = Math.max(peak, heap());
      if (options.killAtExportRequest !== undefined && z.counts.export - before.export >= options.killAtExportRequest) controller.abort();
    }
    return answer;
  };
  const code = await main({
    argv: ['--url', 'https://acme.zendesk.com', '--email', 'lead@acme.com', '--token-env', 'T', '--values-field', String(VALUES)].concat([
      '--record-field',
      String(RECORD),
      '--since',
      '2026-01-01',
      '--format',
      'csv',
      '--out',
      out,
      '--progress',
      'none',
    ]),
    env: { T: 'token' },
    stdout: () => undefined,
    stderr: () => undefined,
    isTty: false,
    signal: controller.signal,
    sleep: async (ms) => void z.clock.advance(ms),
    now: z.clock.now,
    fetch: fetchImpl,
  });
  peak = Math.max(peak, heap());
  return {
    code,
    exportRequests: z.counts.export - before.export,
    requests: z.counts.all - before.all,
    limited: z.counts.limited - before.limited,
    simulatedSeconds: (z.clock.now() - startedMs) / 1000,
    retainedMb: (peak - baseline) / 1024 / 1024,
    wallSeconds: (Date.now() - wall) / 1000,
  };
}

export async function benchCliExport(sizes = [100_000, 1_000_000]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'vc-cli-bench-'));
  const lines: string[] = [];
  const fmt = (n: number) => n.toLocaleString('en');
  try {
    for (const n of sizes) {
      const z = syntheticZendesk(n);
      const out = join(dir, `full-${n}.csv`);
      const f = await runOnce(z, out);
      const floor = Math.ceil(n / PAGE);
      const minutesAtFloor = floor / 100;
      lines.push(
        `| full run | ${fmt(n)} | ${fmt(z.rows)} | ${f.exportRequests} (floor ${floor}) | ${f.requests} | ${f.limited} | ${(f.simulatedSeconds / 60).toFixed(1)} min (floor ${minutesAtFloor.toFixed(1)} min) | ${f.retainedMb.toFixed(1)} MB | ${(statSync(out).size / 1e6).toFixed(0)} MB | ${f.wallSeconds.toFixed(0)} s | ${f.code === 0 ? 'complete' : `exit ${f.code}`} |`,
      );
    }
    const n = sizes[sizes.length - 1]!;
    const floor = Math.ceil(n / PAGE);
    const z = syntheticZendesk(n);
    const out = join(dir, `killed-${n}.csv`);
    const killed = await runOnce(z, out, { killAtExportRequest: Math.round(floor * 0.6) });
    z.clock.advance(5 * 60_000);
    const resumed = await runOnce(z, out);
    const row = (label: string, f: RunFigures) =>
      `| ${label} | ${fmt(n)} | | ${f.exportRequests} | ${f.requests} | ${f.limited} | ${(f.simulatedSeconds / 60).toFixed(1)} min | ${f.retainedMb.toFixed(1)} MB | | ${f.wallSeconds.toFixed(0)} s | exit ${f.code} |`;
    lines.push(row('killed at 60%', killed), row('resumed (same command)', resumed));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return [
    '## Command-line export (values-coach-export)',
    '',
    `\`npx values-coach-export … --format csv\` against a synthetic account that computes each ticket on demand (so the account's own tickets are not in the measured heap), Search Export limited to 100 requests/minute and the account to 700/minute on a simulated clock, ${LATENCY_MS} ms modelled per request. Each ticket carries 1–3 tag events. "Retained memory" is the heap above the baseline after garbage collection, sampled every 50 pages: it must not grow with N (rows stream to the file; emitted tickets are kept as one bit each). The resume row is the same command run again after a kill at 60% of the pages.`,
    '',
    '| run | tickets | rows | search-export requests | all requests | 429s | simulated time | retained memory | file | wall time | result |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...lines,
    '',
    'All requests = search-export pages + the values field, groups, one search count (the progress bar) and user look-ups (show_many, 100 ids each: O(agents), not O(N)). The floor time is ⌈N/1000⌉ pages at 100 a minute; a run can finish slightly under it because the sliding window lets the first 100 requests go at once.',
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`)
  console.log(await benchCliExport(process.argv[2] ? process.argv.slice(2).map(Number) : undefined));
