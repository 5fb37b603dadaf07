import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';
import type { ValueRef } from '../../domain/dashboard/aggregate';
import type { AgentValueRow } from '../../domain/dashboard/highlights';
import { mayName, type Visibility } from '../../domain/privacy/visibility';
import { useT } from '../../services/services';
import { StyledCard, StyledCardTitle, StyledFigureTable, StyledSubtle } from './styled';

const StyledTable = styled(StyledFigureTable)`
  th[scope='row'] {
    font-weight: ${({ theme }) => theme.fontWeights.regular};
  }
`;

const StyledZero = styled.td`
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
`;

/**
 * Every agent of the team × every value, zeros visible: who has never been recognised is a row of
 * zeros, not an absence. Only for viewers allowed per-agent figures; agents who opted out are left out
 * (their replies stay in every total) and counted in one line (ADR 0047).
 */
export function AgentValueTable({
  rows,
  values,
  visibility,
}: {
  rows: AgentValueRow[];
  values: readonly ValueRef[];
  visibility: Visibility;
}) {
  const t = useT();
  if (!visibility.perAgent) return null;
  const shown = rows.filter((r) => mayName(visibility, r.agentId));
  const hidden = rows.length - shown.length;
  return (
    <StyledCard aria-labelledby="agent-values" data-testid="agent-values">
      <StyledCardTitle id="agent-values">{t('vc.agentValues.title')}</StyledCardTitle>
      <StyledSubtle>
        {t('vc.agentValues.hint')} {hidden > 0 ? t('vc.agentValues.hidden', { count: hidden }) : ''}
      </StyledSubtle>
      <div style={{ overflowX: 'auto' }}>
        <StyledTable>
          <caption style={{ textAlign: 'start', position: 'absolute', clip: 'rect(0 0 0 0)', width: 1, height: 1, overflow: 'hidden' }}>
            {t('vc.agentValues.title')}
          </caption>
          <thead>
            <tr>
              <th scope="col" style={{ textAlign: 'start' }}>
                {t('vc.figures.replyAuthor')}
              </th>
              {values.map((v) => (
                <th key={v.tag} scope="col">
                  {v.name}
                </th>
              ))}
              <th scope="col">{t('vc.leads.total')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.agentId}>
                <th scope="row">{row.name}</th>
                {values.map((v) =>
                  (row.counts[v.tag] ?? 0) === 0 ? <StyledZero key={v.tag}>0</StyledZero> : <td key={v.tag}>{row.counts[v.tag]}</td>,
                )}
                <td>{row.total}</td>
              </tr>
            ))}
          </tbody>
        </StyledTable>
      </div>
    </StyledCard>
  );
}
