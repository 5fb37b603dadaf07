/**
 * Writes test/fixtures/world.json, the seed world. The JSON is what tests and the workspace use;
 * this script only keeps its ids, record lines and audits consistent. Run: npx tsx scripts/generate-world.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Audit, Comment, Ticket, World } from '../test/mocks/world';
import { buildTicket } from './world/build-ticket';
import { F, G, U } from './world/ids';
import { groupMemberships, groups, ticketFields, users } from './world/people';
import { englishTickets } from './world/tickets-english';
import { moreTickets } from './world/tickets-more';
import { wallWorld } from './world/wall-notes';

// The tag notes name the tagged reply's time as the agent interface shows it (in the machine's time zone): the seed is
// written in UTC so it is the same wherever it is generated.
process.env.TZ = 'UTC';

const tickets: Ticket[] = [];
const comments: Record<string, Comment[]> = {};
const audits: Record<string, Audit[]> = {};
for (const spec of [...englishTickets, ...moreTickets].sort((a, b) => a.id - b.id)) {
  const built = buildTicket(spec);
  tickets.push(built.ticket);
  comments[String(spec.id)] = built.comments;
  audits[String(spec.id)] = built.audits;
}

const world: World = {
  settings: {
    catalogue: '',
    values_field_id: String(F.values),
    record_field_id: String(F.record),
    tagger_roles: 'admin',
    tagger_group_ids: String(G.reviewers),
    agents_tag_own_replies: false,
    private_note: true,
    leads_group_ids: String(G.reviewers),
  },
  currentUserId: U.priya,
  subdomain: 'acme-support',
  users,
  groups,
  group_memberships: groupMemberships,
  ticket_fields: ticketFields,
  tickets,
  comments,
  audits,
  ...wallWorld(),
};

const target = resolve(import.meta.dirname, '../test/fixtures/world.json');
writeFileSync(target, `${JSON.stringify(world, null, 2)}\n`);
console.log(`Wrote ${tickets.length} tickets to ${target}`);
