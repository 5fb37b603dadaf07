/** Wall notes of the seed world: the team's own words on each value over several weeks. */
import type { CustomObjectsWorld } from '../../test/mocks/custom-object-types';
import { wallNoteRecord, wallObjectWorld } from '../../test/mocks/wall-seed';
import { U } from './ids';
import { users } from './people';

interface Spec {
  tag: string;
  by: number;
  body: string;
  ticket?: number;
  featured?: boolean;
  hidden?: boolean;
}

const SPECS: Spec[] = [
  {
    tag: 'vc_own_the_outcome',
    by: U.priya,
    body: 'Owning it means I stay on the ticket until the customer says it works, not until I hit send.',
    featured: true,
  },
  {
    tag: 'vc_lead_with_empathy',
    by: U.marco,
    body: 'A billing mistake feels personal to the customer. I say sorry before I say why.',
    ticket: 1002,
  },
  {
    tag: 'vc_own_the_outcome',
    by: U.jordan,
    body: 'Saw Priya follow up with engineering three times for one customer. That is owning it.',
  },
  { tag: 'vc_lead_with_empathy', by: U.hana, body: 'お客様の気持ちを先に受け止める。解決はその次。', featured: true },
  { tag: 'vc_own_the_outcome', by: U.marco, body: 'When I hand a ticket over I write what I tried, so nobody starts from zero.' },
  { tag: 'vc_lead_with_empathy', by: U.priya, body: 'Reading the reply aloud before sending catches the cold sentences.' },
  {
    tag: 'vc_own_the_outcome',
    by: U.sam,
    body: 'Deadline tickets: say the next step and the time, even if the time is "tomorrow 10:00".',
    featured: true,
  },
  {
    tag: 'vc_lead_with_empathy',
    by: U.jordan,
    body: 'Note to self: the customer who shouts is usually the one most afraid of losing data.',
  },
  {
    tag: 'vc_own_the_outcome',
    by: U.hana,
    body: 'Closed the loop with a customer a week later to check the fix held. They were surprised, in a good way.',
  },
  { tag: 'vc_say_it_plainly', by: U.priya, body: 'If I need a glossary to read my own reply, it is not plain yet.' },
  {
    tag: 'vc_make_it_effortless',
    by: U.hana,
    body: 'One link to the exact setting beats three paragraphs of where to click.',
    featured: true,
  },
  {
    tag: 'vc_learn_out_loud',
    by: U.jordan,
    body: 'I got the refund rule wrong last week and told the team in the channel. Two people had the same doubt.',
  },
  { tag: 'vc_say_it_plainly', by: U.marco, body: 'Numbers first: "you were charged twice, 49 € each, both refunded today".' },
  { tag: 'vc_learn_out_loud', by: U.sam, body: 'Every Friday: one thing a customer taught us this week.', featured: true },
  {
    tag: 'vc_make_it_effortless',
    by: U.jordan,
    body: 'Asked for the log file once, with the exact steps to find it. Got it on the first try.',
  },
  { tag: 'vc_lead_with_empathy', by: U.marco, body: 'Off-topic rant, hidden by a lead as an example.', hidden: true },
];

/** Several weeks of notes, a few days apart, ending shortly before the world's newest tickets. */
export function wallWorld(end = Date.parse('2026-11-28T15:00:00Z')): CustomObjectsWorld {
  const name = (id: number) => users.find((u) => u.id === id)?.name ?? String(id);
  const records = SPECS.map((spec, i) => {
    const at = new Date(end - (SPECS.length - 1 - i) * 3 * 86_400_000).toISOString();
    return wallNoteRecord({
      seq: i + 1,
      valueTag: spec.tag,
      body: spec.body,
      authorId: spec.by,
      authorName: name(spec.by),
      at,
      ticketId: spec.ticket ?? null,
      featured: spec.featured ?? false,
      subdomain: 'acme-support',
      ...(spec.hidden ? { hidden: { by: U.sam, name: name(U.sam), at } } : {}),
    });
  });
  return { ...wallObjectWorld('2026-10-01T09:00:00Z', U.sam), custom_object_records: { [records[0]!.custom_object_key]: records } };
}
