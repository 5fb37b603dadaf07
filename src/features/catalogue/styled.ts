import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';

export const StyledStatement = styled.p`
  margin: 0 0 ${({ theme }) => theme.space.base * 2}px;
  line-height: ${({ theme }) => theme.lineHeights.md};
`;

export const StyledLabel = styled.span`
  display: block;
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
  font-size: ${({ theme }) => theme.fontSizes.md};
  font-weight: ${({ theme }) => theme.fontWeights.semibold};
`;

/** The values as a wrapping row of tags. */
export const StyledTagRow = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => `${theme.space.base * 1.5}px ${theme.space.base * 2}px`};
  margin: 0 0 ${({ theme }) => theme.space.base * 2}px;
  padding: 0;
  list-style: none;

  & [data-garden-id='tags.tag_view'] {
    cursor: pointer;
    font-size: ${({ theme }) => theme.fontSizes.md};
  }

  & [aria-expanded='true'] {
    box-shadow: ${({ theme }) => `0 0 0 ${theme.borderWidths.md} ${getColor({ theme, variable: 'border.primaryEmphasis' })}`};
  }
`;

export const StyledDetail = styled.div`
  margin: 0 0 ${({ theme }) => theme.space.base * 3}px;
  border: ${({ theme }) => `${theme.borderWidths.sm} solid ${getColor({ theme, variable: 'border.default' })}`};
  border-radius: ${({ theme }) => theme.borderRadii.md};
  padding: ${({ theme }) => theme.space.base * 3}px;
  line-height: ${({ theme }) => theme.lineHeights.md};

  & > p {
    margin: 0 0 ${({ theme }) => theme.space.base * 2}px;
  }

  & ul {
    margin: ${({ theme }) => theme.space.base}px 0 ${({ theme }) => theme.space.base * 2}px;
    padding-inline-start: ${({ theme }) => theme.space.base * 5}px;
  }
`;

export const StyledDetailName = styled.h3`
  margin: 0 0 ${({ theme }) => theme.space.base}px;
  font-size: ${({ theme }) => theme.fontSizes.md};
  font-weight: ${({ theme }) => theme.fontWeights.semibold};
`;

/** The mission phrase the ticket's question is about. */
export const StyledMark = styled.mark`
  background: ${({ theme }) => getColor({ theme, variable: 'background.warning' })};
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.default' })};
  border-radius: ${({ theme }) => theme.borderRadii.sm};
  padding: 0 2px;
`;

export const StyledQuestion = styled.p`
  margin: 0 0 ${({ theme }) => theme.space.base * 3}px;
  font-style: italic;
  line-height: ${({ theme }) => theme.lineHeights.md};
`;
