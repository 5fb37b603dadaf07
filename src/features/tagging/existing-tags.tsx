import { useEffect, useRef } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import type { CatalogueValue } from '../../domain/catalogue/types';
import type { TagAddEvent } from '../../domain/tagging/tag-event';
import { useServices } from '../../services/services';
import type { ReplyOption } from './reply-options';
import { StyledMeta, StyledMetaLine, StyledTagHead, StyledTagItem, StyledTagList } from './styled';

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
  const date = new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'medium', timeStyle: 'short' });
  const unreadableNote =
    unreadable > 0 ? (
      <StyledMeta data-testid="unreadable-lines">{t('vc.tagging.unreadableLines', { count: unreadable })}</StyledMeta>
    ) : null;
  // Times are checked when the record is read; this guard keeps one odd value from blanking the sidebar.
  const when = (at: string) => {
    const time = new Date(at);
    return Number.isNaN(time.getTime()) ? at : date.format(time);
  };
  if (events.length === 0 && untracked.length === 0) {
    return (
      <>
        <StyledMeta>{t('vc.tagging.none')}</StyledMeta>
        {unreadableNote}
      </>
    );
  }
  const nameOf = (tag: string) => valuesByTag.get(tag)?.name ?? tag;
  return (
    <>
      {unreadableNote}
      <StyledTagList aria-label={t('vc.tagging.existing')} ref={listRef}>
        {events.map((event) => {
          const reply = replies.find((r) => r.commentId === event.reply);
          return (
            <StyledTagItem key={event.e} data-testid="existing-tag" data-tag={event.tag} data-event={event.e} tabIndex={-1}>
              <StyledTagHead>
                <span>{nameOf(event.tag)}</span>
                {canRemove(event) ? (
                  <Button
                    size="small"
                    isBasic
                    isDanger
                    disabled={isBusy}
                    onClick={() => onRemove([{ tag: event.tag, ref: event.e }])}
                    aria-label={t('vc.tagging.removeLabel', { value: nameOf(event.tag), name: userName(event.by) })}
                  >
                    {t('vc.tagging.remove')}
                  </Button>
                ) : null}
              </StyledTagHead>
              <StyledMeta>{t('vc.tagging.taggedBy', { name: userName(event.by), when: when(event.at) })}</StyledMeta>
              {reply ? (
                <StyledMetaLine>{t('vc.tagging.forReply', { name: reply.authorName, excerpt: reply.excerpt })}</StyledMetaLine>
              ) : null}
              {event.note ? <StyledMeta>“{event.note}”</StyledMeta> : null}
            </StyledTagItem>
          );
        })}
        {untracked.map((tag) => (
          <StyledTagItem key={tag} data-testid="existing-tag" data-tag={tag} tabIndex={-1}>
            <StyledTagHead>
              <span>{nameOf(tag)}</span>
              {canRemoveUntracked ? (
                <Button
                  size="small"
                  isBasic
                  isDanger
                  disabled={isBusy}
                  onClick={() => onRemove([{ tag, ref: null }])}
                  aria-label={t('vc.tagging.removeUntrackedLabel', { value: nameOf(tag) })}
                >
                  {t('vc.tagging.remove')}
                </Button>
              ) : null}
            </StyledTagHead>
            <StyledMeta>{t('vc.tagging.untracked')}</StyledMeta>
          </StyledTagItem>
        ))}
      </StyledTagList>
    </>
  );
}
