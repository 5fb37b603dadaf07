import { WALL_FIELDS, WALL_OBJECT } from '../../src/domain/wall/note-record';
import type { CustomObjectField, CustomObjectRecord, CustomObjectsWorld } from './custom-object-types';

/** The wall's custom object and fields, as the Wall's setup creates them, for worlds and tests. */
export function wallObjectWorld(
  at = '2026-10-01T09:00:00Z',
  adminId = 1,
): Required<Pick<CustomObjectsWorld, 'custom_objects' | 'custom_object_fields'>> {
  const fields: CustomObjectField[] = WALL_FIELDS.map((f, i) => ({
    id: 9000 + i,
    key: f.key,
    type: f.type,
    title: f.title,
    active: true,
    position: i,
    created_at: at,
    updated_at: at,
  }));
  return {
    custom_objects: [
      {
        key: WALL_OBJECT.key,
        title: WALL_OBJECT.title,
        title_pluralized: WALL_OBJECT.titlePluralized,
        description: WALL_OBJECT.description,
        created_at: at,
        updated_at: at,
        created_by_user_id: String(adminId),
        updated_by_user_id: String(adminId),
      },
    ],
    custom_object_fields: { [WALL_OBJECT.key]: fields },
  };
}

export interface NoteSeed {
  seq: number;
  valueTag: string;
  body: string;
  authorId: number;
  authorName: string;
  at: string;
  ticketId?: number | null;
  featured?: boolean;
  hidden?: { by: number; name: string; at: string };
  subdomain?: string;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const base32 = (value: number, length: number) => {
  let out = '';
  let rest = value;
  for (let i = 0; i < length; i++) {
    out = CROCKFORD[rest % 32] + out;
    rest = Math.floor(rest / 32);
  }
  return out;
};

/** One wall note record in Zendesk's shape (ids time-ordered like Zendesk's ULIDs). */
export function wallNoteRecord(seed: NoteSeed): CustomObjectRecord {
  const id = `${base32(Date.parse(seed.at), 10)}${base32(seed.seq, 16)}`;
  const first = seed.body.split('\n')[0] ?? '';
  return {
    id,
    name: `${seed.valueTag}: ${first.length > 60 ? `${first.slice(0, 59)}…` : first}`,
    custom_object_key: WALL_OBJECT.key,
    custom_object_fields: {
      value_tag: seed.valueTag,
      body: seed.body,
      author_id: seed.authorId,
      author_name: seed.authorName,
      ticket_id: seed.ticketId ?? null,
      written_at: seed.at,
      hidden: Boolean(seed.hidden),
      hidden_by: seed.hidden?.by ?? null,
      hidden_by_name: seed.hidden?.name ?? null,
      hidden_at: seed.hidden?.at ?? null,
      featured: seed.featured ?? false,
    },
    created_by_user_id: String(seed.authorId),
    updated_by_user_id: String(seed.hidden?.by ?? seed.authorId),
    created_at: seed.at,
    updated_at: seed.hidden?.at ?? seed.at,
    external_id: `vcn-seed-${seed.seq}`,
    url: `https://${seed.subdomain ?? 'example'}.zendesk.com/api/v2/custom_objects/${WALL_OBJECT.key}/records/${id}.json`,
  };
}
