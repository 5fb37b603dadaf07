import type { Group, GroupMembership, TicketField, User } from '../../test/mocks/world';
import { F, G, U } from './ids';

export const users: User[] = [
  { id: U.priya, name: 'Priya Raman', email: 'priya.raman@acme-support.test', role: 'agent', locale: 'en-US', default_group_id: G.support },
  {
    id: U.marco,
    name: 'Marco Bianchi',
    email: 'marco.bianchi@acme-support.test',
    role: 'agent',
    locale: 'en-US',
    default_group_id: G.billing,
  },
  { id: U.jordan, name: 'Jordan Lee', email: 'jordan.lee@acme-support.test', role: 'agent', locale: 'en-US', default_group_id: G.support },
  {
    id: U.hana,
    name: '佐藤 花 (Hana Sato)',
    email: 'hana.sato@acme-support.test',
    role: 'agent',
    locale: 'ja',
    default_group_id: G.support,
  },
  {
    id: U.sam,
    name: 'Sam Okafor',
    email: 'sam.okafor@acme-support.test',
    role: 'admin',
    locale: 'en-GB',
    default_group_id: G.support,
    custom_role_id: null,
  },
  { id: U.lucia, name: 'Lucía Fernández', email: 'lucia.fernandez@correo.test', role: 'end-user', locale: 'es', default_group_id: null },
  { id: U.klaus, name: 'Klaus Becker', email: 'k.becker@firma.test', role: 'end-user', locale: 'de', default_group_id: null },
  { id: U.yuki, name: '田中 由紀', email: 'yuki.tanaka@mail.test', role: 'end-user', locale: 'ja', default_group_id: null },
  { id: U.olivia, name: 'Olivia Chen', email: 'olivia@brightpath.test', role: 'end-user', locale: 'en-US', default_group_id: null },
  { id: U.tom, name: 'Tom Harris', email: 'tom.harris@northwind.test', role: 'end-user', locale: 'en-GB', default_group_id: null },
  { id: U.amara, name: 'Amara Nwosu', email: 'amara@lagoslabs.test', role: 'end-user', locale: 'en-US', default_group_id: null },
  { id: U.mateo, name: 'Mateo Rossi', email: 'mateo.rossi@posta.test', role: 'end-user', locale: 'it', default_group_id: null },
  { id: U.fatima, name: 'Fatima Zahra El Idrissi', email: 'fatima.z@boite.test', role: 'end-user', locale: 'fr', default_group_id: null },
];

export const groups: Group[] = [
  { id: G.support, name: 'Support' },
  { id: G.billing, name: 'Billing' },
  { id: G.reviewers, name: 'Reviewers' },
  { id: G.engineering, name: 'Engineering Escalations' },
];

const memberships: [number, number][] = [
  [U.priya, G.support],
  [U.priya, G.reviewers],
  [U.marco, G.billing],
  [U.marco, G.reviewers],
  [U.jordan, G.support],
  [U.hana, G.support],
  [U.hana, G.billing],
  [U.sam, G.support],
  [U.sam, G.engineering],
];

export const groupMemberships: GroupMembership[] = memberships.map(([user_id, group_id], i) => ({
  id: 363001 + i,
  user_id,
  group_id,
  default: users.find((u) => u.id === user_id)?.default_group_id === group_id,
}));

const option = (id: number, name: string, value: string, position: number) => ({ id, name, raw_name: name, value, position });

export const ticketFields: TicketField[] = [
  {
    id: F.values,
    type: 'multiselect',
    title: 'Values exemplified',
    active: true,
    // vc_be_honest is deliberately missing: the setup check should report it.
    custom_field_options: [
      option(360020001, 'Own the outcome', 'vc_own_the_outcome', 0),
      option(360020002, 'Lead with empathy', 'vc_lead_with_empathy', 1),
      option(360020003, 'Say it plainly', 'vc_say_it_plainly', 2),
      option(360020004, 'Make it effortless', 'vc_make_it_effortless', 3),
      option(360020005, 'Learn out loud', 'vc_learn_out_loud', 4),
    ],
  },
  { id: F.record, type: 'textarea', title: 'Values Coach record', active: true },
  {
    id: F.productArea,
    type: 'tagger',
    title: 'Product area',
    active: true,
    custom_field_options: [
      option(360021001, 'Billing', 'area_billing', 0),
      option(360021002, 'Mobile app', 'area_mobile', 1),
      option(360021003, 'Integrations', 'area_integrations', 2),
      option(360021004, 'Shipping', 'area_shipping', 3),
      option(360021005, 'Account', 'area_account', 4),
    ],
  },
];
