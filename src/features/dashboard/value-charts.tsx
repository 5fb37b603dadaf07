import { minFocusSample, type Aggregates } from '../../domain/dashboard/aggregate';
import { useServices, useT } from '../../services/services';
import { formatDay } from '../../ui/format-day';
import { BarChart, type BarDatum } from '../../ui/bar-chart';
import { StyledCard, StyledCardTitle, StyledGrid, StyledSubtle } from './styled';

/**
 * Replies exemplifying a value per value, week, agent and group, each a small chart with its table.
 * Every chart counts the same replies (a reply tagged by two reviewers once), so each adds up to the
 * total in the summary; the titles and the table's column say so.
 */
export function ValueCharts({ aggregates, showPerAgent = true }: { aggregates: Aggregates; showPerAgent?: boolean }) {
  const { i18n } = useServices();
  const t = useT();
  const rare = aggregates.perValue.filter((v) => v.rare);
  const count = t('vc.figures.replies');
  const list = new Intl.ListFormat(i18n.locale, { type: 'conjunction' });
  const charts: { id: string; title: string; labelHeader: string; data: BarDatum[]; note?: string }[] = [
    {
      id: 'per-value',
      title: t('vc.figures.perValue'),
      labelHeader: t('vc.leads.value'),
      note:
        rare.length > 0
          ? t('vc.leads.coachingFocus', { values: list.format(rare.map((v) => v.name)) })
          : aggregates.total < minFocusSample(aggregates.perValue.length)
            ? t('vc.leads.focusSample', { min: minFocusSample(aggregates.perValue.length), count: aggregates.total })
            : undefined,
      data: aggregates.perValue.map((v) => ({ key: v.tag, label: v.name, value: v.count, isFlagged: v.rare })),
    },
    {
      id: 'per-week',
      title: t('vc.figures.perWeek'),
      labelHeader: t('vc.leads.week'),
      note: t('vc.figures.perWeekHint'),
      data: aggregates.perWeek.map((w) => ({
        key: w.week,
        label: t('vc.leads.weekOf', { date: formatDay(w.start, i18n.locale) }),
        value: w.count,
      })),
    },
    {
      id: 'per-agent',
      title: t('vc.figures.perAgent'),
      labelHeader: t('vc.figures.replyAuthor'),
      note: t('vc.figures.perAgentHint'),
      data: aggregates.perAgent.map((a) => ({ key: String(a.agentId ?? 'unknown'), label: a.name, value: a.count })),
    },
    {
      id: 'per-group',
      title: t('vc.figures.perGroup'),
      labelHeader: t('vc.leads.group'),
      data: aggregates.perGroup.map((g) => ({ key: String(g.groupId ?? 'none'), label: g.name, value: g.count })),
    },
  ];
  return (
    <StyledGrid>
      {charts
        .filter((chart) => showPerAgent || chart.id !== 'per-agent')
        .map((chart) => (
          <StyledCard key={chart.id} aria-labelledby={chart.id} data-testid={chart.id}>
            <StyledCardTitle id={chart.id}>{chart.title}</StyledCardTitle>
            {chart.note ? <StyledSubtle>{chart.note}</StyledSubtle> : null}
            <BarChart title={chart.title} labelHeader={chart.labelHeader} valueHeader={count} data={chart.data} />
          </StyledCard>
        ))}
    </StyledGrid>
  );
}
