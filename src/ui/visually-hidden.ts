import styled from 'styled-components';

/** Present for assistive technology, invisible on screen. */
/*
 * 1. Twice the class's specificity: inside a Garden tag, the tag's rule for its children set this box's
 *    width back to its text, which made the sidebar's document wider than its column (a sideways scroll).
 */
export const VisuallyHidden = styled.span`
  && {
    position: absolute; /* [1] */
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
