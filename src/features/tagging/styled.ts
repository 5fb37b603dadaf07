import styled from 'styled-components';
import { focusStyles, getColor } from '@zendeskgarden/react-theming';

export const StyledForm = styled.form`
  display: grid;
  gap: ${({ theme }) => theme.space.base * 2}px;
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
  font-size: ${({ theme }) => theme.fontSizes.md};
  line-height: ${({ theme }) => theme.lineHeights.md};

  /* Focus lands here after a save (tabIndex -1): it must be visible. */
  ${({ theme }) => focusStyles({ theme })}
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

/** A reply the tag can refer to, as a card around its radio: the picked one carries the primary border. */
export const StyledReplyCard = styled.div<{ $isPicked: boolean; $isDisabled: boolean }>`
  border: ${({ theme, $isPicked }) =>
    `${theme.borderWidths.sm} solid ${getColor({ theme, variable: $isPicked ? 'border.primaryEmphasis' : 'border.default' })}`};
  border-radius: ${({ theme }) => theme.borderRadii.md};
  padding: ${({ theme }) => `${theme.space.base}px ${theme.space.base * 2}px`};
  background: ${({ theme, $isDisabled }) => getColor({ theme, variable: $isDisabled ? 'background.subtle' : 'background.default' })};
`;

export const StyledCardLine = styled.span`
  display: block;
`;

/** The reply's first words on one line: the card identifies the reply, the thread shows it whole. */
export const StyledExcerpt = styled.span`
  display: block;
  overflow: hidden;
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
  text-overflow: ellipsis;
  white-space: nowrap;
`;

export const StyledCardTags = styled.span`
  display: block;
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.success' })};
  font-weight: ${({ theme }) => theme.fontWeights.semibold};
`;

export const StyledToggles = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.base * 1.5}px;
`;

/** At most two lines: the quote points at the evidence, the reply is in the thread. */
export const StyledEvidence = styled.p`
  display: -webkit-box;
  margin: 0;
  overflow: hidden;
  -webkit-line-clamp: 2;
  -webkit-box-orient: vertical;
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};

  & > q {
    color: ${({ theme }) => getColor({ theme, variable: 'foreground.default' })};
  }
`;

export const StyledCards = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.base}px;
`;

/** One line, cut with an ellipsis: which reply a tag is on (the card above shows the reply). */
export const StyledMetaLine = styled(StyledMeta)`
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
`;
