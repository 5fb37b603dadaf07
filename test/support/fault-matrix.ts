import { setupServer } from 'msw/node';
import world from '../fixtures/world.json';
import { createZendeskStore, type ZendeskStore } from '../mocks/store';
import type { FaultRule } from '../mocks/faults';
import type { World } from '../mocks/world';
import { createLocalStore, createMemoryStore, type LocalStore } from '../../src/adapters/storage/local-store';
import { createZendeskApi } from '../../src/adapters/zendesk-api/zendesk-api';
import { parseOutbox, serializeOutbox } from '../../src/domain/tagging/outbox';
import { formatTagEvent } from '../../src/domain/tagging/tag-event';
import { parseRecord } from '../../src/domain/tagging/tag-record';
import { createOutboxStore } from '../../src/features/tagging/outbox-store';
import { createTagSender, type SendOutcome } from '../../src/features/tagging/tag-sender';
import { createNodePort, recordingPolicy } from './node-port';
import { checksOf } from '../../src/features/dashboard/verify-rows';

const VALUES = 360010001;
const RECORD = 360010002;
const PRIYA = 361001; // reviewer: makes every change
const MARCO = 361002; // another reviewer on the same browser
const JORDAN = 361003; // an agent who may not tag, on the same browser
const ADMIN = 361010;
const OUTBOX_KEY = 'outbox:v1';

interface Phase {
  /** Who is signed in to the browser while the outbox is flushed. */
  as: number;
  /** Faults lifted before this flush (default: yes). */
  liftFaults?: boolean;
}

export interface FaultScenario {
  name: string;
  faults: FaultRule[];
  /** The browser's storage: working (default), full, or blocked by the browser. */
  storage?: 'ok' | 'full' | 'blocked';
  /** Before the writes: change the account (fill a record, break a field). */
  before?: (store: ZendeskStore) => void;
  /** Between the writes and the flushes: close or delete tickets, edit the stored outbox. */
  between?: (store: ZendeskStore, storage: LocalStore) => void;
  valuesFieldId?: number;
  /** The flushes after the writes, in order (default: the author, faults lifted). */
  phases?: Phase[];
  /**
   * After the flushes: write record lines directly through the API (not through the app); returns
   * their event ids. The ticket history check (ADR 0050) must mark each unverified.
   */
  forge?: (store: ZendeskStore) => string[];
}

export interface ScenarioResult {
  name: string;
  attempted: number;
  /** In the ticket, signed by the person who made it. */
  landed: number;
  /** Not in Zendesk yet, but in this browser's outbox for its author, who is shown it (waiting or held with the reason). */
  kept: number;
  /** Neither in Zendesk nor stored, and its author was told so while their input was still in the form. */
  lostAndTold: number;
  /** Neither in Zendesk nor stored, and the author was told otherwise. Must be 0. */
  lostSilently: number;
  /** Written to Zendesk under someone else's name than its author's. Must be 0. */
  misattributed: number;
  requests: number;
  /** Lines written directly through the API, and how many the history check marked unverified (all, or it failed). */
  forged?: { written: number; unverified: number; landedVerified: number };
}

const TICKETS = [1001, 1002, 1003, 1005, 1006];
const TAGS = ['vc_own_the_outcome', 'vc_lead_with_empathy', 'vc_say_it_plainly'];
const everything = (status: FaultRule['status']): FaultRule[] => [{ method: 'PUT', status, times: 1000 }];
const OFFLINE: FaultRule[] = [{ offline: true, times: 1000 }];

/** A record of 130 active tags with long notes: it cannot be compacted under the cap. */
function fullRecord(ticketId: number): string {
  return Array.from({ length: 130 }, (_, i) =>
    formatTagEvent({
      v: 1,
      e: `full${ticketId}x${i}`,
      op: 'add',
      tag: 'vc_make_it_effortless',
      by: MARCO,
      at: '2026-11-01T10:00:00.000Z',
      reply: i + 1,
      note: 'n'.repeat(500),
    }),
  ).join('\n');
}

/** A record of 110 tags added and removed again: over the cap as it is, small once compacted. */
function churnedRecord(ticketId: number): string {
  const lines: string[] = [];
  for (let i = 0; i < 110; i++) {
    const e = `old${ticketId}x${i}`;
    const at = '2026-11-01T10:00:00.000Z';
    lines.push(formatTagEvent({ v: 1, e, op: 'add', tag: 'vc_make_it_effortless', by: MARCO, at, reply: i + 1, note: 'n'.repeat(500) }));
    lines.push(formatTagEvent({ v: 1, e: `${e}r`, op: 'remove', tag: 'vc_make_it_effortless', by: MARCO, at, ref: e }));
  }
  return lines.join('\n');
}

const setRecord = (store: ZendeskStore, make: (id: number) => string) => {
  for (const id of TICKETS) {
    const field = store.ticket(id).custom_fields.find((f) => f.id === RECORD);
    if (field) field.value = make(id);
  }
};

export const SCENARIOS: FaultScenario[] = [
  { name: 'no faults', faults: [] },
  { name: '409 once per write', faults: [{ method: 'PUT', status: 409, times: 15 }] },
  { name: '409 three times in a row', faults: [{ method: 'PUT', status: 409, times: 3 }] },
  { name: '429 Retry-After 2 s', faults: [{ status: 429, retryAfter: 2, times: 6 }] },
  { name: '500 twice', faults: [{ status: 500, times: 2 }] },
  { name: '500 beyond the retries', faults: [{ status: 500, times: 40 }] },
  { name: 'offline for 4 requests', faults: [{ offline: true, times: 4 }] },
  { name: 'offline for everything, then back', faults: OFFLINE },
  {
    name: 'mixed 409 + 429 + 500 + offline',
    faults: [
      { method: 'PUT', status: 409, times: 4 },
      { status: 429, retryAfter: 1, times: 3 },
      { status: 500, times: 3 },
      { offline: true, times: 2 },
    ],
  },
  { name: 'storage full, Zendesk unreachable', faults: OFFLINE, storage: 'full' },
  { name: 'storage blocked, Zendesk unreachable', faults: OFFLINE, storage: 'blocked' },
  {
    name: 'queued; next person on the browser may not tag',
    faults: OFFLINE,
    phases: [{ as: JORDAN }, { as: PRIYA }],
  },
  {
    name: 'queued; next person on the browser is a tagger',
    faults: OFFLINE,
    phases: [{ as: MARCO }, { as: PRIYA }],
  },
  { name: '401 session expired, then signed in', faults: everything(401) },
  { name: '403 on every write', faults: everything(403) },
  { name: '413 on every write', faults: everything(413) },
  { name: '422 invalid option on every write', faults: everything(422) },
  {
    name: 'queued, then the tickets were closed',
    faults: OFFLINE,
    between: (store) => TICKETS.forEach((id) => (store.ticket(id).status = 'closed')),
  },
  {
    name: 'queued, then the tickets were deleted',
    faults: OFFLINE,
    between: (store) => TICKETS.forEach((id) => store.deleteTicket(id)),
  },
  { name: 'values field id points nowhere', faults: [], valuesFieldId: 999_999 },
  { name: 'values field of the wrong type', faults: [], valuesFieldId: 360010003 },
  { name: 'full record (nothing to compact)', faults: [], before: (store) => setRecord(store, fullRecord) },
  { name: 'full record of removed tags (compacted)', faults: [], before: (store) => setRecord(store, churnedRecord) },
  {
    name: 'queued entries edited to sign as an admin',
    faults: OFFLINE,
    between: (_store, storage) => {
      const { entries } = parseOutbox(storage.read(OUTBOX_KEY));
      storage.write(OUTBOX_KEY, serializeOutbox(entries.map((entry) => ({ ...entry, change: { ...entry.change, by: ADMIN } }))));
    },
  },
  {
    name: 'record lines written directly through the API (forged tagger, backdated)',
    faults: [],
    forge: (store) =>
      TICKETS.slice(0, 3).map((id, i) => {
        const e = `forged${id}`;
        const record = store.ticket(id).custom_fields.find((f) => f.id === RECORD)?.value;
        // Jordan (an agent with API access) signs as the admin, crediting himself, dated last month.
        const line = formatTagEvent({
          v: 1,
          e,
          op: 'add',
          tag: TAGS[i]!,
          by: ADMIN,
          at: '2026-10-01T10:00:00.000Z',
          reply: null,
          author: JORDAN,
        });
        const result = store.writeAs(JORDAN, id, { custom_fields: [{ id: RECORD, value: record ? `${String(record)}\n${line}` : line }] });
        if (!result.ok) throw new Error(`forged write to ${id} refused`);
        return e;
      }),
  },
];

function storageFor(kind: FaultScenario['storage']): LocalStore {
  if (kind === 'full' || kind === 'blocked') {
    const fail = (name: string) => () => {
      throw new DOMException('refused', name);
    };
    const map = new Map<string, string>();
    const storage: Storage = {
      length: 0,
      clear: () => undefined,
      key: () => null,
      getItem: kind === 'blocked' ? fail('SecurityError') : (k) => map.get(k) ?? null,
      removeItem: kind === 'blocked' ? fail('SecurityError') : (k) => void map.delete(k),
      setItem: fail(kind === 'blocked' ? 'SecurityError' : 'QuotaExceededError'),
    };
    return createLocalStore(storage);
  }
  return createMemoryStore();
}

const tagging = { taggerRoles: ['admin'], taggerGroupIds: [360003], agentsTagOwnReplies: false, tagging: { enabled: true as const } };
const USERS: Record<number, { role: string; groupIds: number[] }> = {
  [PRIYA]: { role: 'agent', groupIds: [360003] },
  [MARCO]: { role: 'agent', groupIds: [360003] },
  [JORDAN]: { role: 'agent', groupIds: [360001] },
};

/**
 * Priya makes 15 tag writes (5 tickets × 3 values) under a scenario, then the outbox is flushed by
 * whoever uses the browser next, as the next app load would (by default Priya again, faults
 * lifted). Each write ends in exactly one column: landed (in the ticket, signed by Priya), kept (in
 * the outbox for Priya, shown to her), lost and told (nowhere, and Priya was told while her input
 * was still in the form), or lost silently (nowhere, and Priya was told it was saved or queued).
 */
export async function runScenario(scenario: FaultScenario): Promise<ScenarioResult> {
  const store = createZendeskStore(world as unknown as World);
  const server = setupServer(...store.handlers());
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const api = createZendeskApi(createNodePort(), recordingPolicy().policy);
    const storage = storageFor(scenario.storage);
    const settings = { valuesFieldId: scenario.valuesFieldId ?? VALUES, recordFieldId: RECORD };
    const senderFor = (id: number) => {
      store.setCurrentUserId(id);
      return createTagSender({
        api,
        outbox: createOutboxStore(storage),
        settings,
        noteFor: () => undefined,
        actor: { user: { id, ...USERS[id]! }, settings: tagging },
      });
    };
    scenario.before?.(store);
    for (const fault of scenario.faults) store.fault(fault);
    const author = senderFor(PRIYA);
    const told = new Map<string, SendOutcome['kind']>();
    const writes: { ticketId: number; eventId: string }[] = [];
    let n = 0;
    for (const ticketId of TICKETS) {
      for (const tag of TAGS) {
        const eventId = `m${++n}`;
        writes.push({ ticketId, eventId });
        const change = { op: 'add' as const, adds: [{ tag, eventId }], replyId: null, by: PRIYA, at: new Date().toISOString() };
        told.set(eventId, (await author.submit(ticketId, change)).kind);
      }
    }
    scenario.between?.(store, storage);
    for (const phase of scenario.phases ?? [{ as: PRIYA }]) {
      if (phase.liftFaults !== false) store.clearFaults();
      await senderFor(phase.as).flush();
    }
    const queued = new Set(
      parseOutbox(storage.read(OUTBOX_KEY))
        .entries.filter((entry) => entry.userId === PRIYA)
        .flatMap((entry) => (entry.change.op === 'add' ? entry.change.adds.map((a) => a.eventId) : [])),
    );
    const result: ScenarioResult = {
      name: scenario.name,
      attempted: writes.length,
      landed: 0,
      kept: 0,
      lostAndTold: 0,
      lostSilently: 0,
      misattributed: 0,
      requests: store.requests().length,
    };
    const forgedIds = scenario.forge?.(store);
    if (forgedIds) {
      // The leads page's and the export's check: each ticket's audits against its record lines.
      const checks = new Map<string, boolean>();
      for (const id of TICKETS) {
        const ticket = store.findTicket(id);
        if (!ticket) continue;
        const audits = await api.getAudits(id);
        for (const [eventId, check] of checksOf(ticket, audits, RECORD)) checks.set(eventId, check.verified);
      }
      result.forged = {
        written: forgedIds.length,
        unverified: forgedIds.filter((id) => checks.get(id) === false).length,
        landedVerified: writes.filter((w) => checks.get(w.eventId) === true).length,
      };
    }
    for (const { ticketId, eventId } of writes) {
      const ticket = store.findTicket(ticketId);
      const record = ticket?.custom_fields.find((f) => f.id === RECORD)?.value;
      const event = parseRecord(typeof record === 'string' ? record : null).events.find((e) => e.e === eventId);
      if (event && event.by !== PRIYA) result.misattributed++;
      else if (event) result.landed++;
      else if (queued.has(eventId)) result.kept++;
      else if (told.get(eventId) === 'failed' || told.get(eventId) === 'unsaved') result.lostAndTold++;
      else result.lostSilently++;
    }
    return result;
  } finally {
    server.close();
  }
}
