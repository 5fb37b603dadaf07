import { setupServer } from 'msw/node';
import world from '../fixtures/world.json';
import { createZendeskStore } from '../mocks/store';
import type { FaultRule } from '../mocks/faults';
import type { World } from '../mocks/world';
import { createMemoryStore } from '../../src/adapters/storage/local-store';
import { createZendeskApi } from '../../src/adapters/zendesk-api/zendesk-api';
import { activeTags } from '../../src/domain/tagging/active-tags';
import { parseRecord } from '../../src/domain/tagging/tag-record';
import { createOutboxStore } from '../../src/features/tagging/outbox-store';
import { createTagSender } from '../../src/features/tagging/tag-sender';
import { createNodePort, recordingPolicy } from './node-port';

export interface FaultScenario {
  name: string;
  faults: FaultRule[];
}

export interface ScenarioResult {
  name: string;
  writesAttempted: number;
  landedAtOnce: number;
  pendingThenLanded: number;
  lost: number;
  requests: number;
}

const TICKETS = [1001, 1002, 1003, 1005, 1006];
const TAGS = ['vc_own_the_outcome', 'vc_lead_with_empathy', 'vc_say_it_plainly'];

export const SCENARIOS: FaultScenario[] = [
  { name: 'no faults', faults: [] },
  { name: '409 once per write', faults: [{ method: 'PUT', status: 409, times: 15 }] },
  { name: '409 three times in a row', faults: [{ method: 'PUT', status: 409, times: 3 }] },
  { name: '429 Retry-After 2 s', faults: [{ status: 429, retryAfter: 2, times: 6 }] },
  { name: '500 twice', faults: [{ status: 500, times: 2 }] },
  { name: '500 beyond the retries', faults: [{ status: 500, times: 40 }] },
  { name: 'offline for 4 requests', faults: [{ offline: true, times: 4 }] },
  { name: 'offline for everything, then back', faults: [{ offline: true, times: 1000 }] },
  {
    name: 'mixed 409 + 429 + 500 + offline',
    faults: [
      { method: 'PUT', status: 409, times: 4 },
      { status: 429, retryAfter: 1, times: 3 },
      { status: 500, times: 3 },
      { offline: true, times: 2 },
    ],
  },
];

/**
 * Sends 15 tag writes (5 tickets × 3 values) under a fault scenario, then lifts the faults and
 * flushes the outbox as the next app load would. A write is lost if its event is not in the
 * ticket's record afterwards.
 */
export async function runScenario(scenario: FaultScenario): Promise<ScenarioResult> {
  const store = createZendeskStore(world as unknown as World);
  const server = setupServer(...store.handlers());
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const api = createZendeskApi(createNodePort(), recordingPolicy().policy);
    const outbox = createOutboxStore(createMemoryStore());
    const sender = createTagSender({
      api,
      outbox,
      settings: { valuesFieldId: 360010001, recordFieldId: 360010002 },
      noteFor: () => undefined,
      actor: {
        user: { id: 361001, role: 'agent', groupIds: [360003] },
        settings: { taggerRoles: ['admin'], taggerGroupIds: [360003], agentsTagOwnReplies: false, tagging: { enabled: true } },
      },
    });
    for (const fault of scenario.faults) store.fault(fault);
    const eventIds: { ticketId: number; eventId: string }[] = [];
    let landedAtOnce = 0;
    let n = 0;
    for (const ticketId of TICKETS) {
      for (const tag of TAGS) {
        const eventId = `m${++n}`;
        eventIds.push({ ticketId, eventId });
        const outcome = await sender.submit(ticketId, {
          op: 'add',
          adds: [{ tag, eventId }],
          replyId: null,
          by: 361001,
          at: '2026-11-22T10:00:00.000Z',
        });
        if (outcome.kind === 'landed') landedAtOnce++;
      }
    }
    store.clearFaults();
    const pendingThenLanded = await sender.flush();
    const lost = eventIds.filter(({ ticketId, eventId }) => {
      const record = store.ticket(ticketId).custom_fields.find((f) => f.id === 360010002)?.value as string | null;
      return !activeTags(parseRecord(record).events).some((e) => e.e === eventId);
    }).length;
    return {
      name: scenario.name,
      writesAttempted: eventIds.length,
      landedAtOnce,
      pendingThenLanded,
      lost,
      requests: store.requests().length,
    };
  } finally {
    server.close();
  }
}
