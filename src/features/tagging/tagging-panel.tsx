import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert } from '@zendeskgarden/react-notifications';
import type { ZdTicket } from '../../adapters/zendesk-api/zendesk-types';
import type { RetryNotice } from '../../adapters/zendesk-api/send';
import { customFieldOf, type TicketSnapshot } from '../../domain/ticket';
import type { Catalogue } from '../../domain/catalogue/types';
import type { AppSettings } from '../../domain/settings/app-settings';
import { activeTags } from '../../domain/tagging/active-tags';
import { canRemove, canTag } from '../../domain/tagging/permissions';
import type { TagChange } from '../../domain/tagging/tag-change';
import type { TagAddEvent } from '../../domain/tagging/tag-event';
import { parseRecord } from '../../domain/tagging/tag-record';
import { fieldTags } from '../../domain/tagging/field-tags';
import { useServices } from '../../services/services';
import { Section } from '../../ui/section';
import { newEventId } from './event-id';
import { ExistingTags } from './existing-tags';
import { noteText } from './note-text';
import { replyEvidence, type ReplyEvidence } from './reply-evidence';
import type { ReplyFacts } from './commit-tag-change';
import { StyledMeta } from './styled';
import { PendingChanges } from './pending-changes';
import { replyOptions, type ReplyOption } from './reply-options';
import { TagForm, type TagFormInput } from './tag-form';
import { useTagWriter } from './use-tag-writer';
import { useFieldCheck, type FieldProblem } from './use-field-check';
import { errorMessage } from './error-message';

interface ITaggingPanelProps {
  catalogue: Catalogue;
  settings: AppSettings;
  /** The open ticket (with the values and record fields among its custom fields). */
  ticket: TicketSnapshot;
  onTicketUpdated: (ticket: ZdTicket) => void;
  /** Tells the sidebar which reply is being tagged, so it can show what that reply seems to exemplify. */
  onReplyChange: (reply: ReplyOption | undefined) => void;
}

type Status =
  | { kind: 'idle' }
  /** `retry`: Zendesk answered 5xx or 429 and the request waits to be tried again. */
  | { kind: 'saving'; retry?: RetryNotice }
  | { kind: 'saved'; text: string }
  | { kind: 'pending'; code: string }
  | { kind: 'unsaved'; code: string }
  | { kind: 'failed'; code: string };

const FIELD_CODES = new Set(['values-field-unusable', 'record-field-unusable']);

/**
 * A configured field whose value in the ticket as read has another type's shape (a multi-select
 * holds a list, the record a text). Costs no request; a field that is not there at all is found
 * when the form is first used (useFieldCheck) or by the write path.
 */
function unusableField(ticket: TicketSnapshot, settings: AppSettings): FieldProblem {
  const { valuesFieldId, recordFieldId } = settings;
  if (valuesFieldId !== null) {
    const value = customFieldOf(ticket, valuesFieldId);
    if (value !== null && value !== undefined && !Array.isArray(value)) return { code: 'values-field-unusable', fieldId: valuesFieldId };
  }
  if (recordFieldId !== null) {
    const value = customFieldOf(ticket, recordFieldId);
    if (value !== null && value !== undefined && typeof value !== 'string')
      return { code: 'record-field-unusable', fieldId: recordFieldId };
  }
  return null;
}

/** Reviewers tag the value(s) a reply exemplified; the tags live in the ticket's custom fields. */
export function TaggingPanel({ catalogue, settings, ticket, onTicketUpdated, onReplyChange }: ITaggingPanelProps) {
  const { user, i18n, api, port } = useServices();
  const t = i18n.t;
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [resetKey, setResetKey] = useState(0);
  const [isFormInUse, setFormInUse] = useState(false);
  const [writeProblem, setWriteProblem] = useState<FieldProblem>(null);
  const checkedProblem = useFieldCheck(settings, isFormInUse);
  const onUse = useCallback(() => setFormInUse(true), []);
  const taggingUser = useMemo(() => ({ id: user.id, role: user.role, groupIds: user.groups.map((g) => g.id) }), [user]);
  const valuesByTag = useMemo(() => new Map(catalogue.values.map((v) => [v.tag, v])), [catalogue]);
  const comments = ticket.comments;
  const replies = useMemo(() => replyOptions(comments), [comments]);
  const noteFor = useCallback(
    (change: TagChange, reply?: ReplyFacts) =>
      settings.privateNote
        ? noteText(change, catalogue, user.name, i18n, { authorName: reply?.authorName ?? null, createdAt: reply?.createdAt ?? null })
        : undefined,
    [catalogue, i18n, settings.privateNote, user.name],
  );
  const replyOf = useCallback(
    (ticketId: number, replyId: number | null): ReplyFacts | undefined => {
      const comment = ticketId === ticket.id ? comments.find((c) => c.id === replyId) : undefined;
      if (!comment || comment.authorId === undefined) return undefined;
      return {
        authorId: comment.authorId,
        authorRole: comment.authorRole,
        public: comment.public,
        ...(comment.authorName ? { authorName: comment.authorName } : {}),
        ...(comment.createdAt ? { createdAt: comment.createdAt } : {}),
      };
    },
    [comments, ticket.id],
  );
  // What a reply seems to show, read from that reply alone; the form asks only for the picked reply.
  const ticketId = ticket.id;
  const evidenceOf = useCallback(
    (reply: ReplyOption): ReplyEvidence[] => {
      const comment = comments.find((c) => c.id === reply.commentId);
      return comment ? replyEvidence(catalogue, { id: ticketId }, comment) : [];
    },
    [catalogue, comments, ticketId],
  );
  const [focusOn, setFocusOn] = useState<{ key: number; eventIds: string[]; tags: string[] } | undefined>();
  // While a save runs, say when Zendesk is not answering and the request waits to be tried again.
  const isSaving = status.kind === 'saving';
  useEffect(() => {
    if (!isSaving) return undefined;
    return api.onRetry?.((retry) => setStatus((s) => (s.kind === 'saving' ? { kind: 'saving', retry } : s)));
  }, [api, isSaving]);
  // A queued change for another ticket can land while this sidebar is open: its ticket is not ours.
  const onLanded = useCallback(
    (landedId: number, landed: ZdTicket) => {
      if (landedId === ticket.id && landed.id === ticket.id) onTicketUpdated(landed);
    },
    [onTicketUpdated, ticket.id],
  );
  const writer = useTagWriter({ settings, replyOf, noteFor, onLanded });

  const permission = canTag(taggingUser, settings);
  if (!permission.allowed) return null;

  const tagsInField = settings.valuesFieldId === null ? [] : fieldTags(customFieldOf(ticket, settings.valuesFieldId));
  const recordValue = settings.recordFieldId === null ? null : customFieldOf(ticket, settings.recordFieldId);
  const record = settings.recordFieldId === null ? null : parseRecord(typeof recordValue === 'string' ? recordValue : null);
  const events = record ? activeTags(record.events) : [];
  const fieldProblem = unusableField(ticket, settings) ?? writeProblem ?? checkedProblem;
  const disabledReason = fieldProblem ? t(`vc.tagging.error.${fieldProblem.code}`, { id: fieldProblem.fieldId }) : undefined;
  const tracked = new Set(events.map((e) => e.tag));
  // A field of the wrong type holds something else: its value is not tags.
  const untracked = fieldProblem ? [] : tagsInField.filter((tag) => !tracked.has(tag));
  // A name, never an id: the signed-in user, an author in this conversation, else "a reviewer".
  const userName = (id: number) =>
    (id === user.id ? user.name : comments.find((c) => c.authorId === id)?.authorName) ?? t('vc.tagform.aReviewer');
  const list = new Intl.ListFormat(i18n.locale, { type: 'conjunction' });
  const nameOf = (tag: string) => valuesByTag.get(tag)?.name ?? tag;
  const isClosed = ticket.status === 'closed';

  const send = async (change: TagChange) => {
    setStatus({ kind: 'saving' });
    const outcome = await writer.submit(ticket.id, change);
    if (outcome.kind === 'landed') {
      if (change.op === 'add') {
        const author = comments.find((c) => c.id === change.replyId)?.authorName ?? t('vc.tagform.aReviewer');
        const text = t('vc.tagform.saved', { values: list.format(change.adds.map((a) => nameOf(a.tag))), name: author });
        setStatus({ kind: 'saved', text });
        port.notify(text, 'notice');
        // Focus follows the work: to the new tag in the list, not lost to the page.
        setFocusOn((f) => ({ key: (f?.key ?? 0) + 1, eventIds: change.adds.map((a) => a.eventId), tags: change.adds.map((a) => a.tag) }));
      } else {
        setStatus({ kind: 'idle' });
      }
      setResetKey((k) => k + 1);
      return;
    }
    if (outcome.kind === 'held') return setStatus({ kind: 'failed', code: outcome.code });
    if (FIELD_CODES.has(outcome.code) && settings.valuesFieldId !== null) {
      const fieldId = outcome.code === 'record-field-unusable' ? settings.recordFieldId : settings.valuesFieldId;
      setWriteProblem({ code: outcome.code as NonNullable<FieldProblem>['code'], fieldId: fieldId ?? settings.valuesFieldId });
    }
    setStatus(outcome);
    // Only a change stored in the outbox may leave the form: otherwise the form is the only copy.
    if (outcome.kind === 'pending') setResetKey((k) => k + 1);
  };

  const replyAuthor = (replyId: number | null) => comments.find((c) => c.id === replyId)?.authorId;

  const add = (input: TagFormInput) =>
    send({
      op: 'add',
      adds: input.valueTags.map((tag) => ({ tag, eventId: newEventId() })),
      replyId: input.replyId,
      ...(replyAuthor(input.replyId) === undefined ? {} : { replyAuthorId: replyAuthor(input.replyId) }),
      ...(input.note ? { note: input.note } : {}),
      by: user.id,
      at: new Date().toISOString(),
    });

  const remove = (items: { tag: string; ref: string | null }[]) =>
    send({ op: 'remove', removes: items.map((i) => ({ ...i, eventId: newEventId() })), by: user.id, at: new Date().toISOString() });

  const isReplyAllowed = (reply: ReplyOption) =>
    canTag(taggingUser, settings, { authorId: reply.authorId, authorRole: reply.authorRole, public: true }).allowed;
  const mayRemove = (event: TagAddEvent) => canRemove(taggingUser, event, settings).allowed;
  const held = writer.pending.filter((e) => e.held !== undefined);
  const waiting = writer.pending.filter((e) => e.held === undefined);
  const pendingHere = waiting.filter((e) => e.ticketId === ticket.id);
  const message = (code: string) => errorMessage(i18n, code, settings);
  const taggedValues = (reply: ReplyOption) => [...new Set(events.filter((e) => e.reply === reply.commentId).map((e) => nameOf(e.tag)))];
  const allowedReplies = replies.filter(isReplyAllowed);
  const savingText =
    status.kind !== 'saving' || !status.retry
      ? null
      : status.retry.kind === 'server'
        ? t('vc.tagform.retrying')
        : t('vc.tagform.slowingDown', { seconds: Math.ceil(status.retry.delayMs / 1000) });

  return (
    // The tab says what this is: the heading stays for assistive technology, the room goes to the form.
    <Section title={t('vc.tagging.title')} isTitleHidden>
      <ExistingTags
        events={events}
        untracked={untracked}
        valuesByTag={valuesByTag}
        replies={replies}
        userName={userName}
        canRemove={mayRemove}
        canRemoveUntracked={user.role === 'admin'}
        onRemove={(items) => void remove(items)}
        isBusy={status.kind === 'saving' || isClosed}
        unreadable={record?.malformed.length ?? 0}
        focusOn={focusOn}
      />
      <PendingChanges
        entries={pendingHere}
        held={held}
        otherTickets={waiting.length - pendingHere.length}
        othersWaiting={writer.othersCount}
        valuesByTag={valuesByTag}
        message={message}
        onRetry={() => void writer.flush()}
        onRetryHeld={(entry) => void writer.retry(entry)}
        onDiscard={writer.discard}
      />
      {writer.persistent ? null : (
        <Alert type="info" role="status" data-testid="no-outbox">
          {t('vc.tagging.noOutbox')}
        </Alert>
      )}
      {writer.corrupt ? (
        <Alert type="warning" role="alert">
          {t('vc.tagging.outboxCorrupt')}
        </Alert>
      ) : null}
      {status.kind === 'failed' ? (
        <Alert type="error" role="alert" data-testid="tagging-error">
          {message(status.code)} {t('vc.tagging.inputKept')}
        </Alert>
      ) : null}
      {status.kind === 'unsaved' ? (
        <Alert type="error" role="alert" data-testid="tagging-error">
          {t('vc.tagging.notSaved')} {message(status.code)}
        </Alert>
      ) : null}
      {/* A queued change is reported once, by the pending list (which clears when it lands). */}
      {status.kind === 'saved' ? (
        <Alert type="success" role="status">
          {status.text}
        </Alert>
      ) : null}
      {savingText ? (
        <Alert type="warning" role="status" data-testid="tagging-retrying">
          {savingText}
        </Alert>
      ) : null}
      {isClosed ? (
        <Alert type="info" role="status">
          {t('vc.tagging.error.closed-ticket')}
        </Alert>
      ) : allowedReplies.length === 0 ? (
        // Nothing taggable: one sentence, not a form with live controls.
        <StyledMeta data-testid="nothing-to-tag">
          {replies.length === 0 ? t('vc.tagform.nothingNoReply') : t('vc.tagform.nothingOwnReply', { count: replies.length })}
        </StyledMeta>
      ) : (
        <TagForm
          values={catalogue.values}
          replies={replies}
          isReplyAllowed={isReplyAllowed}
          isSaving={status.kind === 'saving'}
          onSubmit={(input) => void add(input)}
          onReplyChange={onReplyChange}
          resetKey={resetKey}
          disabledReason={disabledReason}
          onUse={onUse}
          evidenceOf={evidenceOf}
          taggedValues={taggedValues}
        />
      )}
    </Section>
  );
}
