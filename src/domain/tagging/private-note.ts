import type { Catalogue } from '../catalogue/types';
import type { TagChange } from './tag-change';

export interface NoteValue {
  tag: string;
  /** The catalogue value's name; null for a tag no longer in the catalogue (the UI shows the tag). */
  name: string | null;
}

/**
 * The content of the optional private note, as data: the UI renders it in the tagger's language,
 * since the note is read by the team, not by the customer.
 */
export type PrivateNote =
  | {
      op: 'add';
      by: number;
      at: string;
      replyId: number | null;
      /** Who wrote the tagged reply and when, as Zendesk has it: what a person recognises (not its id). */
      reply: NoteReply | null;
      note: string | null;
      values: NoteValue[];
    }
  | { op: 'remove'; by: number; at: string; values: NoteValue[] };

/** The tagged reply as people know it; either part may be unknown (the note then says "a reply"). */
export interface NoteReply {
  authorName: string | null;
  createdAt: string | null;
}

export function privateNoteFor(change: TagChange, catalogue: Catalogue, reply?: Partial<NoteReply>): PrivateNote {
  const nameOf = new Map(catalogue.values.map((value) => [value.tag, value.name]));
  const items = change.op === 'add' ? change.adds : change.removes;
  const tags = [...new Set(items.map((item) => item.tag))];
  const values = tags.map((tag) => ({ tag, name: nameOf.get(tag) ?? null }));
  if (change.op === 'remove') return { op: 'remove', by: change.by, at: change.at, values };
  const note = change.note?.trim() ?? '';
  const known = change.replyId !== null && reply ? { authorName: reply.authorName ?? null, createdAt: reply.createdAt ?? null } : null;
  return { op: 'add', by: change.by, at: change.at, replyId: change.replyId, reply: known, note: note === '' ? null : note, values };
}
