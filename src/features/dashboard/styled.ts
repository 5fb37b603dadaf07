import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';

export const StyledGrid = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(320px, 1fr));
  gap: ${({ theme }) => theme.space.base * 6}px;
`;

export const StyledCard = styled.section`
  border: ${({ theme }) => `${theme.borderWidths.sm} solid ${getColor({ theme, variable: 'border.default' })}`};
  border-radius: ${({ theme }) => theme.borderRadii.md};
  padding: ${({ theme }) => theme.space.base * 3}px;
  min-width: 0;
  /* Compact: a card is as tall as what it holds (one tag once took 1,345 px in a stretched grid row). */
  align-self: start;
`;

export const StyledCardTitle = styled.h2`
  margin: 0 0 ${({ theme }) => theme.space.base * 3}px;
  font-size: ${({ theme }) => theme.fontSizes.lg};
  font-weight: ${({ theme }) => theme.fontWeights.semibold};
`;

export const StyledSubtle = styled.p`
  margin: 0 0 ${({ theme }) => theme.space.base * 2}px;
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
`;

export const StyledList = styled.ul`
  margin: 0;
  padding: 0;
  list-style: none;
  display: grid;
  gap: ${({ theme }) => theme.space.base * 2}px;
`;

export const StyledBadge = styled.li`
  border-inline-start: ${({ theme }) => `${theme.space.base}px solid ${getColor({ theme, variable: 'border.primaryEmphasis' })}`};
  padding-inline-start: ${({ theme }) => theme.space.base * 3}px;
`;

/** A figures table: numbers right-aligned, row headers at the start, a subtle rule under each row. */
export const StyledFigureTable = styled.table`
  border-collapse: collapse;
  th,
  td {
    text-align: end;
    padding: ${({ theme }) => `${theme.space.base}px ${theme.space.base * 2}px`};
    border-bottom: ${({ theme }) => `${theme.borderWidths.sm} solid ${getColor({ theme, variable: 'border.subtle' })}`};
  }
  th[scope='row'] {
    text-align: start;
  }
`;
