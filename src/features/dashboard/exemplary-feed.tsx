import { Button } from '@zendeskgarden/react-buttons';
import type { FeedEntry } from '../../domain/dashboard/feed';
import { mayName, type Visibility } from '../../domain/privacy/visibility';
import { useServices } from '../../services/services';
import { useReplyExcerpts } from './use-reply-excerpts';
import { StyledBadge, StyledCard, StyledCardTitle, StyledList, StyledSubtle } from './styled';

/**
 * Tagged replies to read out at the weekly meeting, with the reviewers' notes. Each names the reply's
 * author (as recorded with the tag, when the viewer may see the name) apart from who tagged it.
 */
export function ExemplaryFeed({ entries, visibility }: { entries: FeedEntry[]; visibility: Visibility }) {
  const { i18n, port } = useServices();
  const t = i18n.t;
  const date = new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'medium' });
  const excerpts = useReplyExcerpts(entries);
  const and = new Intl.ListFormat(i18n.locale, { type: 'conjunction' });
  return (
    <StyledCard aria-labelledby="feed">
      <StyledCardTitle id="feed">{t('vc.leads.feed')}</StyledCardTitle>
      {entries.length === 0 ? <StyledSubtle>{t('vc.leads.noFeed')}</StyledSubtle> : null}
      <StyledList>
        {entries.map((entry) => (
          <StyledBadge key={`${entry.ticketId}:${entry.replyCommentId}`} data-testid="feed-entry">
            <strong>{and.format(entry.values)}</strong> · {date.format(new Date(entry.at))}
            <StyledSubtle data-testid="feed-people">
              {mayName(visibility, entry.replyAuthorId)
                ? t('vc.leads.feedBy', { author: entry.replyAuthor, taggers: and.format(entry.taggedBy) })
                : t('vc.leads.feedTaggedBy', { taggers: and.format(entry.taggedBy) })}
            </StyledSubtle>
            <Button isLink onClick={() => port.openTicket(entry.ticketId)}>
              {t('vc.leads.ticketLink', { id: entry.ticketId, subject: entry.subject })}
            </Button>
            {(() => {
              const text = entry.excerpt || (entry.replyCommentId === null ? '' : (excerpts.get(entry.replyCommentId) ?? ''));
              return text ? <StyledSubtle data-testid="feed-excerpt">“{text}”</StyledSubtle> : null;
            })()}
            {entry.notes.map((n, i) => (
              <StyledSubtle key={i}>{t('vc.leads.noteBy', { name: n.by, note: n.note })}</StyledSubtle>
            ))}
          </StyledBadge>
        ))}
      </StyledList>
    </StyledCard>
  );
}
