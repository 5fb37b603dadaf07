import type { Catalogue } from '../../domain/catalogue/types';
import { activeTags } from '../../domain/tagging/active-tags';
import { parseRecord } from '../../domain/tagging/tag-record';
import { customFieldOf, type TicketSnapshot } from '../../domain/ticket';

export interface Recognition {
  /** The comment id of the reply that was tagged. */
  replyId: number;
  /** When the reply was written (ISO), if the conversation says. */
  replyAt?: string;
  /** Value names, in the order they were tagged. */
  values: string[];
  /** The tagger's name, or null when no one in the conversation has their id (say "a reviewer"). */
  taggerName: string | null;
  /** The tagger's note, else the start of the reply itself. */
  quote: string;
  /** When the last of these tags was saved (ISO). */
  taggedAt: string;
}

const QUOTE_LENGTH = 90;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= QUOTE_LENGTH ? flat : `${flat.slice(0, QUOTE_LENGTH - 1).trimEnd()}…`;
}

/**
 * The tags on the signed-in person's own replies, newest first: one entry per reply and tagger
 * ("Your reply of 29 Oct was tagged Learn out loud and Own the outcome by Sam Okafor"). Read from
 * the record field (who tagged which reply); names come from the conversation's authors.
 */
export function recognitionsFor(ticket: TicketSnapshot, userId: number, recordFieldId: number | null, catalogue: Catalogue): Recognition[] {
  if (recordFieldId === null) return [];
  const text = customFieldOf(ticket, recordFieldId);
  const events = activeTags(parseRecord(typeof text === 'string' ? text : null).events);
  const byTag = new Map(catalogue.values.map((v) => [v.tag, v.name]));
  const grouped = new Map<string, Recognition>();
  for (const event of events) {
    const reply = event.reply === null ? undefined : ticket.comments.find((c) => c.id === event.reply);
    const authorId = event.author ?? reply?.authorId;
    if (!reply || reply.id === undefined || authorId !== userId || event.by === userId) continue;
    const key = `${reply.id}:${event.by}`;
    const name = byTag.get(event.tag) ?? event.tag;
    const tagger = ticket.comments.find((c) => c.authorId === event.by)?.authorName ?? null;
    const known = grouped.get(key);
    if (known) {
      if (!known.values.includes(name)) known.values.push(name);
      if (event.note && known.quote === shorten(reply.body)) known.quote = shorten(event.note);
      if (event.at > known.taggedAt) known.taggedAt = event.at;
      continue;
    }
    grouped.set(key, {
      replyId: reply.id,
      ...(reply.createdAt ? { replyAt: reply.createdAt } : {}),
      values: [name],
      taggerName: tagger,
      quote: shorten(event.note ? event.note : reply.body),
      taggedAt: event.at,
    });
  }
  return [...grouped.values()].sort((a, b) => (a.taggedAt < b.taggedAt ? 1 : -1));
}
