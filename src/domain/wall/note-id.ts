/**
 * A note's id, made on the author's device before the first attempt: it is the record's
 * `external_id`, so every retry of the same note upserts the same record.
 */
export function newNoteId(random: () => number = Math.random, now: Date = new Date()): string {
  const rand = Array.from({ length: 12 }, () => Math.floor(random() * 36).toString(36)).join('');
  return `vcn-${now.getTime().toString(36)}-${rand}`;
}
