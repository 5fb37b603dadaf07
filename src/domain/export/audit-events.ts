import type { TagEvent } from '../tagging/tag-event';
import { fieldTags } from '../tagging/field-tags';

/** The parts of a Zendesk ticket audit the fallback export reads. */
export interface AuditLike {
  id: number;
  author_id: number;
  created_at: string;
  events: { id: number; type: string; field_name?: string; value?: unknown; previous_value?: unknown }[];
}

/**
 * Without a record field, who added which value when is only in the ticket's audits: each change
 * of the values field becomes add events (tags that appeared) and remove events (tags that went,
 * cancelling the latest add of that tag). The reply is unknown.
 */
export function tagEventsFromAudits(audits: readonly AuditLike[], valuesFieldId: number): TagEvent[] {
  const events: TagEvent[] = [];
  const lastAdd = new Map<string, string>();
  const sorted = [...audits].sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id);
  for (const audit of sorted) {
    for (const change of audit.events) {
      if (change.type !== 'Change' && change.type !== 'Create') continue;
      if (change.field_name !== String(valuesFieldId)) continue;
      const now = new Set(fieldTags(change.value));
      const before = new Set(fieldTags(change.previous_value));
      for (const tag of now) {
        if (before.has(tag)) continue;
        const e = `audit-${audit.id}-${change.id}-${tag}`;
        events.push({ v: 1, e, op: 'add', tag, by: audit.author_id, at: audit.created_at, reply: null });
        lastAdd.set(tag, e);
      }
      for (const tag of before) {
        const ref = lastAdd.get(tag);
        if (now.has(tag) || !ref) continue;
        events.push({
          v: 1,
          e: `audit-${audit.id}-${change.id}-${tag}-x`,
          op: 'remove',
          tag,
          by: audit.author_id,
          at: audit.created_at,
          ref,
        });
        lastAdd.delete(tag);
      }
    }
  }
  return events;
}
