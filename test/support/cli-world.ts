import { createClock, generateTaggedTickets, makeTicket, makeWorld, VALUE_TAGS } from '../mocks/factories';
import { createZendeskStore, type StoreOptions } from '../mocks/store';
import { main } from '../../src/cli/main';

export const VALUES_FIELD = 9001;
export const RECORD_FIELD = 9002;
export const TOKEN = 'tok-SECRET-4242';
export const EMAIL = 'lead@example.com';

/**
 * A store with `n` generated tagged tickets plus two hand-made ones: a subject a spreadsheet would
 * run as a formula, and a value set in the field without a record line (exported with no tagger).
 */
export function cliWorld(n: number, storeOptions: StoreOptions = {}) {
  const clock = createClock('2026-11-22T12:00:00Z');
  const world = makeWorld({ tickets: [] });
  const store = createZendeskStore(world, { now: clock.now, ...storeOptions });
  const generated = generateTaggedTickets(n, {
    valuesFieldId: VALUES_FIELD,
    recordFieldId: RECORD_FIELD,
    tags: VALUE_TAGS,
    userIds: [1, 2, 4],
    groupIds: [10, 11],
    seed: 3,
    firstId: 1000,
    endAt: '2026-11-21T00:00:00Z',
  });
  const line = JSON.stringify({
    v: 1,
    e: 'hand-1',
    op: 'add',
    tag: 'vc_own_the_outcome',
    by: 2,
    at: '2026-11-15T09:00:00.000Z',
    reply: 77,
    note: 'Stayed on it, "all week",\nthen closed it',
  });
  const handMade = [
    makeTicket({
      id: 500,
      subject: '=HYPERLINK("http://evil.example","click")',
      created_at: '2026-11-15T08:00:00Z',
      updated_at: '2026-11-15T09:00:00Z',
      tags: ['vc_own_the_outcome', 'vc_say_it_plainly'],
      custom_fields: [
        { id: VALUES_FIELD, value: ['vc_own_the_outcome', 'vc_say_it_plainly'] },
        { id: RECORD_FIELD, value: line },
      ],
    }),
  ];
  store.addTickets([...generated, ...handMade]);
  const expectedRows = generated.reduce((sum, t) => sum + (t.tags?.length ?? 0), 0) + 2;
  return { clock, store, expectedRows, tickets: n + 1 };
}

export type CliWorld = ReturnType<typeof cliWorld>;

/** Runs the command in-process against `url`, with waits moving the store clock instead of sleeping. */
export async function runCli(
  w: CliWorld,
  url: string,
  args: string[],
  options: { signal?: AbortSignal; env?: Record<string, string>; tty?: boolean; credentials?: string[] } = {},
) {
  let stdout = '';
  let stderr = '';
  const waits: number[] = [];
  const code = await main({
    argv: [
      '--url',
      url,
      ...(options.credentials ?? ['--email', EMAIL, '--token-env', 'ZD_TOKEN']),
      '--values-field',
      String(VALUES_FIELD),
      '--record-field',
      String(RECORD_FIELD),
      '--since',
      '2026-01-01',
      ...args,
    ],
    env: { ZD_TOKEN: TOKEN, ...options.env },
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTty: options.tty ?? false,
    signal: options.signal ?? new AbortController().signal,
    sleep: async (ms) => {
      waits.push(ms);
      w.clock.advance(ms);
    },
    now: () => w.clock.now().getTime(),
  });
  return { code, stdout, stderr, waits };
}
