import { useState } from 'react';
import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { Field, Select } from '@zendeskgarden/react-forms';
import { Tag } from '@zendeskgarden/react-tags';
import { getColor } from '@zendeskgarden/react-theming';
import { MIN_ATTENTION_SAMPLE, weekOf } from '../../domain/dashboard/highlights';
import { mayName, type Visibility } from '../../domain/privacy/visibility';
import { useServices, useT } from '../../services/services';
import { useClipboard } from '../../ui/use-clipboard';
import { formatDay } from '../../ui/format-day';
import { useReplyExcerpts } from './use-reply-excerpts';
import type { WeekView } from './use-leads-model';
import { StyledBadge, StyledCard, StyledCardTitle, StyledList, StyledSubtle } from './styled';

/** Replies linked per badge: the newest ones; the export lists them all. */
const REPLIES_PER_BADGE = 2;

const StyledRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.base * 2}px;
  align-items: center;
`;

const StyledQuote = styled.q`
  display: block;
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.default' })};
`;

const StyledPicker = styled.div`
  margin-bottom: ${({ theme }) => theme.space.base * 2}px;
  max-width: ${({ theme }) => theme.space.base * 80}px;
`;

interface IThisWeekProps {
  /** Newest first: the range's last week, then the earlier weeks of the range with a counted reply. */
  weeks: readonly [WeekView, ...WeekView[]];
  agentName: (id: number) => string;
  visibility: Visibility;
  /** Today, to say "This week" rather than "Week of …". */
  today: string;
}

/**
 * What a lead opens on (issue 13), and the one place that answers "who do we celebrate": who
 * exemplified each value in the week, with a link to each reply that earned it and a ready-to-paste
 * message, then what needs attention — values and agents at 0 — only once the week holds enough
 * tagged replies to mean something. The range's last week shows first; a picker opens any earlier
 * week of the range that has badges (what the old weekly board listed).
 */
export function ThisWeek({ weeks, agentName, visibility, today }: IThisWeekProps) {
  const { i18n, port } = useServices();
  const t = useT();
  const clipboard = useClipboard();
  const [picked, setPicked] = useState<string | null>(null);
  const and = new Intl.ListFormat(i18n.locale, { type: 'conjunction' });
  // A new range keeps the pick only if that week is still in it.
  const shown = weeks.find((w) => w.highlights.week === picked) ?? weeks[0];
  const { highlights: week, agents } = shown;
  const titleOf = (start: string, key: string) =>
    weekOf(today).week === key ? t('vc.thisWeek.title') : t('vc.leads.weekOf', { date: formatDay(start, i18n.locale) });
  const title = titleOf(week.start, week.week);
  // Names only where the viewer may see them (ADR 0047); a badge whose winners opted out stays, unnamed.
  const badges = week.badges.map((badge) => ({
    ...badge,
    agentIds: badge.agentIds.filter((id) => mayName(visibility, id)),
    replies: badge.replies.filter((r) => mayName(visibility, r.agentId)).slice(0, REPLIES_PER_BADGE),
  }));
  const excerpts = useReplyExcerpts(badges.flatMap((b) => b.replies.filter((r) => !r.excerpt)));
  const atZero = visibility.perAgent ? agents.filter((a) => a.total === 0 && mayName(visibility, a.agentId)).map((a) => a.name) : [];
  const enough = week.total >= MIN_ATTENTION_SAMPLE;

  const message = () =>
    [
      t('vc.leads.celebrationIntro', { date: formatDay(week.start, i18n.locale) }),
      ...badges
        .filter((b) => b.agentIds.length > 0)
        .map((b) =>
          t('vc.thisWeek.messageLine', {
            value: b.value,
            agents: and.format(b.agentIds.map(agentName)),
            replies: t('vc.figures.repliesCount', { count: b.count }),
          }),
        ),
    ].join('\n');

  return (
    <StyledCard aria-labelledby="this-week" data-testid="this-week">
      <StyledCardTitle id="this-week">{title}</StyledCardTitle>
      {weeks.length > 1 ? (
        <StyledPicker>
          <Field>
            <Field.Label>{t('vc.weekPicker.label')}</Field.Label>
            <Select
              value={week.week}
              onChange={(e) => {
                setPicked(e.target.value);
                clipboard.reset();
              }}
              data-testid="week-picker"
            >
              {weeks.map((w) => (
                <option key={w.highlights.week} value={w.highlights.week}>
                  {t('vc.weekPicker.option', {
                    week: titleOf(w.highlights.start, w.highlights.week),
                    replies: t('vc.figures.repliesCount', { count: w.highlights.total }),
                  })}
                </option>
              ))}
            </Select>
          </Field>
        </StyledPicker>
      ) : null}
      <StyledSubtle>{t('vc.thisWeek.summary', { count: week.total, date: formatDay(week.start, i18n.locale) })}</StyledSubtle>
      <StyledSubtle>{t('vc.figures.badgesHint')}</StyledSubtle>
      {badges.length === 0 ? <StyledSubtle>{t('vc.thisWeek.noBadges')}</StyledSubtle> : null}
      <StyledList>
        {badges.map((badge) => (
          <StyledBadge key={badge.tag} data-testid="week-badge">
            <StyledRow>
              <Tag isPill hue="blue">
                {badge.value}
              </Tag>
              <span>
                {badge.agentIds.length > 0
                  ? and.format(badge.agentIds.map(agentName))
                  : visibility.perAgent
                    ? t('vc.thisWeek.notNamed')
                    : t('vc.thisWeek.teamOnly')}{' '}
                ({t('vc.figures.repliesCount', { count: badge.count })})
              </span>
            </StyledRow>
            {badge.replies.map((reply) => {
              const text = reply.excerpt || (reply.replyCommentId === null ? '' : (excerpts.get(reply.replyCommentId) ?? ''));
              return (
                <div key={`${reply.ticketId}:${reply.replyCommentId}`}>
                  <Button isLink onClick={() => port.openTicket(reply.ticketId)}>
                    {t('vc.thisWeek.replyLink', { author: agentName(reply.agentId), id: reply.ticketId, subject: reply.subject })}
                  </Button>
                  {text ? <StyledQuote data-testid="week-badge-excerpt">{text}</StyledQuote> : null}
                </div>
              );
            })}
          </StyledBadge>
        ))}
      </StyledList>
      {badges.some((b) => b.agentIds.length > 0) ? (
        <StyledRow>
          <Button size="small" onClick={() => void clipboard.copy(message())}>
            {t('vc.thisWeek.copy')}
          </Button>
          <span role="status">
            {clipboard.state === 'copied' ? t('vc.leads.copied') : clipboard.state === 'failed' ? t('vc.leads.copyFailed') : ''}
          </span>
        </StyledRow>
      ) : null}
      <section aria-labelledby="needs-attention" data-testid="needs-attention">
        <StyledCardTitle as="h3" id="needs-attention">
          {t('vc.thisWeek.attention')}
        </StyledCardTitle>
        {!enough ? (
          <StyledSubtle>{t('vc.thisWeek.attentionSample', { min: MIN_ATTENTION_SAMPLE, count: week.total })}</StyledSubtle>
        ) : (
          <>
            <p>
              {week.valuesAtZero && week.valuesAtZero.length > 0
                ? t('vc.thisWeek.valuesAtZero', { values: and.format(week.valuesAtZero.map((v) => v.name)) })
                : t('vc.thisWeek.everyValue')}
            </p>
            {visibility.perAgent ? (
              <p data-testid="agents-at-zero">
                {atZero.length > 0 ? t('vc.thisWeek.agentsAtZero', { agents: and.format(atZero) }) : t('vc.thisWeek.everyAgent')}
              </p>
            ) : null}
          </>
        )}
      </section>
    </StyledCard>
  );
}
