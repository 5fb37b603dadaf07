import { describe, expect, it } from 'vitest';
import { useZendesk } from './node-testing';
import type { FieldOption, Group, GroupMembership, TicketField, User } from './world';

const zd = useZendesk();

describe('users, groups and ticket fields', () => {
  it('answers /users/me as the current session user, and follows a switch', async () => {
    const store = zd.start();
    expect((await zd.call<{ user: User }>('/api/v2/users/me.json')).json.user.id).toBe(1);
    store.setCurrentUserId(2);
    expect((await zd.call<{ user: User }>('/api/v2/users/me')).json.user).toMatchObject({ id: 2, role: 'admin' });
  });

  it('shows one user, many users, and 404s unknown ones', async () => {
    zd.start();
    expect((await zd.call<{ user: User }>('/api/v2/users/3.json')).json.user.role).toBe('end-user');
    const many = await zd.call<{ users: User[] }>('/api/v2/users/show_many.json?ids=1,3,404');
    expect(many.json.users.map((u) => u.id)).toEqual([1, 3]);
    expect((await zd.call('/api/v2/users/404')).status).toBe(404);
  });

  it('lists groups and memberships', async () => {
    zd.start();
    const groups = await zd.call<{ groups: Group[] }>('/api/v2/groups.json');
    expect(groups.json.groups.map((g) => g.name)).toEqual(['Support', 'Reviewers']);
    const mine = await zd.call<{ group_memberships: GroupMembership[] }>('/api/v2/users/1/group_memberships.json');
    expect(mine.json.group_memberships.map((m) => m.group_id)).toEqual([10, 11]);
    const all = await zd.call<{ group_memberships: GroupMembership[] }>('/api/v2/group_memberships');
    expect(all.json.group_memberships).toHaveLength(4);
    const userGroups = await zd.call<{ groups: Group[] }>('/api/v2/users/me/groups.json');
    expect(userGroups.json.groups.map((g) => g.id)).toEqual([10, 11]);
  });

  it('serves ticket fields with their options', async () => {
    zd.start();
    const one = await zd.call<{ ticket_field: TicketField }>('/api/v2/ticket_fields/9001.json');
    expect(one.json.ticket_field.type).toBe('multiselect');
    expect(one.json.ticket_field.custom_field_options?.[0]).toEqual({
      id: 100,
      name: 'Own the outcome',
      raw_name: 'Own the outcome',
      value: 'vc_own_the_outcome',
      position: 0,
    });
    const all = await zd.call<{ ticket_fields: TicketField[] }>('/api/v2/ticket_fields');
    expect(all.json.ticket_fields.map((f) => f.id)).toEqual([9001, 9002]);
    expect((await zd.call('/api/v2/ticket_fields/1')).status).toBe(404);
  });

  it('lets an admin add an option (201) and then use it on a ticket', async () => {
    const store = zd.start();
    store.setCurrentUserId(2);
    const created = await zd.call<{ custom_field_option: FieldOption }>('/api/v2/ticket_fields/9001/options.json', {
      method: 'POST',
      body: { custom_field_option: { name: 'Be honest', value: 'vc_be_honest' } },
    });
    expect(created.status).toBe(201);
    expect(created.json.custom_field_option).toMatchObject({ name: 'Be honest', raw_name: 'Be honest', value: 'vc_be_honest' });
    expect(store.field(9001).custom_field_options?.map((o) => o.value)).toContain('vc_be_honest');
    const again = await zd.call('/api/v2/ticket_fields/9001/options.json', {
      method: 'POST',
      body: { custom_field_option: { name: 'Be honest!', value: 'vc_be_honest' } },
    });
    expect(again.status).toBe(200);
    const use = await zd.call('/api/v2/tickets/1', {
      method: 'PUT',
      body: { ticket: { custom_fields: [{ id: 9001, value: ['vc_be_honest'] }] } },
    });
    expect(use.status).toBe(200);
  });

  it('forbids agents from adding options (403) and validates blank input (422)', async () => {
    const store = zd.start();
    const forbidden = await zd.call('/api/v2/ticket_fields/9001/options', {
      method: 'POST',
      body: { custom_field_option: { name: 'Be honest', value: 'vc_be_honest' } },
    });
    expect(forbidden.status).toBe(403);
    expect(forbidden.json).toMatchObject({ error: 'Forbidden' });
    expect(String(forbidden.json.description)).toMatch(/^You do not have access to this page/);
    store.setCurrentUserId(2);
    const blank = await zd.call('/api/v2/ticket_fields/9001/options', {
      method: 'POST',
      body: { custom_field_option: { name: '', value: 'has space' } },
    });
    expect(blank.status).toBe(422);
    expect(blank.json).toMatchObject({ error: 'RecordInvalid' });
  });
});
