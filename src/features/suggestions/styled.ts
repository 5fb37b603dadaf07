import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';

export const StyledCard = styled.div<{ $isPrimary: boolean }>`
  border: ${({ theme, $isPrimary }) =>
    `${theme.borderWidths.sm} solid ${getColor({ theme, variable: $isPrimary ? 'border.primaryEmphasis' : 'border.default' })}`};
  border-radius: ${({ theme }) => theme.borderRadii.md};
  padding: ${({ theme }) => theme.space.base * 3}px;
  margin-bottom: ${({ theme }) => theme.space.base * 2}px;
`;

export const StyledCardHeader = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${({ theme }) => theme.space.base * 2}px;
  margin-bottom: ${({ theme }) => theme.space.base * 2}px;
`;

export const StyledValueName = styled.h3`
  margin: 0;
  font-size: ${({ theme }) => theme.fontSizes.md};
  font-weight: ${({ theme }) => theme.fontWeights.semibold};
`;

export const StyledReasons = styled.ul`
  margin: 0 0 ${({ theme }) => theme.space.base * 2}px;
  padding-inline-start: ${({ theme }) => theme.space.base * 4}px;
  font-size: ${({ theme }) => theme.fontSizes.sm};
  line-height: ${({ theme }) => theme.lineHeights.sm};

  & > li {
    margin-bottom: ${({ theme }) => theme.space.base}px;
  }
`;

export const StyledWhere = styled.span`
  display: block;
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
`;

export const StyledMark = styled.mark`
  background-color: ${({ theme }) => getColor({ theme, hue: 'yellow', shade: 300, dark: { hue: 'yellow', shade: 800 } })};
  color: inherit;
  border-radius: ${({ theme }) => theme.borderRadii.sm};
  padding: 0 2px;
`;

export const StyledSubtle = styled.p`
  margin: 0 0 ${({ theme }) => theme.space.base * 2}px;
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

export const StyledPrompts = styled.ul`
  margin: ${({ theme }) => theme.space.base}px 0 ${({ theme }) => theme.space.base * 2}px;
  padding-inline-start: ${({ theme }) => theme.space.base * 4}px;
`;
