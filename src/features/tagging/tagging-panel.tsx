import { useCallback, useMemo, useState } from 'react';
import { Alert } from '@zendeskgarden/react-notifications';
import type { ZdTicket } from '../../adapters/zendesk-api/zendesk-types';
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
import { PendingChanges } from './pending-changes';
import { replyOptions, type ReplyOption } from './reply-options';
import { TagForm, type TagFormInput } from './tag-form';
import { useTagWriter } from './use-tag-writer';

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
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'pending'; code: string } | { kind: 'failed'; code: string };

/** Reviewers tag the value(s) a reply exemplified; the tags live in the ticket's custom fields. */
export function TaggingPanel({ catalogue, settings, ticket, onTicketUpdated, onReplyChange }: ITaggingPanelProps) {
  const { user, i18n } = useServices();
  const t = i18n.t;
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [resetKey, setResetKey] = useState(0);
  const taggingUser = useMemo(() => ({ id: user.id, role: user.role, groupIds: user.groups.map((g) => g.id) }), [user]);
  const valuesByTag = useMemo(() => new Map(catalogue.values.map((v) => [v.tag, v])), [catalogue]);
  const comments = ticket.comments;
  const replies = useMemo(() => replyOptions(comments), [comments]);
  const noteFor = useCallback(
    (change: TagChange) => (settings.privateNote ? noteText(change, catalogue, user.name, i18n) : undefined),
    [catalogue, i18n, settings.privateNote, user.name],
  );
  const replyOf = useCallback(
    (ticketId: number, replyId: number | null) => {
      const comment = ticketId === ticket.id ? comments.find((c) => c.id === replyId) : undefined;
      if (!comment || comment.authorId === undefined) return undefined;
      return { authorId: comment.authorId, authorRole: comment.authorRole, public: comment.public };
    },
    [comments, ticket.id],
  );
  const writer = useTagWriter({ settings, replyOf, noteFor, onLanded: onTicketUpdated });

  const permission = canTag(taggingUser, settings);
  if (!permission.allowed) return null;

  const tagsInField = settings.valuesFieldId === null ? [] : fieldTags(customFieldOf(ticket, settings.valuesFieldId));
  const events =
    settings.recordFieldId === null ? [] : activeTags(parseRecord(customFieldOf(ticket, settings.recordFieldId) as string | null).events);
  const tracked = new Set(events.map((e) => e.tag));
  const untracked = tagsInField.filter((tag) => !tracked.has(tag));
  const userName = (id: number) =>
    (id === user.id ? user.name : comments.find((c) => c.authorId === id)?.authorName) ?? t('vc.tagging.unknownUser', { id });
  const isClosed = ticket.status === 'closed';

  const send = async (change: TagChange) => {
    setStatus({ kind: 'saving' });
    const outcome = await writer.submit(ticket.id, change);
    if (outcome.kind === 'landed') {
      setStatus({ kind: 'saved' });
      setResetKey((k) => k + 1);
    } else {
      setStatus(outcome);
      if (outcome.kind === 'pending') setResetKey((k) => k + 1);
    }
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
  const pendingHere = writer.pending.filter((e) => e.ticketId === ticket.id);

  return (
    <Section title={t('vc.tagging.title')}>
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
      />
      <PendingChanges
        entries={pendingHere}
        otherTickets={writer.pending.length - pendingHere.length}
        valuesByTag={valuesByTag}
        onRetry={() => void writer.flush()}
        onDiscard={writer.discard}
      />
      {writer.corrupt ? (
        <Alert type="warning" role="alert">
          {t('vc.tagging.outboxCorrupt')}
        </Alert>
      ) : null}
      {status.kind === 'failed' ? (
        <Alert type="error" role="alert" data-testid="tagging-error">
          {t(`vc.tagging.error.${status.code}`)}
        </Alert>
      ) : null}
      {status.kind === 'pending' ? (
        <Alert type="warning" role="status">
          {t('vc.tagging.queued')} {t(`vc.tagging.error.${status.code}`)}
        </Alert>
      ) : null}
      {status.kind === 'saved' ? (
        <Alert type="success" role="status">
          {t('vc.tagging.saved')}
        </Alert>
      ) : null}
      {isClosed ? (
        <Alert type="info">{t('vc.tagging.error.closed-ticket')}</Alert>
      ) : (
        <TagForm
          values={catalogue.values}
          replies={replies}
          isReplyAllowed={isReplyAllowed}
          isSaving={status.kind === 'saving'}
          onSubmit={(input) => void add(input)}
          onReplyChange={onReplyChange}
          resetKey={resetKey}
        />
      )}
    </Section>
  );
}
