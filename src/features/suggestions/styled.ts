import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';

export const StyledCard = styled.div`
  border: ${({ theme }) => `${theme.borderWidths.sm} solid ${getColor({ theme, variable: 'border.primaryEmphasis' })}`};
  border-radius: ${({ theme }) => theme.borderRadii.md};
  padding: ${({ theme }) => `${theme.space.base * 2}px ${theme.space.base * 3}px`};
  margin-bottom: ${({ theme }) => theme.space.base * 2}px;
`;

export const StyledCardHeader = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${({ theme }) => theme.space.base * 2}px;
  margin-bottom: ${({ theme }) => theme.space.base}px;
`;

export const StyledValueName = styled.h3`
  margin: 0;
  font-size: ${({ theme }) => theme.fontSizes.md};
  font-weight: ${({ theme }) => theme.fontWeights.semibold};
`;

/* 1. Each reason (who, when, the quote) keeps to two lines: the card has to fit the first screen; the conversation has the rest. */
export const StyledReasons = styled.ul`
  margin: 0 0 ${({ theme }) => theme.space.base * 2}px;
  padding: 0;
  list-style: none;
  font-size: ${({ theme }) => theme.fontSizes.md};
  line-height: ${({ theme }) => theme.lineHeights.md};

  & > li {
    display: -webkit-box; /* [1] */
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    margin-bottom: ${({ theme }) => theme.space.base}px;
  }
`;

/* The label sits on highlighted backgrounds too (axe: subtle grey on the highlight was 4.15:1), so it keeps the text's colour. */
export const StyledWhere = styled.span`
  font-weight: ${({ theme }) => theme.fontWeights.semibold};
  color: inherit;
`;

export const StyledMark = styled.mark`
  background-color: ${({ theme }) => getColor({ theme, hue: 'yellow', shade: 300, dark: { hue: 'yellow', shade: 800 } })};
  color: inherit;
  border-radius: ${({ theme }) => theme.borderRadii.sm};
  padding: 0 2px;
`;

export const StyledSubtle = styled.p`
  margin: 0 0 ${({ theme }) => theme.space.base}px;
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
  font-size: ${({ theme }) => theme.fontSizes.md};
`;

export const StyledPrompts = styled.ul`
  margin: 0 0 ${({ theme }) => theme.space.base * 2}px;
  padding-inline-start: ${({ theme }) => theme.space.base * 4}px;
  line-height: ${({ theme }) => theme.lineHeights.md};
`;

export const StyledQuestion = styled.p`
  margin: 0 0 ${({ theme }) => theme.space.base}px;
  font-style: italic;
  line-height: ${({ theme }) => theme.lineHeights.md};
`;

export const StyledLabel = styled.span`
  font-style: normal;
  font-weight: ${({ theme }) => theme.fontWeights.semibold};
`;
