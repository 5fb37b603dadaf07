import { useId, useState } from 'react';
import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { getColor } from '@zendeskgarden/react-theming';
import type { ValueRef } from '../../domain/dashboard/aggregate';
import type { weeklyPerValue } from '../../domain/dashboard/highlights';
import { useServices, useT } from '../../services/services';
import { formatDay } from '../../ui/format-day';
import { StyledCard, StyledCardTitle, StyledFigureTable, StyledSubtle } from './styled';

const StyledGrid = styled.div<{ $weeks: number }>`
  display: grid;
  grid-template-columns: minmax(96px, 22%) repeat(${({ $weeks }) => $weeks}, minmax(4px, 1fr));
  gap: 2px ${({ theme }) => theme.space.base}px;
  align-items: end;
  font-size: ${({ theme }) => theme.fontSizes.md};
`;

const StyledBar = styled.span<{ $ratio: number }>`
  display: block;
  height: ${({ $ratio }) => Math.max(2, Math.round($ratio * 28))}px;
  background-color: ${({ theme, $ratio }) =>
    $ratio === 0 ? getColor({ theme, variable: 'border.subtle' }) : getColor({ theme, variable: 'background.primaryEmphasis' })};
  border-radius: ${({ theme }) => theme.borderRadii.sm};
`;

const StyledTable = styled(StyledFigureTable)<{ $isHidden: boolean }>`
  ${({ $isHidden }) =>
    $isHidden ? 'position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;' : ''}
  margin-top: ${({ theme }) => theme.space.base * 2}px;
`;

/**
 * Replies exemplifying each value, week by week: one row of small bars per value (for the eye) and
 * the same numbers as a real table (always read by assistive technology; shown on request).
 */
export function ValueTrend({ weeks, values }: { weeks: ReturnType<typeof weeklyPerValue>; values: readonly ValueRef[] }) {
  const { i18n } = useServices();
  const t = useT();
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const max = Math.max(1, ...weeks.flatMap((w) => Object.values(w.counts)));
  const day = (start: string) => formatDay(start, i18n.locale);
  return (
    <StyledCard aria-labelledby="value-trend" data-testid="value-trend">
      <StyledCardTitle id="value-trend">{t('vc.trend.title')}</StyledCardTitle>
      <StyledSubtle>{t('vc.trend.hint')}</StyledSubtle>
      <StyledGrid $weeks={weeks.length} aria-hidden="true">
        {values.map((v) => (
          <div key={v.tag} style={{ display: 'contents' }}>
            <span>{v.name}</span>
            {weeks.map((w) => (
              <StyledBar key={w.week} $ratio={(w.counts[v.tag] ?? 0) / max} title={`${day(w.start)}: ${w.counts[v.tag] ?? 0}`} />
            ))}
          </div>
        ))}
      </StyledGrid>
      <Button size="small" isLink aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((s) => !s)}>
        {showTable ? t('vc.chart.hideTable') : t('vc.chart.showTable')}
      </Button>
      <div style={{ overflowX: 'auto' }}>
        <StyledTable id={tableId} $isHidden={!showTable}>
          <caption style={{ textAlign: 'start' }}>{t('vc.trend.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('vc.leads.week')}</th>
              {values.map((v) => (
                <th key={v.tag} scope="col">
                  {v.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.week}>
                <th scope="row">{t('vc.leads.weekOf', { date: day(w.start) })}</th>
                {values.map((v) => (
                  <td key={v.tag}>{w.counts[v.tag] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </StyledTable>
      </div>
    </StyledCard>
  );
}
