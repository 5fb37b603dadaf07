import type { ZendeskApi } from '../../adapters/zendesk-api/zendesk-api';
import { ApiError } from '../../adapters/zendesk-api/api-error';
import { customFieldValue } from '../../adapters/zendesk-api/mappers';
import type { ZdTicket } from '../../adapters/zendesk-api/zendesk-types';
import type { AppSettings } from '../../domain/settings/app-settings';
import { planTagChange, type TagPlan } from '../../domain/tagging/plan-tag-change';
import type { TagChange } from '../../domain/tagging/tag-change';
import { checkChangePermission } from '../../domain/tagging/change-permission';
import type { TaggedReply, TaggingSettings, TaggingUser } from '../../domain/tagging/permissions';
import { parseRecord } from '../../domain/tagging/tag-record';
import { fieldTags } from '../../domain/tagging/field-tags';

/** After this many 409s in a row we stop and say so; each one means a colleague saved in between. */
const MAX_CONFLICT_RETRIES = 5;

export interface CommitRequest {
  ticketId: number;
  change: TagChange;
  settings: Pick<AppSettings, 'valuesFieldId' | 'recordFieldId'>;
  /** The private note's text in the tagger's language, when the setting asks for one. */
  privateNote?: string;
  /** Who is writing: checked against the ticket as read, whatever the UI showed. */
  actor: { user: TaggingUser; settings: TaggingSettings; reply?: TaggedReply };
}

export interface CommitResult {
  ticket: ZdTicket;
  plan: TagPlan;
  /** How many times Zendesk answered 409 and we re-read and merged. */
  conflicts: number;
}

export class TaggingError extends Error {
  constructor(
    readonly code: 'tagging.closed-ticket' | 'tagging.not-configured' | 'tagging.rejected' | 'tagging.conflicts' | 'tagging.denied',
    readonly reason?: string,
  ) {
    super(code);
    this.name = 'TaggingError';
  }
}

/**
 * The write path for one tag change: read the ticket, plan the merged field values and record
 * lines (domain), write them with `safe_update`. A 409 means someone saved in between: re-read,
 * re-plan on top of their change, write again. Planning is idempotent, so a retry of a write that
 * did land (a lost response, an outbox replay) writes nothing.
 */
export async function commitTagChange(api: ZendeskApi, request: CommitRequest): Promise<CommitResult> {
  const { valuesFieldId, recordFieldId } = request.settings;
  if (valuesFieldId === null) throw new TaggingError('tagging.not-configured');
  let conflicts = 0;
  for (;;) {
    const ticket = await api.getTicket(request.ticketId);
    if (ticket.status === 'closed') throw new TaggingError('tagging.closed-ticket');
    const current = {
      fieldTags: fieldTags(customFieldValue(ticket, valuesFieldId)),
      recordText: recordFieldId === null ? null : ((customFieldValue(ticket, recordFieldId) as string | null) ?? null),
    };
    // A change replayed from the outbox knows its reply's author even when the sender does not.
    const change = request.change;
    const recordedReply =
      change.op === 'add' && change.replyAuthorId !== undefined
        ? { authorId: change.replyAuthorId, authorRole: 'agent' as const, public: true }
        : undefined;
    const permission = checkChangePermission(request.actor.user, request.actor.settings, change, {
      events: parseRecord(current.recordText).events,
      reply: request.actor.reply ?? recordedReply,
    });
    if (!permission.allowed) throw new TaggingError('tagging.denied', permission.reason);
    const plan = planTagChange(current, request.change, { hasRecordField: recordFieldId !== null });
    if (plan.rejected) throw new TaggingError('tagging.rejected');
    if (plan.noop) return { ticket, plan, conflicts };
    const customFields: { id: number; value: unknown }[] = [{ id: valuesFieldId, value: plan.fieldTags }];
    if (recordFieldId !== null) customFields.push({ id: recordFieldId, value: plan.recordText });
    const comment = request.privateNote ? { body: request.privateNote, public: false } : undefined;
    try {
      const updated = await api.updateTicketSafely(
        request.ticketId,
        comment ? { custom_fields: customFields, comment } : { custom_fields: customFields },
        ticket.updated_at,
      );
      return { ticket: updated, plan, conflicts };
    } catch (error) {
      if (!(error instanceof ApiError) || error.kind !== 'conflict') {
        if (error instanceof ApiError && error.kind === 'closed-ticket') throw new TaggingError('tagging.closed-ticket');
        throw error;
      }
      conflicts++;
      if (conflicts > MAX_CONFLICT_RETRIES) throw new TaggingError('tagging.conflicts');
    }
  }
}
