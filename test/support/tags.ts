import { MIN_TAGS_PER_VALUE } from '../../src/domain/suggest/learned-profile';
import type { TicketSnapshot } from '../../src/domain/ticket';

/**
 * A team's tagged replies, repeated (later copies under other ticket ids) until a profile built from them speaks for a
 * catalogue of `values` values (ADR 0148): tests of what tags teach need a profile that rankings read. The originals
 * come first, so an example named as the nearest is one of them.
 */
export function enoughTags<T extends { ticket: TicketSnapshot }>(tagged: readonly T[], values: number): T[] {
  const out = [...tagged];
  for (let round = 1; out.length < MIN_TAGS_PER_VALUE * values; round++)
    for (const item of tagged) out.push({ ...item, ticket: { ...item.ticket, id: item.ticket.id + 10_000 * round } });
  return out;
}
