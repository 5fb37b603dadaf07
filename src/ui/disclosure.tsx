import { useId, useState, type ReactNode } from 'react';
import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';

const StyledToggle = styled.button`
  display: flex;
  gap: ${({ theme }) => theme.space.base * 2}px;
  align-items: center;
  border: none;
  border-radius: ${({ theme }) => theme.borderRadii.md};
  background: transparent;
  cursor: pointer;
  padding: ${({ theme }) => theme.space.base}px 0;
  width: 100%;
  text-align: start;
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.default' })};
  font: inherit;
  font-size: ${({ theme }) => theme.fontSizes.md};
  font-weight: ${({ theme }) => theme.fontWeights.semibold};

  &:hover {
    color: ${({ theme }) => getColor({ theme, variable: 'foreground.primary' })};
  }

  &:focus-visible {
    outline: ${({ theme }) => `${theme.borderWidths.md} solid ${getColor({ theme, variable: 'border.primaryEmphasis' })}`};
    outline-offset: 2px;
  }
`;

/* 1. A chevron drawn with two borders: no glyph for screen readers to read out, no icon package. */
const StyledChevron = styled.span<{ $isExpanded: boolean }>`
  flex: none;
  margin-inline-start: auto;
  border-block-end: 2px solid ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
  border-inline-end: 2px solid ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
  width: 7px;
  height: 7px;
  transition: transform 0.15s ease-in-out;
  transform: translateY(${({ $isExpanded }) => ($isExpanded ? 2 : -2)}px) rotate(${({ $isExpanded }) => ($isExpanded ? 225 : 45)}deg);
`;

const StyledBody = styled.div`
  padding-block: ${({ theme }) => theme.space.base}px;
`;

interface IDisclosureProps {
  /** The toggle's visible label (its accessible name). */
  label: ReactNode;
  /** Open at first (the user's choice wins afterwards). */
  isInitiallyExpanded?: boolean;
  children: ReactNode;
}

/**
 * A Garden-styled disclosure (WAI-ARIA pattern: a button with aria-expanded controlling a region
 * that is not rendered while closed), in place of Garden's Accordion package (ADR 0060).
 */
export function Disclosure({ label, isInitiallyExpanded = false, children }: IDisclosureProps) {
  const [isExpanded, setExpanded] = useState(isInitiallyExpanded);
  const bodyId = useId();
  return (
    <div>
      <StyledToggle type="button" aria-expanded={isExpanded} aria-controls={bodyId} onClick={() => setExpanded(!isExpanded)}>
        <span>{label}</span>
        <StyledChevron $isExpanded={isExpanded} aria-hidden="true" />
      </StyledToggle>
      <StyledBody id={bodyId} hidden={!isExpanded}>
        {isExpanded ? children : null}
      </StyledBody>
    </div>
  );
}
