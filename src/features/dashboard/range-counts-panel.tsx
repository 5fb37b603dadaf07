import { useEffect } from 'react';
import { bucketId, type RangeCounts } from '../../domain/dashboard/range-counts';
import { hasFacets } from '../../domain/export/tag-rows';
import { useServices, useT } from '../../services/services';
import { BarChart, type BarDatum } from '../../ui/bar-chart';
import { formatDay } from '../../ui/format-day';
import type { DashboardFilters } from './filters';
import { StyledCard, StyledCardTitle, StyledGrid, StyledSubtle } from './styled';

interface Props {
  counts: RangeCounts;
  filters: DashboardFilters;
  values: readonly { tag: string; name: string }[];
  groupName: (id: number) => string;
}

/**
 * The whole range's exact ticket counts (search counts, ADR 0055), shown when the range holds more
 * tagged tickets than the page reads. Each chart appears as soon as its buckets have answered; the
 * statement says what these count (tickets, by last update) and what the reply figures come from.
 */
export function RangeCountsPanel({ counts, filters, values, groupName }: Props) {
  const { i18n } = useServices();
  const t = useT();
  const known = (kind: string, key: string) => counts.counts.get(bucketId({ kind: kind as 'value', key }));
  const buckets = counts.plan.buckets;
  const answered = buckets.filter((b) => counts.counts.has(bucketId(b))).length;
  const complete = (kind: string) => buckets.filter((b) => b.kind === kind).every((b) => counts.counts.has(bucketId(b)));
  const total = known('total', 'total');
  const valueTags = new Set(filters.valueTags);
  const groupIds = new Set(filters.groupIds.map(String));
  const header = t('vc.rangeCounts.tickets');
  const charts: { id: string; title: string; labelHeader: string; data: BarDatum[] }[] = [];
  if (complete('value')) {
    charts.push({
      id: 'range-per-value',
      title: t('vc.rangeCounts.perValue'),
      labelHeader: t('vc.leads.value'),
      data: values
        .filter((v) => valueTags.size === 0 || valueTags.has(v.tag))
        .map((v) => ({ key: v.tag, label: v.name, value: known('value', v.tag) ?? 0 })),
    });
  }
  if (complete('week')) {
    charts.push({
      id: 'range-per-week',
      title: t('vc.rangeCounts.perWeek'),
      labelHeader: t('vc.leads.week'),
      data: buckets
        .filter((b) => b.kind === 'week')
        .map((b) => ({
          key: b.key,
          label: t('vc.leads.weekOf', { date: formatDay(b.key, i18n.locale) }),
          value: known('week', b.key) ?? 0,
        })),
    });
  }
  if (complete('group') && buckets.some((b) => b.kind === 'group')) {
    charts.push({
      id: 'range-per-group',
      title: t('vc.rangeCounts.perGroup'),
      labelHeader: t('vc.leads.group'),
      data: buckets
        .filter((b) => b.kind === 'group' && (groupIds.size === 0 || groupIds.has(b.key)))
        .map((b) => ({ key: b.key, label: groupName(Number(b.key)), value: known('group', b.key) ?? 0 }))
        .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label)),
    });
  }
  const firstChart = charts.length > 0;
  useEffect(() => {
    // For `npm run bench`: over the cap, the whole range's per-value chart is the page's first chart.
    if (firstChart && performance.getEntriesByName('vc:leads-first-chart').length === 0) performance.mark('vc:leads-first-chart');
  }, [firstChart]);
  const filtered = hasFacets(filters);
  return (
    <section aria-labelledby="range-counts-title" data-testid="range-counts">
      <StyledCardTitle id="range-counts-title">{t('vc.rangeCounts.title')}</StyledCardTitle>
      <StyledSubtle data-testid="exactness-note">
        {total === undefined
          ? t('vc.rangeCounts.counting')
          : t('vc.rangeCounts.statement', {
              count: total,
              from: formatDay(filters.from, i18n.locale),
              to: formatDay(filters.to, i18n.locale),
            })}
      </StyledSubtle>
      {filtered ? <StyledSubtle>{t('vc.rangeCounts.filtersNote')}</StyledSubtle> : null}
      {!counts.done || answered < buckets.length ? (
        <StyledSubtle role="status">{t('vc.rangeCounts.progress', { done: answered, total: buckets.length })}</StyledSubtle>
      ) : null}
      {counts.failed > 0 ? <StyledSubtle role="alert">{t('vc.rangeCounts.failed', { count: counts.failed })}</StyledSubtle> : null}
      {counts.plan.groupsLeftOut > 0 ? (
        <StyledSubtle>{t('vc.rangeCounts.groupsLeftOut', { count: counts.plan.groupsLeftOut })}</StyledSubtle>
      ) : null}
      <StyledGrid>
        {charts.map((chart) => (
          <StyledCard key={chart.id} aria-labelledby={chart.id} data-testid={chart.id}>
            <StyledCardTitle id={chart.id}>{chart.title}</StyledCardTitle>
            <BarChart title={chart.title} labelHeader={chart.labelHeader} valueHeader={header} data={chart.data} />
          </StyledCard>
        ))}
      </StyledGrid>
    </section>
  );
}
