import type { Aggregates } from '../../domain/dashboard/aggregate';
import { useServices } from '../../services/services';
import { formatDay } from '../../ui/format-day';
import { BarChart, type BarDatum } from '../../ui/bar-chart';
import { StyledCard, StyledCardTitle, StyledGrid, StyledSubtle } from './styled';

/** Totals per value, week, agent and group, each a small chart with its table. */
export function ValueCharts({ aggregates, showPerAgent = true }: { aggregates: Aggregates; showPerAgent?: boolean }) {
  const { i18n } = useServices();
  const t = i18n.t;
  const rare = aggregates.perValue.filter((v) => v.rare);
  const count = t('vc.leads.count');
  const charts: { id: string; title: string; labelHeader: string; data: BarDatum[]; note?: string }[] = [
    {
      id: 'per-value',
      title: t('vc.leads.perValue'),
      labelHeader: t('vc.leads.value'),
      note: rare.length > 0 ? t('vc.leads.coachingFocus', { values: rare.map((v) => v.name).join(', ') }) : undefined,
      data: aggregates.perValue.map((v) => ({ key: v.tag, label: v.name, value: v.count, isFlagged: v.rare })),
    },
    {
      id: 'per-week',
      title: t('vc.leads.perWeek'),
      labelHeader: t('vc.leads.week'),
      data: aggregates.perWeek.map((w) => ({
        key: w.week,
        label: t('vc.leads.weekOf', { date: formatDay(w.start, i18n.locale) }),
        value: w.count,
      })),
    },
    {
      id: 'per-agent',
      title: t('vc.leads.perAgent'),
      labelHeader: t('vc.leads.agent'),
      data: aggregates.perAgent.map((a) => ({ key: String(a.agentId), label: a.name, value: a.count })),
    },
    {
      id: 'per-group',
      title: t('vc.leads.perGroup'),
      labelHeader: t('vc.leads.group'),
      data: aggregates.perGroup.map((g) => ({ key: String(g.groupId), label: g.name, value: g.count })),
    },
  ];
  return (
    <StyledGrid>
      {charts
        .filter((chart) => showPerAgent || chart.id !== 'per-agent')
        .map((chart) => (
          <StyledCard key={chart.id} aria-labelledby={chart.id}>
            <StyledCardTitle id={chart.id}>{chart.title}</StyledCardTitle>
            {chart.note ? <StyledSubtle>{chart.note}</StyledSubtle> : null}
            <BarChart title={chart.title} labelHeader={chart.labelHeader} valueHeader={count} data={chart.data} />
          </StyledCard>
        ))}
    </StyledGrid>
  );
}
