// The leads page's load for 100,000 tagged tickets (issue 16), in simulated time at Zendesk's limits:
// requests by kind and the time to the first chart (the whole range's exact per-value ticket counts)
// and to every figure, against the MSW store served over HTTP. No browser: what is measured is the
// load's requests and waits, which dominate at this size (the 20k browser figures are above).
import { createFetchTransport } from '../../src/adapters/zendesk-api/fetch-transport';
import { defaultRetryPolicy } from '../../src/adapters/zendesk-api/send';
import { createZendeskApi } from '../../src/adapters/zendesk-api/zendesk-api';
import type { ZafPort } from '../../src/adapters/zaf/zaf-port';
import { parseSettings } from '../../src/domain/settings/parse-settings';
import { loadLeads } from '../../src/features/dashboard/load-leads';
import { generateTaggedTickets, makeWorld, VALUE_TAGS } from '../../test/mocks/factories';
import { createRateLimiter } from '../../test/mocks/rate-limiter';
import { createZendeskStore } from '../../test/mocks/store';
import { serveZendesk } from '../../test/support/zendesk-http-server';

const LATENCY_MS = 250;
const N = 100_000;

export async function benchLeadsScale(): Promise<string> {
  let ms = Date.parse('2026-11-22T12:00:00Z');
  const now = () => new Date(ms);
  const world = makeWorld({ comments: {} });
  world.tickets = generateTaggedTickets(N, {
    valuesFieldId: 9001,
    recordFieldId: 9002,
    tags: VALUE_TAGS,
    userIds: [1, 2, 4],
    groupIds: [10, 11],
    endAt: '2026-11-22T00:00:00Z',
  });
  const store = createZendeskStore(world, { now });
  const server = await serveZendesk(store);
  const limiter = createRateLimiter(now);
  limiter.set({ perMinute: 700 });
  limiter.set({ path: '/api/v2/search/export', perMinute: 100 });
  const counts = { all: 0, count: 0, export: 0, other: 0, limited: 0 };
  const sleep = async (wait: number) => void (ms += wait);
  const fetchImpl = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    ms += LATENCY_MS; // every request in turn: an upper bound (the counts run four at a time)
    counts.all++;
    const rate = limiter.take(url.pathname.replace(/\.json$/, ''));
    if (rate && !rate.allowed) {
      counts.limited++;
      return new Response(JSON.stringify({ error: 'APIRateLimitExceeded' }), {
        status: 429,
        headers: { 'Retry-After': String(rate.retryAfterSeconds), 'content-type': 'application/json' },
      });
    }
    if (url.pathname.startsWith('/api/v2/search/count')) counts.count++;
    else if (url.pathname.startsWith('/api/v2/search/export')) counts.export++;
    else counts.other++;
    return fetch(input, init);
  };
  const transport = createFetchTransport({ baseUrl: server.url, email: 'a@b.c', token: 't', fetch: fetchImpl });
  const api = createZendeskApi(transport, { ...defaultRetryPolicy, sleep, random: () => 0.5 });
  const config = parseSettings(world.settings);
  const start = ms;
  let firstChart: { ms: number; requests: number } | null = null;
  try {
    const data = await loadLeads({
      port: transport as unknown as ZafPort,
      api,
      settings: config.settings,
      catalogue: config.catalogue.catalogue,
      from: '2026-10-12',
      to: '2026-11-22',
      signal: new AbortController().signal,
      sleep,
      onCounts: (c) => {
        const values = c.plan.buckets.filter((b) => b.kind === 'value' || b.kind === 'total');
        if (!firstChart && values.every((b) => c.counts.has(`${b.kind}:${b.key}`))) firstChart = { ms: ms - start, requests: counts.all };
      },
    });
    const all = (ms - start) / 1000;
    const first = firstChart as { ms: number; requests: number } | null;
    return [
      '## Leads page at 100,000 tagged tickets (simulated time at Zendesk limits)',
      '',
      `${N.toLocaleString('en')} tagged tickets over six weeks in the MSW store (served over HTTP); range ${'2026-10-12'} – ${'2026-11-22'}; cap ${data.coverage.cap.toLocaleString('en')} tickets read. Limits: 700 requests/min for the account, 100/min for Search Export; ${LATENCY_MS} ms a request, counted one after another (an upper bound: the counts go four at a time). \`npm run bench\` (scripts/bench/leads-scale-bench.ts).`,
      '',
      '| figure | value |',
      '| --- | --- |',
      `| tagged tickets in range (exact, search count) | ${(data.rangeCounts?.counts.get('total:total') ?? 0).toLocaleString('en')} |`,
      `| first chart (whole range, tickets per value, exact) | ${first ? `${(first.ms / 1000).toFixed(1)} s simulated, after ${first.requests} requests` : 'not reached'} |`,
      `| every figure (newest window read, names, satisfaction, all buckets) | ${all.toFixed(1)} s simulated |`,
      `| requests: search counts / Search Export pages / other | ${counts.count} / ${counts.export} / ${counts.other} (429s: ${counts.limited}) |`,
      `| ticket bodies read | ${data.tickets.length.toLocaleString('en')} (the newest window, from ${data.coverage.since ?? 'the start'}) |`,
      '',
    ].join('\n');
  } finally {
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchLeadsScale());
