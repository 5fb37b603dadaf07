// The Wall with 2,000 notes: requests and time to the first notes, and to every note a page at a time,
// through the real records adapter against the in-memory Zendesk (MSW in Node, Zendesk's rate limits on).
import { setupServer } from 'msw/node';
import { makeWorld } from '../../test/mocks/factories';
import { createZendeskStore, ZENDESK_RATE_LIMITS } from '../../test/mocks/store';
import { wallNoteRecord, wallObjectWorld } from '../../test/mocks/wall-seed';
import { createNodePort } from '../../test/support/node-port';
import { createCustomObjectRecordsApi } from '../../src/adapters/zendesk-api/custom-object-records';
import { DEFAULT_CATALOGUE } from '../../src/domain/catalogue/default-catalogue';
import { WALL_OBJECT } from '../../src/domain/wall/note-record';
import { loadNotesPage } from '../../src/features/wall/load-notes';

const NOTES = 2000;

export async function benchWall(): Promise<string> {
  const tags = DEFAULT_CATALOGUE.values.map((v) => v.tag);
  const records = Array.from({ length: NOTES }, (_, i) =>
    wallNoteRecord({
      seq: i + 1,
      valueTag: tags[i % tags.length]!,
      body: `Note ${i + 1}: ${'what this value means to me '.repeat(8)}`,
      authorId: 1,
      authorName: 'Ada Agent',
      at: new Date(Date.parse('2026-06-01T00:00:00Z') + i * 3_600_000).toISOString(),
    }),
  );
  const store = createZendeskStore(makeWorld({ ...wallObjectWorld(), custom_object_records: { [WALL_OBJECT.key]: records } }), {
    rateLimits: ZENDESK_RATE_LIMITS,
  });
  const server = setupServer(...store.handlers());
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const api = createCustomObjectRecordsApi(createNodePort());
    const query = { valueTag: null, month: null, includeHidden: false };
    const started = performance.now();
    let page = await loadNotesPage(api, query, null);
    const firstMs = performance.now() - started;
    const firstRequests = store.requests().length;
    let shown = page.notes.length;
    while (page.next) {
      page = await loadNotesPage(api, query, page.next);
      shown += page.notes.length;
    }
    const allMs = performance.now() - started;
    store.clearRequests();
    const valueStarted = performance.now();
    await loadNotesPage(api, { ...query, valueTag: tags[0]! }, null);
    const valueMs = performance.now() - valueStarted;
    return [
      '## The values wall with 2,000 notes',
      '',
      `${NOTES} notes on ${tags.length} values; the Wall asks for pages of 100 newest first (custom object records search), the sidebar one page for one value when its wall is opened.`,
      '',
      '| what | requests | time |',
      '| --- | --- | --- |',
      `| Wall: first notes on screen (data) | ${firstRequests} | ${firstMs.toFixed(0)} ms |`,
      `| Wall: every note, "Load more" until the end (${shown} notes) | ${Math.ceil(NOTES / 100)} | ${allMs.toFixed(0)} ms |`,
      `| Sidebar: a value's wall opened | 1 | ${valueMs.toFixed(0)} ms |`,
      '| Sidebar: a plain ticket view | 0 (asserted by test/e2e/wall.e2e.ts, not timed here) | – |',
      '',
      'Times are the in-memory double answering in Node (no network); on Zendesk add one round trip per request.',
      '',
    ].join('\n');
  } finally {
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchWall());
