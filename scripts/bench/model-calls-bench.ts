// Model calls: how many provider requests the sidebar's policy makes per ticket view and per new
// message (remembered per message, shared while under way, capped per day in the account's shared
// count), the Zendesk requests that count costs, and how big a request is.
import { setupServer } from 'msw/node';
import { makeWorld } from '../../test/mocks/factories';
import { createZendeskStore } from '../../test/mocks/store';
import { createNodePort } from '../../test/support/node-port';
import { createCustomObjectRecordsApi } from '../../src/adapters/zendesk-api/custom-object-records';
import { createModelUsageCounter } from '../../src/adapters/zendesk-api/model-usage-counter';
import { createMemoryStore } from '../../src/adapters/storage/local-store';
import type { ModelSettings } from '../../src/domain/settings/model-settings';
import { suggestionCacheKey } from '../../src/domain/suggest-llm/cache-key';
import type { ProviderReply } from '../../src/domain/suggest-llm/outcome';
import { messagesToSend } from '../../src/domain/suggest-llm/prompt';
import { KEY_PLACEHOLDER, buildProviderRequest } from '../../src/domain/suggest-llm/provider-request';
import type { ProviderRequest } from '../../src/domain/suggest-llm/types';
import type { TicketComment, TicketSnapshot } from '../../src/domain/ticket';
import { modelOutcomeFor } from '../../src/features/suggestions/model-caller';
import { readCases, readCatalogues, toCatalogue, toTicket } from '../lib/eval-data';

const DEV = '../shared/eval/dev';
const settings: ModelSettings = {
  enabled: true,
  provider: 'openai',
  model: 'bench',
  baseUrl: 'https://api.openai.com/v1',
  masking: true,
  dailyCap: 0,
};

export async function benchModelCalls(): Promise<string> {
  const catalogues = new Map([...readCatalogues(`${DEV}/catalogues.json`)].map(([id, c]) => [id, toCatalogue(c)]));
  const cases = readCases(`${DEV}/cases.jsonl`, () => undefined);
  let calls = 0;
  const send = async (request: ProviderRequest): Promise<ProviderReply> => {
    calls++;
    const value = (request.body.response_format as { json_schema: { schema: { properties: { value: { enum: string[] } } } } }).json_schema
      .schema.properties.value.enum[0];
    return {
      kind: 'response',
      status: 200,
      headers: {},
      body: { choices: [{ message: { content: JSON.stringify({ value, band: 'moderate', reasons: [] }) } }] },
    };
  };
  const storage = createMemoryStore();
  // The account's daily count (ADR 0080) in the in-memory Zendesk, through the real records adapter.
  const zendesk = createZendeskStore(makeWorld({ currentUserId: 2 }));
  const server = setupServer(...zendesk.handlers());
  server.listen({ onUnhandledRequest: 'error' });
  const counter = createModelUsageCounter(createCustomObjectRecordsApi(createNodePort()));
  await counter.ready(true);
  zendesk.setCurrentUserId(1);
  zendesk.clearRequests();
  const claim = (at: Date, cap: number) => counter.claim(1, at, cap);
  const deps = { storage, send, now: () => new Date('2026-12-01T10:00:00Z'), claim };
  const view = async (ticket: TicketSnapshot, catalogueId: string) => {
    const key = suggestionCacheKey(ticket, settings);
    if (key) await modelOutcomeFor(deps, settings, catalogues.get(catalogueId)!, ticket, key);
  };
  const add = (ticket: TicketSnapshot, comment: TicketComment): TicketSnapshot => ({ ...ticket, comments: [...ticket.comments, comment] });

  const rows: [string, number, number, number][] = [];
  const measure = async (label: string, events: number, step: () => Promise<void>) => {
    const before = calls;
    const requestsBefore = zendesk.requests().length;
    await step();
    rows.push([label, events, calls - before, zendesk.requests().length - requestsBefore]);
  };
  const tickets = cases.map((c, i) => ({ ticket: { ...toTicket(c.ticket ?? {}), id: 10_000 + i }, catalogue: c.catalogue }));
  const n = tickets.length;
  await measure('first view of each ticket', n, async () => {
    for (const t of tickets) await view(t.ticket, t.catalogue);
  });
  await measure('3 more views of each ticket (come back, reload after a tag, new tab)', 3 * n, async () => {
    for (const t of tickets) for (let i = 0; i < 3; i++) await view(t.ticket, t.catalogue);
  });
  await measure('2 views at once (a reload while the call is under way)', 2 * n, async () => {
    for (const t of tickets) {
      const ticket = add(t.ticket, { authorRole: 'end-user', public: true, body: 'Hello? Anyone there?' });
      t.ticket = ticket;
      await Promise.all([view(ticket, t.catalogue), view(ticket, t.catalogue)]);
    }
  });
  await measure('an internal note added, then a view', n, async () => {
    for (const t of tickets) {
      t.ticket = add(t.ticket, { authorRole: 'agent', public: false, body: 'Checked the logs, nothing there.' });
      await view(t.ticket, t.catalogue);
    }
  });
  await measure('a new customer message, then 2 views', n, async () => {
    for (const t of tickets) {
      t.ticket = add(t.ticket, { authorRole: 'end-user', public: true, body: 'Any update on this? It is still broken.' });
      await view(t.ticket, t.catalogue);
      await view(t.ticket, t.catalogue);
    }
  });
  await measure('a new agent reply, then a view', n, async () => {
    for (const t of tickets) {
      t.ticket = add(t.ticket, { authorRole: 'agent', public: true, body: 'I have escalated this and will write again by noon.' });
      await view(t.ticket, t.catalogue);
    }
  });

  // The cap: another 5 views of new messages with today's cap set to what is already counted.
  const counted = (await counter.ledger())['2026-12-01'] ?? 0;
  const capped = { ...settings, dailyCap: counted };
  const callsBeforeCap = calls;
  const capRequestsBefore = zendesk.requests().length;
  for (const t of tickets.slice(0, 5)) {
    t.ticket = add(t.ticket, { authorRole: 'end-user', public: true, body: 'One more thing.' });
    const key = suggestionCacheKey(t.ticket, capped);
    if (key) await modelOutcomeFor(deps, capped, catalogues.get(t.catalogue)!, t.ticket, key);
  }
  const capCalls = calls - callsBeforeCap;
  const capRequests = zendesk.requests().length - capRequestsBefore;
  server.close();

  const sizes = tickets
    .map(
      (t) =>
        JSON.stringify(buildProviderRequest(settings, catalogues.get(t.catalogue)!, messagesToSend(t.ticket, true), KEY_PLACEHOLDER).body)
          .length,
    )
    .sort((a, b) => a - b);
  const per = (events: number, c: number) => (c / Math.max(1, events)).toFixed(2);
  return [
    '## Model calls (language-model suggestions)',
    '',
    `${n} dev tickets through the sidebar's call policy (\`modelOutcomeFor\`: remembered per ticket and last public message, shared while under way), with a fake provider that answers at once. No provider is reachable here: the quality of a model's suggestions is not measured (run \`npm run --silent suggest -- … --provider …\` with a key for that). Hidden sidebars make no call (the hook passes no key; covered by \`model-suggestion.test.tsx\`).`,
    '',
    "Each model call is first counted in the account's shared count (ADR 0080: one search for today's counts, one upsert of the agent's own slot, in the in-memory Zendesk here), so the Zendesk requests column is what the daily cap costs the account's API limit.",
    '',
    '| event | events | model calls | calls per event | Zendesk requests (count) |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map(([label, events, c, r]) => `| ${label} | ${events} | ${c} | ${per(events, c)} | ${r} |`),
    `| a new message when today's cap (${counted}) is reached | 5 | ${capCalls} | ${per(5, capCalls)} | ${capRequests} |`,
    '',
    `Request body (masked, catalogue + public messages): median ${(sizes[Math.floor(sizes.length / 2)]! / 1024).toFixed(1)} KB, max ${(sizes.at(-1)! / 1024).toFixed(1)} KB (bounded by 20 messages / 20,000 characters of ticket text).`,
    '',
  ].join('\n');
}
