import { Button } from '@zendeskgarden/react-buttons';
import type { FeedEntry } from '../../domain/dashboard/feed';
import { useServices } from '../../services/services';
import { useReplyExcerpts } from './use-reply-excerpts';
import { StyledBadge, StyledCard, StyledCardTitle, StyledList, StyledSubtle } from './styled';

/** Tagged replies to read out at the weekly meeting, with the reviewers' notes. */
export function ExemplaryFeed({ entries }: { entries: FeedEntry[] }) {
  const { i18n, port } = useServices();
  const t = i18n.t;
  const date = new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'medium' });
  const excerpts = useReplyExcerpts(entries);
  return (
    <StyledCard aria-labelledby="feed">
      <StyledCardTitle id="feed">{t('vc.leads.feed')}</StyledCardTitle>
      {entries.length === 0 ? <StyledSubtle>{t('vc.leads.noFeed')}</StyledSubtle> : null}
      <StyledList>
        {entries.map((entry) => (
          <StyledBadge key={`${entry.ticketId}:${entry.replyCommentId}`} data-testid="feed-entry">
            <strong>{entry.values.join(', ')}</strong> · {date.format(new Date(entry.at))}
            <br />
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
