import { useId, useState } from 'react';
import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { getColor } from '@zendeskgarden/react-theming';
import { useT } from '../services/services';

export interface BarDatum {
  key: string;
  label: string;
  value: number;
  /** Draws the bar in the warning hue (e.g. a rarely exemplified value: a coaching focus). */
  isFlagged?: boolean;
}

interface IBarChartProps {
  /** Names the chart and its table for assistive technology. */
  title: string;
  data: BarDatum[];
  /** Header of the label column in the table. */
  labelHeader: string;
  valueHeader: string;
}

const StyledBars = styled.ol`
  margin: 0;
  padding: 0;
  list-style: none;
  display: grid;
  gap: ${({ theme }) => theme.space.base}px;
`;

const StyledBarRow = styled.li`
  display: grid;
  grid-template-columns: minmax(80px, 30%) 1fr auto;
  gap: ${({ theme }) => theme.space.base * 2}px;
  align-items: center;
  font-size: ${({ theme }) => theme.fontSizes.md};
`;

const StyledTrack = styled.span`
  height: ${({ theme }) => theme.space.base * 3}px;
  background-color: ${({ theme }) => getColor({ theme, variable: 'background.subtle' })};
  border-radius: ${({ theme }) => theme.borderRadii.sm};
  overflow: hidden;
`;

const StyledFill = styled.span<{ $ratio: number; $isFlagged: boolean }>`
  display: block;
  height: 100%;
  width: ${({ $ratio }) => `${Math.round($ratio * 1000) / 10}%`};
  background-color: ${({ theme, $isFlagged }) =>
    $isFlagged ? getColor({ theme, variable: 'border.warningEmphasis' }) : getColor({ theme, variable: 'background.primaryEmphasis' })};
`;

const visuallyHidden = `
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
`;

const StyledTable = styled.table<{ $isVisuallyHidden: boolean }>`
  ${({ $isVisuallyHidden }) => ($isVisuallyHidden ? visuallyHidden : '')}
  border-collapse: collapse;
  font-size: ${({ theme }) => theme.fontSizes.md};
  margin-top: ${({ theme }) => theme.space.base * 2}px;

  th,
  td {
    text-align: start;
    padding: ${({ theme }) => `${theme.space.base}px ${theme.space.base * 3}px`};
    border-bottom: ${({ theme }) => `${theme.borderWidths.sm} solid ${getColor({ theme, variable: 'border.subtle' })}`};
  }
`;

/**
 * A small horizontal bar chart. The bars are decorative for screen readers; the same numbers are
 * in a real table behind a toggle, which assistive technology reaches as a table.
 */
export function BarChart({ title, data, labelHeader, valueHeader }: IBarChartProps) {
  const t = useT();
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const max = Math.max(1, ...data.map((d) => d.value));
  return (
    <figure style={{ margin: 0 }}>
      <StyledBars aria-hidden="true">
        {data.map((d) => (
          <StyledBarRow key={d.key}>
            <span>{d.label}</span>
            <StyledTrack>
              <StyledFill $ratio={d.value / max} $isFlagged={Boolean(d.isFlagged)} />
            </StyledTrack>
            <span>{d.value}</span>
          </StyledBarRow>
        ))}
      </StyledBars>
      {/* Screen readers always get the table; the button shows it to sighted users too. */}
      <Button size="small" isLink aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((s) => !s)}>
        {showTable ? t('vc.chart.hideTable') : t('vc.chart.showTable')}
      </Button>
      <StyledTable id={tableId} $isVisuallyHidden={!showTable}>
        <caption style={{ textAlign: 'start' }}>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeader}</th>
            <th scope="col">{valueHeader}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.key}>
              <th scope="row">{d.label}</th>
              <td>
                {d.value}
                {d.isFlagged ? ` (${t('vc.chart.flagged')})` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </StyledTable>
    </figure>
  );
}
