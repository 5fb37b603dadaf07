import type { Comment, FieldOption, Ticket, TicketField, World } from './world';

/** The five option tags the default catalogue maps to (the contract with the catalogue). */
export const VALUE_TAGS = [
  'vc_own_the_outcome',
  'vc_lead_with_empathy',
  'vc_say_it_plainly',
  'vc_make_it_effortless',
  'vc_learn_out_loud',
] as const;

const MINIMAL_FIELD_IDS = { values: 9001, record: 9002 } as const;

function titleOf(tag: string): string {
  const words = tag.replace(/^vc_/, '').split('_');
  return words.map((w, i) => (i === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w)).join(' ');
}

export function makeOptions(tags: readonly string[], firstId = 1): FieldOption[] {
  return tags.map((value, i) => ({ id: firstId + i, name: titleOf(value), raw_name: titleOf(value), value, position: i }));
}

export function makeTicket(overrides: Partial<Ticket> & { id: number }): Ticket {
  const at = overrides.created_at ?? '2026-11-20T10:00:00Z';
  return {
    subject: `Ticket ${overrides.id}`,
    description: 'Hello, I need help.',
    status: 'open',
    priority: 'normal',
    type: 'question',
    requester_id: 3,
    assignee_id: 1,
    group_id: 10,
    tags: [],
    custom_fields: [
      { id: MINIMAL_FIELD_IDS.values, value: [] },
      { id: MINIMAL_FIELD_IDS.record, value: null },
    ],
    satisfaction_rating: null,
    via: { channel: 'email' },
    created_at: at,
    updated_at: at,
    ...overrides,
  };
}

export function makeComment(overrides: Partial<Comment> & { id: number }): Comment {
  const body = overrides.body ?? 'Thanks, that helped.';
  return {
    type: 'Comment',
    author_id: 1,
    body,
    html_body: `<div class="zd-comment"><p>${body}</p></div>`,
    plain_body: body,
    public: true,
    created_at: '2026-11-20T10:00:00Z',
    via: { channel: 'web' },
    ...overrides,
  };
}

/**
 * A small self-contained world for unit tests: agent 1 (reviewer), admin 2, end user 3, agent 4
 * (not a reviewer); groups 10 Support and 11 Reviewers; fields 9001 (values) and 9002 (record).
 */
export function makeWorld(overrides: Partial<World> = {}): World {
  const fields: TicketField[] = [
    {
      id: MINIMAL_FIELD_IDS.values,
      type: 'multiselect',
      title: 'Values exemplified',
      active: true,
      custom_field_options: makeOptions(VALUE_TAGS, 100),
    },
    { id: MINIMAL_FIELD_IDS.record, type: 'textarea', title: 'Values Coach record', active: true },
  ];
  return {
    settings: {
      catalogue: '',
      values_field_id: String(MINIMAL_FIELD_IDS.values),
      record_field_id: String(MINIMAL_FIELD_IDS.record),
      tagger_roles: 'admin',
      tagger_group_ids: '11',
      agents_tag_own_replies: false,
      private_note: true,
    },
    currentUserId: 1,
    subdomain: 'example',
    users: [
      { id: 1, name: 'Ada Agent', email: 'ada@example.com', role: 'agent', locale: 'en-US', default_group_id: 10 },
      { id: 2, name: 'Alex Admin', email: 'alex@example.com', role: 'admin', locale: 'en-US', default_group_id: 10 },
      { id: 3, name: 'Eve Enduser', email: 'eve@customer.test', role: 'end-user', locale: 'en-US', default_group_id: null },
      { id: 4, name: 'Nat Newhire', email: 'nat@example.com', role: 'agent', locale: 'en-US', default_group_id: 10 },
    ],
    groups: [
      { id: 10, name: 'Support' },
      { id: 11, name: 'Reviewers' },
    ],
    group_memberships: [
      { id: 1, user_id: 1, group_id: 10, default: true },
      { id: 2, user_id: 1, group_id: 11, default: false },
      { id: 3, user_id: 2, group_id: 10, default: true },
      { id: 4, user_id: 4, group_id: 10, default: true },
    ],
    ticket_fields: fields,
    tickets: [makeTicket({ id: 1 })],
    comments: { '1': [makeComment({ id: 1, author_id: 3, body: 'My invoice is wrong.' }), makeComment({ id: 2, author_id: 1 })] },
    ...overrides,
  };
}

/** A clock the test moves by hand: pass `clock.now` as the store's `now`. */
export function createClock(startIso = '2026-11-22T12:00:00Z') {
  let ms = Date.parse(startIso);
  return {
    now: () => new Date(ms),
    advance(deltaMs: number): void {
      ms += deltaMs;
    },
    set(iso: string): void {
      ms = Date.parse(iso);
    },
  };
}

/** Deterministic and fast (mulberry32): a 100k-ticket world must build in well under a second. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TaggedTicketOptions {
  valuesFieldId: number;
  recordFieldId: number;
  tags: readonly string[];
  userIds: readonly number[];
  groupIds: readonly number[];
  seed?: number;
  firstId?: number;
  /** Tickets are created over the six weeks before this instant. */
  endAt?: string;
}

const SIX_WEEKS_MS = 42 * 86_400_000;
const STATUSES = ['new', 'open', 'pending', 'solved', 'closed'] as const;

/**
 * Tickets already tagged through the app: 1–3 values each, in the multi-select, in `tags` and as
 * record lines. No comments are generated (the record's `reply` ids are synthetic) so 100,000
 * tickets stay cheap; created_at ascends with the id like a real account's.
 */
export function generateTaggedTickets(n: number, options: TaggedTicketOptions): Ticket[] {
  const next = random(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const firstId = options.firstId ?? 100_000;
  const end = Date.parse(options.endAt ?? '2026-11-22T00:00:00Z');
  const step = SIX_WEEKS_MS / Math.max(1, n);
  const tickets: Ticket[] = new Array<Ticket>(n);
  for (let i = 0; i < n; i++) {
    const id = firstId + i;
    const createdMs = end - SIX_WEEKS_MS + Math.floor(i * step);
    const created = new Date(createdMs).toISOString();
    const updated = new Date(createdMs + Math.floor(next() * 3_600_000)).toISOString();
    const count = 1 + Math.floor(next() * 3);
    const chosen = [...new Set(Array.from({ length: count }, () => pick(options.tags)))];
    const by = pick(options.userIds);
    const lines = chosen.map((tag, k) =>
      JSON.stringify({ v: 1, e: `e${id}-${k}`, op: 'add', tag, by, at: updated, reply: id * 10 + k, author: by, note: '' }),
    );
    tickets[i] = {
      id,
      subject: `Generated ticket ${id}`,
      description: 'Generated for load tests.',
      status: pick(STATUSES),
      priority: 'normal',
      type: 'question',
      requester_id: pick(options.userIds),
      assignee_id: by,
      group_id: pick(options.groupIds),
      tags: chosen,
      custom_fields: [
        { id: options.valuesFieldId, value: chosen },
        { id: options.recordFieldId, value: lines.join('\n') },
      ],
      satisfaction_rating: null,
      via: { channel: 'web' },
      created_at: created,
      updated_at: updated,
    };
  }
  return tickets;
}
