import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import worldJson from '../fixtures/world.json';
import { VALUE_TAGS } from './factories';
import { DEFAULT_CATALOGUE } from '../../src/domain/catalogue/default-catalogue';
import { isAppNote } from '../../src/domain/suggest/app-note';
import { rankValues } from '../../src/domain/suggest/rank-values';
import { toTicketSnapshot } from '../../src/adapters/zendesk-api/mappers';
import { createTestServer } from './node';
import type { RecordLine, Ticket, World } from './world';

const world = worldJson as World;
const valuesFieldId = Number(world.settings.values_field_id);
const recordFieldId = Number(world.settings.record_field_id);
const field = (ticket: Ticket, id: number) => ticket.custom_fields.find((f) => f.id === id)?.value;

function unique(ids: number[]): boolean {
  return new Set(ids).size === ids.length;
}

describe('test/fixtures/world.json', () => {
  const userIds = new Set(world.users.map((u) => u.id));
  const groupIds = new Set(world.groups.map((g) => g.id));
  const memberships = world.group_memberships ?? [];
  const reviewers = Number(world.settings.tagger_group_ids);
  const valuesField = world.ticket_fields.find((f) => f.id === valuesFieldId);
  const optionTags = (valuesField?.custom_field_options ?? []).map((o) => o.value);

  it('has unique ids everywhere', () => {
    expect(unique(world.users.map((u) => u.id))).toBe(true);
    expect(unique(world.groups.map((g) => g.id))).toBe(true);
    expect(unique(world.ticket_fields.map((f) => f.id))).toBe(true);
    expect(unique(world.tickets.map((t) => t.id))).toBe(true);
    expect(
      unique(
        Object.values(world.comments)
          .flat()
          .map((c) => c.id),
      ),
    ).toBe(true);
    expect(
      unique(
        Object.values(world.audits ?? {})
          .flat()
          .map((a) => a.id),
      ),
    ).toBe(true);
    expect(unique(world.ticket_fields.flatMap((f) => f.custom_field_options ?? []).map((o) => o.id))).toBe(true);
  });

  it('references only users, groups and tickets that exist', () => {
    for (const m of memberships) {
      expect(userIds.has(m.user_id)).toBe(true);
      expect(groupIds.has(m.group_id)).toBe(true);
    }
    for (const t of world.tickets) {
      expect(userIds.has(t.requester_id), `requester of ${t.id}`).toBe(true);
      if (t.assignee_id !== null) expect(userIds.has(t.assignee_id), `assignee of ${t.id}`).toBe(true);
      if (t.group_id !== null) expect(groupIds.has(t.group_id), `group of ${t.id}`).toBe(true);
      for (const f of t.custom_fields) expect(world.ticket_fields.some((tf) => tf.id === f.id)).toBe(true);
    }
    for (const [ticketId, comments] of Object.entries(world.comments)) {
      expect(world.tickets.some((t) => t.id === Number(ticketId))).toBe(true);
      for (const c of comments) expect(userIds.has(c.author_id), `author of comment ${c.id}`).toBe(true);
    }
  });

  it('has the settings the app expects and the people to exercise permissions', () => {
    expect(world.settings.catalogue).toBe('');
    expect(valuesField?.type).toBe('multiselect');
    expect(world.ticket_fields.find((f) => f.id === recordFieldId)?.type).toBe('textarea');
    expect(groupIds.has(reviewers)).toBe(true);
    const isReviewer = (id: number) => memberships.some((m) => m.user_id === id && m.group_id === reviewers);
    const me = world.users.find((u) => u.id === world.currentUserId);
    expect(me?.role).toBe('agent');
    expect(isReviewer(world.currentUserId)).toBe(true);
    const agents = world.users.filter((u) => u.role === 'agent');
    expect(agents.length).toBeGreaterThanOrEqual(3);
    expect(agents.some((a) => !isReviewer(a.id))).toBe(true);
    expect(world.users.some((u) => u.role === 'admin')).toBe(true);
    const endUserLocales = world.users.filter((u) => u.role === 'end-user').map((u) => u.locale);
    expect(endUserLocales).toEqual(expect.arrayContaining(['es', 'de', 'ja']));
  });

  it('offers the five contract tags and leaves vc_be_honest for the setup check to find', () => {
    expect(optionTags).toEqual(expect.arrayContaining([...VALUE_TAGS]));
    expect(optionTags).not.toContain('vc_be_honest');
  });

  it('covers the variety the app must handle', () => {
    const tickets = world.tickets;
    expect(tickets.length).toBeGreaterThanOrEqual(18);
    for (const s of ['new', 'open', 'pending', 'solved', 'closed']) expect(tickets.some((t) => t.status === s)).toBe(true);
    expect(tickets.some((t) => t.priority === 'urgent')).toBe(true);
    for (const score of ['good', 'bad', 'offered', 'unoffered'])
      expect(tickets.some((t) => t.satisfaction_rating?.score === score)).toBe(true);
    for (const channel of ['email', 'web', 'chat']) expect(tickets.some((t) => t.via.channel === channel)).toBe(true);
    expect(Math.max(...Object.values(world.comments).map((c) => c.length))).toBeGreaterThanOrEqual(40);
    const html = Object.values(world.comments)
      .flat()
      .map((c) => c.html_body);
    expect(html.some((h) => h.includes('<script>'))).toBe(true);
    expect(html.some((h) => /<img[^>]+onerror=/.test(h))).toBe(true);
    expect(tickets.some((t) => t.subject.startsWith('=HYPERLINK('))).toBe(true);
    expect(
      Object.values(world.comments)
        .flat()
        .some((c) => c.public === false),
    ).toBe(true);
    const end = Date.parse('2026-11-22T00:00:00Z');
    for (const t of tickets) {
      expect(Date.parse(t.created_at)).toBeGreaterThan(end - 43 * 86_400_000);
      expect(Date.parse(t.updated_at)).toBeGreaterThanOrEqual(Date.parse(t.created_at));
      expect(Date.parse(t.updated_at)).toBeLessThan(end + 86_400_000);
    }
  });

  it('keeps multi-select values as option tags mirrored in tags', () => {
    let tagged = 0;
    for (const t of world.tickets) {
      const values = field(t, valuesFieldId);
      expect(Array.isArray(values), `values of ${t.id}`).toBe(true);
      const list = values as string[];
      if (list.length > 0) tagged++;
      for (const v of list) {
        expect(optionTags).toContain(v);
        expect(t.tags).toContain(v);
      }
      for (const tag of t.tags.filter((tag) => optionTags.includes(tag))) expect(list).toContain(tag);
    }
    expect(tagged).toBeGreaterThanOrEqual(5);
  });

  it('writes record lines in the fixed format that replay to the multi-select value', () => {
    for (const t of world.tickets) {
      const record = field(t, recordFieldId);
      if (record === null || record === undefined) continue;
      const commentIds = new Set((world.comments[String(t.id)] ?? []).map((c) => c.id));
      const live = new Map<string, string>();
      for (const raw of String(record).split('\n')) {
        const line = JSON.parse(raw) as RecordLine;
        expect(line.v).toBe(1);
        expect(userIds.has(line.by)).toBe(true);
        expect(Number.isNaN(Date.parse(line.at))).toBe(false);
        if (line.op === 'add') {
          expect(Object.keys(line)).toEqual(['v', 'e', 'op', 'tag', 'by', 'at', 'reply', 'note']);
          expect(commentIds.has(line.reply)).toBe(true);
          live.set(line.e, line.tag);
        } else {
          expect(Object.keys(line)).toEqual(['v', 'e', 'op', 'tag', 'by', 'at', 'ref']);
          expect(live.get(line.ref)).toBe(line.tag);
          live.delete(line.ref);
        }
      }
      expect([...live.values()].sort()).toEqual([...(field(t, valuesFieldId) as string[])].sort());
    }
  });

  it('writes the internal note of each tag as the app writes it, so a suggestion never quotes it', () => {
    const users = new Map(world.users.map((u) => [u.id, u]));
    let notes = 0;
    for (const t of world.tickets) {
      const comments = world.comments[String(t.id)] ?? [];
      const record = field(t, recordFieldId);
      for (const raw of record ? String(record).split('\n') : []) {
        const line = JSON.parse(raw) as RecordLine;
        if (line.op !== 'add') continue;
        const note = comments.find((c) => !c.public && c.author_id === line.by && c.created_at === line.at);
        expect({ ticket: t.id, found: typeof note?.body === 'string' }).toEqual({ ticket: t.id, found: true });
        expect({ ticket: t.id, note: note!.body, app: isAppNote(note!.body, false) }).toEqual({
          ticket: t.id,
          note: note!.body,
          app: true,
        });
        notes++;
      }
      // What the sidebar reads (the app's own mapping of Zendesk's ticket): no reason, before or after a reply, quotes one of those notes.
      const snapshot = toTicketSnapshot(t, comments, users);
      for (const mode of ['reply', 'situation'] as const) {
        const quoted = rankValues(DEFAULT_CATALOGUE, snapshot, { mode })
          .flatMap((r) => r.reasons)
          .flatMap((r) => (r.kind === 'phrase' && r.commentIndex >= 0 && !snapshot.comments[r.commentIndex]!.public ? [r.text] : []));
        expect({ ticket: t.id, mode, quoted: quoted.filter((q) => /values coach|tagged/i.test(q)) }).toEqual({
          ticket: t.id,
          mode,
          quoted: [],
        });
      }
    }
    expect(notes).toBeGreaterThanOrEqual(5);
  });
});

describe('createTestServer with the default world', () => {
  const { server, store } = createTestServer();
  beforeAll(() => server.listen());
  afterAll(() => server.close());

  it('acts as the default session user and serves the seed tickets', async () => {
    const me = (await (await fetch('https://acme-support.zendesk.com/api/v2/users/me.json')).json()) as { user: { id: number } };
    expect(me.user.id).toBe(world.currentUserId);
    expect(store.tickets()).toHaveLength(world.tickets.length);
  });

  it('fails loudly on an endpoint it does not serve', async () => {
    await expect(fetch('https://acme-support.zendesk.com/api/v2/macros.json')).rejects.toThrow();
  });
});
