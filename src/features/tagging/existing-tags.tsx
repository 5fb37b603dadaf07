import { useEffect, useId, useRef } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import type { CatalogueValue } from '../../domain/catalogue/types';
import type { TagAddEvent } from '../../domain/tagging/tag-event';
import { useServices } from '../../services/services';
import { replyTime } from './note-text';
import type { ReplyOption } from './reply-options';
import {
  StyledExisting,
  StyledExistingTitle,
  StyledMeta,
  StyledMetaLine,
  StyledNote,
  StyledTagHead,
  StyledTagItem,
  StyledTagList,
  StyledTagName,
} from './styled';

interface IExistingTagsProps {
  /** Active tag events from the record field. */
  events: TagAddEvent[];
  /** Tags in the values field with no record event (set by hand, or no record field configured). */
  untracked: string[];
  valuesByTag: Map<string, CatalogueValue>;
  replies: ReplyOption[];
  userName: (id: number) => string;
  canRemove: (event: TagAddEvent) => boolean;
  /** Tags without a record event have no tagger to match: only admins may remove them. */
  canRemoveUntracked: boolean;
  onRemove: (tags: { tag: string; ref: string | null }[]) => void;
  isBusy: boolean;
  /** Record lines that could not be read (edited by hand, another version): counted, never fatal. */
  unreadable?: number;
  /**
   * Tags just saved: focus moves to the first of them once it is listed (by record event id, or by
   * tag for a ticket without a record field). A new `key` asks again.
   */
  focusOn?: { key: number; eventIds: string[]; tags: string[] };
}

export function ExistingTags({
  events,
  untracked,
  valuesByTag,
  replies,
  userName,
  canRemove,
  canRemoveUntracked,
  onRemove,
  isBusy,
  unreadable = 0,
  focusOn,
}: IExistingTagsProps) {
  const { i18n } = useServices();
  const t = i18n.t;
  const titleId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const focusedKey = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!focusOn || focusedKey.current === focusOn.key || !listRef.current) return;
    const items = [...listRef.current.querySelectorAll<HTMLElement>('[data-testid="existing-tag"]')];
    const target =
      items.find((item) => focusOn.eventIds.includes(item.dataset.event ?? '')) ??
      items.find((item) => item.dataset.event === undefined && focusOn.tags.includes(item.dataset.tag ?? ''));
    if (!target) return;
    focusedKey.current = focusOn.key;
    target.focus();
  });
  const unreadableNote =
    unreadable > 0 ? (
      <StyledMeta data-testid="unreadable-lines">{t('vc.tagging.unreadableLines', { count: unreadable })}</StyledMeta>
    ) : null;
  // Short, as the reply cards say it (day, month, time). Times are checked when the record is read;
  // an odd value is shown as it is rather than blanking the sidebar.
  const when = (at: string) => replyTime(at, i18n.locale) ?? at;
  // Which reply a tag is on matters only when there is more than one (the cards above say it too).
  const sayReply = replies.length > 1;
  if (events.length === 0 && untracked.length === 0) {
    return (
      <>
        <StyledMeta>{t('vc.tagging.none')}</StyledMeta>
        {unreadableNote}
      </>
    );
  }
  const nameOf = (tag: string) => valuesByTag.get(tag)?.name ?? tag;
  const removeButton = (label: string, onClick: () => void) => (
    <Button size="small" isLink isDanger disabled={isBusy} onClick={onClick} aria-label={label}>
      {t('vc.tagging.remove')}
    </Button>
  );
  return (
    <StyledExisting>
      <StyledExistingTitle id={titleId}>{t('vc.tagging.existing')}</StyledExistingTitle>
      {unreadableNote}
      <StyledTagList aria-labelledby={titleId} ref={listRef}>
        {events.map((event) => {
          const reply = replies.find((r) => r.commentId === event.reply);
          return (
            <StyledTagItem key={event.e} data-testid="existing-tag" data-tag={event.tag} data-event={event.e} tabIndex={-1}>
              <StyledTagHead>
                <StyledTagName>{nameOf(event.tag)}</StyledTagName>
                {canRemove(event)
                  ? removeButton(t('vc.tagging.removeLabel', { value: nameOf(event.tag), name: userName(event.by) }), () =>
                      onRemove([{ tag: event.tag, ref: event.e }]),
                    )
                  : null}
              </StyledTagHead>
              <StyledMetaLine>{t('vc.tagging.taggedBy', { name: userName(event.by), when: when(event.at) })}</StyledMetaLine>
              {reply && sayReply ? (
                <StyledMetaLine>{t('vc.tagging.forReply', { name: reply.authorName, excerpt: reply.excerpt })}</StyledMetaLine>
              ) : null}
              {event.note ? <StyledNote>“{event.note}”</StyledNote> : null}
            </StyledTagItem>
          );
        })}
        {untracked.map((tag) => (
          <StyledTagItem key={tag} data-testid="existing-tag" data-tag={tag} tabIndex={-1}>
            <StyledTagHead>
              <StyledTagName>{nameOf(tag)}</StyledTagName>
              {canRemoveUntracked
                ? removeButton(t('vc.tagging.removeUntrackedLabel', { value: nameOf(tag) }), () => onRemove([{ tag, ref: null }]))
                : null}
            </StyledTagHead>
            <StyledMetaLine>{t('vc.tagging.untracked')}</StyledMetaLine>
          </StyledTagItem>
        ))}
      </StyledTagList>
    </StyledExisting>
  );
}
