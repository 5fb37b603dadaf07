import styled from 'styled-components';
import { focusStyles, getColor } from '@zendeskgarden/react-theming';

/*
 * 1. One column as wide as the sidebar: a grid item's automatic minimum is its content, so a one-line
 *    excerpt (nowrap) would widen the whole form past the 320 px column instead of being cut.
 */
export const StyledForm = styled.form`
  display: grid;
  grid-template-columns: minmax(0, 1fr); /* [1] */
  gap: ${({ theme }) => theme.space.base * 2}px;
`;

/* 1. A fieldset's minimum width is its content's by default (the same overflow as the form's). */
export const StyledFieldset = styled.fieldset`
  margin: 0;
  border: 0;
  padding: 0;
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  gap: ${({ theme }) => theme.space.base}px;
  min-inline-size: 0; /* [1] */

  & > legend {
    margin-bottom: ${({ theme }) => theme.space.base}px;
    padding: 0;
    font-weight: ${({ theme }) => theme.fontWeights.semibold};
  }
`;

/** The tags already on the ticket, above the form: a heading and one compact row per tag. */
export const StyledExisting = styled.div`
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  margin-bottom: ${({ theme }) => theme.space.base * 2}px;
`;

export const StyledExistingTitle = styled.h3`
  margin: 0 0 ${({ theme }) => theme.space.base}px;
  font-size: ${({ theme }) => theme.fontSizes.md};
  font-weight: ${({ theme }) => theme.fontWeights.semibold};
  line-height: ${({ theme }) => theme.lineHeights.md};
`;

export const StyledTagList = styled.ul`
  margin: 0;
  padding: 0;
  list-style: none;
`;

/* 1. Two lines per tag (value and remove; who, when, and the note), cut rather than wrapped. */
export const StyledTagItem = styled.li`
  border-bottom: ${({ theme }) => `${theme.borderWidths.sm} solid ${getColor({ theme, variable: 'border.subtle' })}`};
  padding: ${({ theme }) => theme.space.base}px 0;
  min-width: 0; /* [1] */
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

  & > button {
    flex: none;
  }
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

  /* Garden's radio label is inline-block (as wide as its text): as wide as the card, so the excerpt is cut. */
  & [data-garden-id='forms.radio_label'] {
    display: block;
  }
`;

/** Author · time on one row: a long name is cut, the time never is. */
export const StyledCardLine = styled.span`
  display: flex;
  gap: 0.25em;
  white-space: nowrap;

  & > :first-child {
    overflow: hidden;
    text-overflow: ellipsis;
  }

  & > :last-child {
    flex: none;
  }
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
  gap: ${({ theme }) => theme.space.base}px;
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
  grid-template-columns: minmax(0, 1fr);
  gap: ${({ theme }) => theme.space.base}px;
`;

/** One line, cut with an ellipsis: which reply a tag is on (the card above shows the reply). */
export const StyledMetaLine = styled(StyledMeta)`
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
`;

/** A tag's value name, cut with an ellipsis rather than pushing its remove button off the row. */
export const StyledTagName = styled.span`
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
`;

/** A tagger's note, on one line: the leads page and the ticket's private note show it whole. */
export const StyledNote = styled.span`
  display: block;
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
`;
