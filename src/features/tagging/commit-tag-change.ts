import type { ZendeskApi } from '../../adapters/zendesk-api/zendesk-api';
import { ApiError } from '../../adapters/zendesk-api/api-error';
import { customFieldValue } from '../../adapters/zendesk-api/mappers';
import type { ZdTicket } from '../../adapters/zendesk-api/zendesk-types';
import type { AppSettings } from '../../domain/settings/app-settings';
import { planTagChange, type TagPlan } from '../../domain/tagging/plan-tag-change';
import type { TagChange } from '../../domain/tagging/tag-change';
import { checkChangePermission } from '../../domain/tagging/change-permission';
import type { TaggedReply, TaggingSettings, TaggingUser } from '../../domain/tagging/permissions';
import { authorizeChange } from '../../domain/tagging/send-authority';
import { parseRecord } from '../../domain/tagging/tag-record';
import { fieldTags } from '../../domain/tagging/field-tags';

/** After this many 409s in a row we stop and say so; each one means a colleague saved in between. */
const MAX_CONFLICT_RETRIES = 5;

/** The tagged reply as just read from Zendesk; its author's name and time word the private note. */
export type ReplyFacts = TaggedReply & { authorName?: string; createdAt?: string };

export interface CommitRequest {
  ticketId: number;
  change: TagChange;
  settings: Pick<AppSettings, 'valuesFieldId' | 'recordFieldId'>;
  /** The private note's text in the tagger's language, when the setting asks for one. */
  privateNote?: string | ((change: TagChange, reply?: ReplyFacts) => string | undefined);
  /**
   * Who is writing: the signed-in user, checked against the ticket as read, whatever the UI showed.
   * `reply` is the tagged reply as the sidebar just read it from Zendesk; without it (a replay for
   * another ticket) the write path reads the ticket's conversation itself.
   */
  actor: { user: TaggingUser; settings: TaggingSettings; reply?: ReplyFacts };
  now?: () => Date;
}

export interface CommitResult {
  ticket: ZdTicket;
  plan: TagPlan;
  /** How many times Zendesk answered 409 and we re-read and merged. */
  conflicts: number;
}

export type TaggingErrorCode =
  | 'tagging.closed-ticket'
  | 'tagging.ticket-deleted'
  | 'tagging.not-configured'
  | 'tagging.values-field-unusable'
  | 'tagging.record-field-unusable'
  | 'tagging.not-written'
  | 'tagging.record-full'
  | 'tagging.rejected'
  | 'tagging.conflicts'
  | 'tagging.denied'
  | 'tagging.forged';

export class TaggingError extends Error {
  constructor(
    readonly code: TaggingErrorCode,
    readonly reason?: string,
  ) {
    super(code);
    this.name = 'TaggingError';
  }
}

/**
 * The write path for one tag change: read the ticket, settle who tagged and whose reply it is from
 * Zendesk (never from what was stored), plan the merged field values and record lines (domain),
 * write them with `safe_update`, and check what Zendesk says it saved before anyone is told
 * "saved". A 409 means someone saved in between: re-read, re-plan on top of their change, write
 * again. Planning is idempotent, so a retry of a write that did land writes nothing.
 */
export async function commitTagChange(api: ZendeskApi, request: CommitRequest): Promise<CommitResult> {
  const { valuesFieldId, recordFieldId } = request.settings;
  if (valuesFieldId === null) throw new TaggingError('tagging.not-configured');
  const now = request.now ?? (() => new Date());
  let conflicts = 0;
  for (;;) {
    const ticket = await readTicket(api, request.ticketId);
    if (ticket.status === 'closed') throw new TaggingError('tagging.closed-ticket');
    checkFieldsUsable(ticket, valuesFieldId, recordFieldId);
    const current = {
      fieldTags: fieldTags(customFieldValue(ticket, valuesFieldId)),
      recordText: recordFieldId === null ? null : ((customFieldValue(ticket, recordFieldId) as string | null) ?? null),
    };
    const reply = await replyFacts(api, request);
    const authority = authorizeChange(request.change, {
      userId: request.actor.user.id,
      reply: reply === undefined ? null : reply === 'missing' || reply.authorId === undefined ? 'missing' : { authorId: reply.authorId },
      now: now(),
    });
    if (!authority.ok) throw new TaggingError('tagging.forged', authority.code);
    const change = authority.change;
    const permission = checkChangePermission(request.actor.user, request.actor.settings, change, {
      events: parseRecord(current.recordText).events,
      ...(reply && reply !== 'missing' ? { reply } : {}),
    });
    if (!permission.allowed) throw new TaggingError('tagging.denied', permission.reason);
    const plan = planTagChange(current, change, { hasRecordField: recordFieldId !== null });
    if (plan.rejected === 'tagging.change.record-full') throw new TaggingError('tagging.record-full');
    if (plan.rejected) throw new TaggingError('tagging.rejected', plan.rejected);
    if (plan.noop) return { ticket, plan, conflicts };
    const customFields: { id: number; value: unknown }[] = [{ id: valuesFieldId, value: plan.fieldTags }];
    if (recordFieldId !== null) customFields.push({ id: recordFieldId, value: plan.recordText });
    const note =
      typeof request.privateNote === 'function'
        ? request.privateNote(change, reply && reply !== 'missing' ? reply : undefined)
        : request.privateNote;
    const comment = note ? { body: note, public: false } : undefined;
    try {
      const updated = await api.updateTicketSafely(
        request.ticketId,
        comment ? { custom_fields: customFields, comment } : { custom_fields: customFields },
        ticket.updated_at,
      );
      checkWritten(updated, plan, valuesFieldId, recordFieldId);
      return { ticket: updated, plan, conflicts };
    } catch (error) {
      if (!(error instanceof ApiError) || error.kind !== 'conflict') {
        if (error instanceof ApiError && error.kind === 'closed-ticket') throw new TaggingError('tagging.closed-ticket');
        if (error instanceof ApiError && error.kind === 'not-found') throw new TaggingError('tagging.ticket-deleted');
        throw error;
      }
      conflicts++;
      if (conflicts > MAX_CONFLICT_RETRIES) throw new TaggingError('tagging.conflicts');
    }
  }
}

async function readTicket(api: ZendeskApi, ticketId: number): Promise<ZdTicket> {
  try {
    return await api.getTicket(ticketId);
  } catch (error) {
    if (error instanceof ApiError && error.kind === 'not-found') throw new TaggingError('tagging.ticket-deleted');
    throw error;
  }
}

/**
 * Zendesk lists every ticket field on a ticket (null when empty). A configured id that is not
 * there points nowhere; a value of the wrong shape is a field of the wrong type. Either way nothing
 * would be written, so nothing is sent.
 */
function checkFieldsUsable(ticket: ZdTicket, valuesFieldId: number, recordFieldId: number | null) {
  const values = ticket.custom_fields.find((f) => f.id === valuesFieldId);
  if (!values || (values.value !== null && values.value !== undefined && !Array.isArray(values.value))) {
    throw new TaggingError('tagging.values-field-unusable', String(valuesFieldId));
  }
  if (recordFieldId === null) return;
  const record = ticket.custom_fields.find((f) => f.id === recordFieldId);
  if (!record || (record.value !== null && record.value !== undefined && typeof record.value !== 'string')) {
    throw new TaggingError('tagging.record-field-unusable', String(recordFieldId));
  }
}

/** What Zendesk answered must hold what we wrote; otherwise the write did not do what it says. */
function checkWritten(updated: ZdTicket, plan: TagPlan, valuesFieldId: number, recordFieldId: number | null) {
  const values = updated.custom_fields.find((f) => f.id === valuesFieldId);
  if (!values) throw new TaggingError('tagging.values-field-unusable', String(valuesFieldId));
  const saved = new Set(fieldTags(values.value));
  if (plan.fieldTags.some((tag) => !saved.has(tag)) || saved.size !== new Set(plan.fieldTags).size) {
    throw new TaggingError('tagging.not-written', String(valuesFieldId));
  }
  if (recordFieldId === null) return;
  const record = updated.custom_fields.find((f) => f.id === recordFieldId);
  if (!record) throw new TaggingError('tagging.record-field-unusable', String(recordFieldId));
  // Line endings may come back normalised; the events must all be there.
  const savedIds = new Set(parseRecord(typeof record.value === 'string' ? record.value : null).events.map((e) => e.e));
  if (plan.appended.some((event) => !savedIds.has(event.e))) throw new TaggingError('tagging.not-written', String(recordFieldId));
}

/** The tagged reply as Zendesk has it: from the sidebar's fresh read, or read now. */
async function replyFacts(api: ZendeskApi, request: CommitRequest): Promise<ReplyFacts | 'missing' | undefined> {
  const { change } = request;
  if (change.op !== 'add' || change.replyId === null) return undefined;
  if (request.actor.reply) return request.actor.reply;
  const { comments } = await api.getComments(request.ticketId);
  const comment = comments.find((c) => c.id === change.replyId);
  if (!comment) return 'missing';
  const [author] = await api.getUsers([comment.author_id]);
  return {
    authorId: comment.author_id,
    authorRole: author?.role ?? 'end-user',
    public: comment.public,
    ...(author?.name ? { authorName: author.name } : {}),
    createdAt: comment.created_at,
  };
}
