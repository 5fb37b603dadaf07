import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';

export const StyledSection = styled.section`
  display: grid;
  gap: ${({ theme }) => theme.space.base * 4}px;
`;

export const StyledCard = styled.section`
  border: ${({ theme }) => `${theme.borderWidths.sm} solid ${getColor({ theme, variable: 'border.default' })}`};
  border-radius: ${({ theme }) => theme.borderRadii.md};
  padding: ${({ theme }) => theme.space.base * 4}px;
  display: grid;
  gap: ${({ theme }) => theme.space.base * 3}px;
  min-width: 0;
`;

export const StyledRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.base * 4}px;
  align-items: center;
`;

export const StyledQuote = styled.blockquote`
  margin: 0;
  padding-inline-start: ${({ theme }) => theme.space.base * 3}px;
  border-inline-start: ${({ theme }) => `${theme.space.base}px solid ${getColor({ theme, variable: 'border.default' })}`};
  white-space: pre-wrap;
`;

export const StyledSubtle = styled.p`
  margin: 0;
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
`;

export const StyledFieldset = styled.fieldset`
  border: ${({ theme }) => `${theme.borderWidths.sm} solid ${getColor({ theme, variable: 'border.subtle' })}`};
  border-radius: ${({ theme }) => theme.borderRadii.md};
  padding: ${({ theme }) => theme.space.base * 3}px;
  display: grid;
  gap: ${({ theme }) => theme.space.base * 2}px;
`;

export const StyledTable = styled.table`
  border-collapse: collapse;
  th,
  td {
    text-align: start;
    padding: ${({ theme }) => `${theme.space.base}px ${theme.space.base * 3}px`};
    border-bottom: ${({ theme }) => `${theme.borderWidths.sm} solid ${getColor({ theme, variable: 'border.subtle' })}`};
  }
`;
