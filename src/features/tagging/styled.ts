import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';

export const StyledForm = styled.form`
  display: grid;
  gap: ${({ theme }) => theme.space.base * 3}px;
`;

export const StyledFieldset = styled.fieldset`
  margin: 0;
  border: 0;
  padding: 0;
  display: grid;
  gap: ${({ theme }) => theme.space.base}px;

  & > legend {
    margin-bottom: ${({ theme }) => theme.space.base}px;
    padding: 0;
    font-weight: ${({ theme }) => theme.fontWeights.semibold};
  }
`;

export const StyledTagList = styled.ul`
  margin: 0 0 ${({ theme }) => theme.space.base * 3}px;
  padding: 0;
  list-style: none;
`;

export const StyledTagItem = styled.li`
  border-bottom: ${({ theme }) => `${theme.borderWidths.sm} solid ${getColor({ theme, variable: 'border.subtle' })}`};
  padding: ${({ theme }) => theme.space.base * 2}px 0;
  font-size: ${({ theme }) => theme.fontSizes.sm};
  line-height: ${({ theme }) => theme.lineHeights.sm};
`;

export const StyledTagHead = styled.div`
  display: flex;
  justify-content: space-between;
  align-items: baseline;
  gap: ${({ theme }) => theme.space.base * 2}px;
  font-weight: ${({ theme }) => theme.fontWeights.semibold};
`;

export const StyledMeta = styled.span`
  display: block;
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
`;

export const StyledRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.base * 2}px;
  align-items: center;
`;
