import type { WallNote } from './note';

/** The custom object that holds wall notes, and its fields (created by the Wall's setup, ADR 0040). */
export const WALL_OBJECT = {
  key: 'vc_wall_note',
  title: 'Values wall note',
  titlePluralized: 'Values wall notes',
  description: 'Notes on the team’s values, written in the Values Coach app.',
} as const;

export const WALL_FIELDS = [
  { key: 'value_tag', type: 'text', title: 'Value tag' },
  { key: 'body', type: 'textarea', title: 'Note' },
  { key: 'author_id', type: 'integer', title: 'Author (user id)' },
  { key: 'author_name', type: 'text', title: 'Author name' },
  { key: 'ticket_id', type: 'integer', title: 'Ticket id' },
  { key: 'written_at', type: 'text', title: 'Written at' },
  { key: 'hidden', type: 'checkbox', title: 'Hidden' },
  { key: 'hidden_by', type: 'integer', title: 'Hidden by (user id)' },
  { key: 'hidden_by_name', type: 'text', title: 'Hidden by (name)' },
  { key: 'hidden_at', type: 'text', title: 'Hidden at' },
  { key: 'featured', type: 'checkbox', title: 'Featured' },
] as const;

export type WallFieldKey = (typeof WALL_FIELDS)[number]['key'];

/** A record as the REST adapter returns it (the domain does not import the adapter's types). */
export interface RecordLike {
  id: string;
  name: string;
  external_id: string | null;
  custom_object_fields: Record<string, unknown>;
  created_by_user_id: string;
  created_at: string;
  updated_at: string;
}

/** The record name: Zendesk requires one (≤ 255); admins see it in Admin Center's record list. */
export function recordName(note: Pick<WallNote, 'valueTag' | 'body'>): string {
  const first = note.body.split('\n')[0] ?? '';
  const short = first.length > 60 ? `${first.slice(0, 59)}…` : first;
  return `${note.valueTag}: ${short}`.slice(0, 255);
}

/** The fields only the author writes (create and edit). */
export function authorFields(note: Pick<WallNote, 'valueTag' | 'body' | 'authorId' | 'authorName' | 'ticketId' | 'writtenAt'>) {
  return {
    value_tag: note.valueTag,
    body: note.body,
    author_id: note.authorId,
    author_name: note.authorName.slice(0, 255),
    ticket_id: note.ticketId,
    written_at: note.writtenAt,
  };
}

/** The fields only leads and admins write. */
export function moderationFields(change: {
  hidden?: boolean;
  hiddenBy?: number | null;
  hiddenByName?: string | null;
  hiddenAt?: string | null;
  featured?: boolean;
}) {
  return {
    ...(change.hidden !== undefined
      ? {
          hidden: change.hidden,
          hidden_by: change.hiddenBy ?? null,
          hidden_by_name: change.hiddenByName?.slice(0, 255) ?? null,
          hidden_at: change.hiddenAt ?? null,
        }
      : {}),
    ...(change.featured !== undefined ? { featured: change.featured } : {}),
  };
}

const int = (value: unknown): number | null => (typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : null);
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Reads a record back into a note; null when it is not one of ours (no value tag, no body). */
export function noteFromRecord(record: RecordLike): WallNote | null {
  const f = record.custom_object_fields;
  const valueTag = str(f.value_tag);
  const body = str(f.body);
  if (!valueTag || body === null) return null;
  const hidden = f.hidden === true;
  return {
    id: record.external_id ?? `record-${record.id}`,
    recordId: record.id,
    valueTag,
    body,
    authorId: int(f.author_id) ?? Number(record.created_by_user_id),
    authorName: str(f.author_name) ?? '',
    ticketId: int(f.ticket_id),
    writtenAt: str(f.written_at) ?? record.created_at,
    updatedAt: record.updated_at,
    hidden,
    hiddenBy: hidden ? int(f.hidden_by) : null,
    hiddenByName: hidden ? str(f.hidden_by_name) : null,
    hiddenAt: hidden ? str(f.hidden_at) : null,
    featured: f.featured === true,
  };
}
