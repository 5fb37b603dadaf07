import { useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { celebrationMessage, type WeekBadges } from '../../domain/dashboard/badges';
import { useServices, useT } from '../../services/services';
import { formatDay } from '../../ui/format-day';
import { StyledBadge, StyledCard, StyledCardTitle, StyledList, StyledSubtle } from './styled';

interface IBadgeBoardProps {
  weeks: WeekBadges[];
  agentName: (id: number) => string;
}

/** Who exemplified each value most, week by week, ready to present and to share as a message. */
export function BadgeBoard({ weeks, agentName }: IBadgeBoardProps) {
  const { i18n } = useServices();
  const t = useT();
  const [copied, setCopied] = useState<string | null>(null);
  const list = new Intl.ListFormat(i18n.locale, { type: 'conjunction' });

  const messageFor = (week: WeekBadges) => {
    const message = celebrationMessage(week, agentName);
    const lines = message.items.map((item) =>
      t('vc.leads.badgeLine', { value: item.value, agents: list.format(item.agents), count: item.count }),
    );
    return [t('vc.leads.celebrationIntro', { date: formatDay(message.start, i18n.locale) }), ...lines].join('\n');
  };

  const copy = async (week: WeekBadges) => {
    try {
      await navigator.clipboard.writeText(messageFor(week));
      setCopied(week.week);
    } catch {
      setCopied(`failed:${week.week}`);
    }
  };

  return (
    <StyledCard aria-labelledby="badges">
      <StyledCardTitle id="badges">{t('vc.leads.badges')}</StyledCardTitle>
      <StyledSubtle>{t('vc.figures.badgesHint')}</StyledSubtle>
      {weeks.length === 0 ? <StyledSubtle>{t('vc.leads.noBadges')}</StyledSubtle> : null}
      {weeks.slice(0, 4).map((week) => (
        <section key={week.week} aria-label={t('vc.leads.weekOf', { date: formatDay(week.start, i18n.locale) })} data-testid="badge-week">
          <StyledSubtle>{t('vc.leads.weekOf', { date: formatDay(week.start, i18n.locale) })}</StyledSubtle>
          <StyledList>
            {week.badges.map((badge) => (
              <StyledBadge key={badge.tag}>
                <strong>{badge.value}</strong>: {list.format(badge.agentIds.map(agentName))} (
                {t('vc.figures.repliesCount', { count: badge.count })})
              </StyledBadge>
            ))}
          </StyledList>
          <Button size="small" onClick={() => void copy(week)}>
            {t('vc.leads.copyMessage')}
          </Button>{' '}
          <span role="status">
            {copied === week.week ? t('vc.leads.copied') : copied === `failed:${week.week}` ? t('vc.leads.copyFailed') : ''}
          </span>
        </section>
      ))}
    </StyledCard>
  );
}
