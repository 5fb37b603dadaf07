// Export under Zendesk's limits: N tagged tickets in the test double, Search Export limited to 100
// requests a minute in simulated time; requests against the ⌈N/1000⌉ floor, simulated time, memory.
import { setupServer } from 'msw/node';
import { createClock, generateTaggedTickets, makeWorld } from '../../test/mocks/factories';
import { createZendeskStore } from '../../test/mocks/store';
import { createNodePort } from '../../test/support/node-port';
import { createZendeskApi } from '../../src/adapters/zendesk-api/zendesk-api';
import { defaultRetryPolicy } from '../../src/adapters/zendesk-api/send';
import { DEFAULT_CATALOGUE } from '../../src/domain/catalogue/default-catalogue';
import { createCsvWriter } from '../../src/domain/export/csv';
import { EXPORT_COLUMNS, type ExportColumn } from '../../src/domain/export/rows';
import { runTagExport } from '../../src/features/export/run-tag-export';

const VALUES = 9001;
const RECORD = 9002;
const LATENCY_MS = 250;

interface Figures {
  tickets: number;
  rows: number;
  requests: number;
  exportRequests: number;
  floor: number;
  simulatedSeconds: number;
  peakHeapMb: number;
  wallSeconds: number;
  complete: boolean;
}

async function run(n: number, withRecord: boolean, perMinuteAudits = 200): Promise<Figures> {
  const clock = createClock('2026-11-22T12:00:00Z');
  const world = makeWorld();
  const store = createZendeskStore(world, { now: clock.now, copy: false });
  const users = world.users.filter((u) => u.role !== 'end-user').map((u) => u.id);
  const tags = DEFAULT_CATALOGUE.values.map((v) => v.tag);
  for (const field of world.ticket_fields) {
    if (field.type === 'multiselect')
      field.custom_field_options = tags.map((value, i) => ({ id: 100 + i, name: value, raw_name: value, value, position: i }));
  }
  store.addTickets(
    generateTaggedTickets(n, {
      valuesFieldId: VALUES,
      recordFieldId: RECORD,
      tags,
      userIds: users,
      groupIds: world.groups.map((g) => g.id),
      seed: 7,
      endAt: '2026-11-21T00:00:00Z',
    }),
  );
  store.setRateLimit({ path: '/api/v2/search/export', perMinute: 100 });
  store.setRateLimit({ perMinute: 700 });
  const server = setupServer(...store.handlers());
  server.listen({ onUnhandledRequest: 'error' });
  const base = createNodePort({ user: { id: users[0]!, name: 'Lead', role: 'admin', locale: 'en', groups: [] } });
  // Each request takes a modelled 250 ms of Zendesk time (a 1000-ticket page is not instant).
  const port = { ...base, request: async (r: Parameters<typeof base.request>[0]) => (clock.advance(LATENCY_MS), base.request(r)) };
  store.setCurrentUserId(users[0]!);
  const api = createZendeskApi(port, { ...defaultRetryPolicy, sleep: async (ms) => void clock.advance(ms) });
  const headers = Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, c])) as Record<ExportColumn, string>;
  let bytes = 0;
  const writer = createCsvWriter({ bom: true, headers }, (chunk) => void (bytes += chunk.length));
  // With --expose-gc (npm run bench sets it) each sample measures what is retained, not garbage.
  const gc = (globalThis as { gc?: () => void }).gc;
  const heap = () => {
    gc?.();
    return process.memoryUsage().heapUsed;
  };
  const baseline = heap();
  let peak = baseline;
  let samples = 0;
  const sample = () => {
    if (samples++ % 5 === 0) peak = Math.max(peak, heap());
  };
  const started = clock.now().getTime();
  const wall = Date.now();
  const settings = { valuesFieldId: VALUES, recordFieldId: withRecord ? RECORD : null };
  const result = await runTagExport({
    port,
    api,
    catalogue: DEFAULT_CATALOGUE,
    ...settings,
    filters: { from: '2020-01-01', to: '2026-12-31', valueTags: [], agentIds: [], groupIds: [] },
    groupName: String,
    ticketUrl: (id) => `https://acme.zendesk.com/agent/tickets/${id}`,
    signal: new AbortController().signal,
    onRow: (row) => writer.writeRow(row),
    onProgress: sample,
    sleep: async (ms) => void clock.advance(ms),
    now: () => clock.now().getTime(),
  });
  writer.end();
  sample();
  server.close();
  const exportRequests = store.requests().filter((r) => r.url.includes('/search/export')).length;
  void bytes;
  void perMinuteAudits;
  return {
    tickets: n,
    rows: result.rows,
    requests: store.requests().length,
    exportRequests,
    floor: Math.ceil(n / 1000),
    simulatedSeconds: (clock.now().getTime() - started) / 1000,
    peakHeapMb: (peak - baseline) / 1024 / 1024,
    wallSeconds: (Date.now() - wall) / 1000,
    complete: result.complete,
  };
}

export async function benchExport(): Promise<string> {
  const ten = await run(10_000, true);
  const hundred = await run(100_000, true);
  const noRecord = await run(1_000, false);
  const row = (label: string, f: Figures) =>
    `| ${label} | ${f.tickets.toLocaleString('en')} | ${f.rows.toLocaleString('en')} | ${f.exportRequests} (floor ${f.floor}) | ${f.requests} | ${f.simulatedSeconds.toFixed(0)} s | ${f.peakHeapMb.toFixed(0)} MB | ${f.wallSeconds.toFixed(1)} s | ${f.complete ? 'yes' : 'no'} |`;
  return [
    '## Export under rate limits',
    '',
    `Tagged tickets in the test double; Search Export limited to 100 requests/minute and the account to 700/minute, in simulated time with a modelled ${LATENCY_MS} ms per request (the runner paces itself; audits are paced at 200/minute). Rows stream to a CSV writer that keeps only a byte count. "Retained memory" is the heap the export holds above the baseline (the test double's own tickets excluded), sampled after garbage collection.`,
    '',
    '| run | tickets | rows | search-export requests | all requests | simulated time | retained memory | wall time | complete |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    row('record field', ten),
    row('record field', hundred),
    row('no record field (audits)', noRecord),
    '',
    'All requests = search-export pages + user look-ups (show_many, 100 ids each)' +
      ' + (without a record field) one audits request per ticket.',
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchExport());
