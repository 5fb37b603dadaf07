import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';

export const StyledStatement = styled.p`
  margin: 0 0 ${({ theme }) => theme.space.base * 2}px;
  line-height: ${({ theme }) => theme.lineHeights.md};
`;

export const StyledLabel = styled.span`
  display: block;
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
  font-size: ${({ theme }) => theme.fontSizes.sm};
  font-weight: ${({ theme }) => theme.fontWeights.semibold};
`;

export const StyledValueList = styled.ul`
  margin: 0;
  padding: 0;
  list-style: none;
`;

export const StyledValueItem = styled.li<{ $isHighlighted: boolean }>`
  margin-bottom: ${({ theme }) => theme.space.base * 2}px;
  border: ${({ theme, $isHighlighted }) =>
    `${theme.borderWidths.sm} solid ${getColor({ theme, variable: $isHighlighted ? 'border.primaryEmphasis' : 'border.default' })}`};
  border-radius: ${({ theme }) => theme.borderRadii.md};
`;

export const StyledDisclosure = styled.button`
  display: flex;
  gap: ${({ theme }) => theme.space.base * 2}px;
  align-items: center;
  justify-content: space-between;
  border: none;
  background: transparent;
  cursor: pointer;
  padding: ${({ theme }) => `${theme.space.base * 2}px ${theme.space.base * 3}px`};
  width: 100%;
  text-align: start;
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.default' })};
  font: inherit;
  font-weight: ${({ theme }) => theme.fontWeights.semibold};

  &:focus-visible {
    outline: ${({ theme }) => `${theme.borderWidths.md} solid ${getColor({ theme, variable: 'border.primaryEmphasis' })}`};
    outline-offset: -2px;
  }
`;

export const StyledChevron = styled.span<{ $isExpanded: boolean }>`
  flex: none;
  transition: transform 0.15s ease-in-out;
  transform: rotate(${({ $isExpanded }) => ($isExpanded ? 180 : 0)}deg);
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
`;

export const StyledValueBody = styled.div`
  padding: ${({ theme }) => `0 ${theme.space.base * 3}px ${theme.space.base * 3}px`};
  line-height: ${({ theme }) => theme.lineHeights.md};

  & > p {
    margin: 0 0 ${({ theme }) => theme.space.base * 2}px;
  }

  & ul {
    margin: ${({ theme }) => theme.space.base}px 0 ${({ theme }) => theme.space.base * 2}px;
    padding-inline-start: ${({ theme }) => theme.space.base * 5}px;
  }
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
