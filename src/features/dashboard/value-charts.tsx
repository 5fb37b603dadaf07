import type { Aggregates } from '../../domain/dashboard/aggregate';
import { useServices } from '../../app/services';
import { formatDay } from '../../ui/format-day';
import { BarChart } from '../../ui/bar-chart';
import { StyledCard, StyledCardTitle, StyledGrid, StyledSubtle } from './styled';

/** Totals per value, week, agent and group, each a small chart with its table. */
export function ValueCharts({ aggregates }: { aggregates: Aggregates }) {
  const { i18n } = useServices();
  const t = i18n.t;
  const rare = aggregates.perValue.filter((v) => v.rare);
  const count = t('vc.leads.count');
  return (
    <StyledGrid>
      <StyledCard aria-labelledby="per-value">
        <StyledCardTitle id="per-value">{t('vc.leads.perValue')}</StyledCardTitle>
        {rare.length > 0 ? <StyledSubtle>{t('vc.leads.coachingFocus', { values: rare.map((v) => v.name).join(', ') })}</StyledSubtle> : null}
        <BarChart
          title={t('vc.leads.perValue')}
          labelHeader={t('vc.leads.value')}
          valueHeader={count}
          data={aggregates.perValue.map((v) => ({ key: v.tag, label: v.name, value: v.count, isFlagged: v.rare }))}
        />
      </StyledCard>
      <StyledCard aria-labelledby="per-week">
        <StyledCardTitle id="per-week">{t('vc.leads.perWeek')}</StyledCardTitle>
        <BarChart
          title={t('vc.leads.perWeek')}
          labelHeader={t('vc.leads.week')}
          valueHeader={count}
          data={aggregates.perWeek.map((w) => ({ key: w.week, label: t('vc.leads.weekOf', { date: formatDay(w.start, i18n.locale) }), value: w.count }))}
        />
      </StyledCard>
      <StyledCard aria-labelledby="per-agent">
        <StyledCardTitle id="per-agent">{t('vc.leads.perAgent')}</StyledCardTitle>
        <BarChart
          title={t('vc.leads.perAgent')}
          labelHeader={t('vc.leads.agent')}
          valueHeader={count}
          data={aggregates.perAgent.map((a) => ({ key: String(a.agentId), label: a.name, value: a.count }))}
        />
      </StyledCard>
      <StyledCard aria-labelledby="per-group">
        <StyledCardTitle id="per-group">{t('vc.leads.perGroup')}</StyledCardTitle>
        <BarChart
          title={t('vc.leads.perGroup')}
          labelHeader={t('vc.leads.group')}
          valueHeader={count}
          data={aggregates.perGroup.map((g) => ({ key: String(g.groupId), label: g.name, value: g.count }))}
        />
      </StyledCard>
    </StyledGrid>
  );
}
