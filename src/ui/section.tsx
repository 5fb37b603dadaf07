import { useId, type ReactNode } from 'react';
import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';
import { VisuallyHidden } from './visually-hidden';

const StyledSection = styled.section`
  padding: ${({ theme }) => `${theme.space.base * 3}px ${theme.space.base * 4}px`};
  border-bottom: ${({ theme }) => `${theme.borderWidths.sm} solid ${getColor({ theme, variable: 'border.subtle' })}`};

  &:last-child {
    border-bottom: none;
  }
`;

const StyledHeading = styled.h2`
  margin: 0 0 ${({ theme }) => theme.space.base * 2}px;
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
  font-size: ${({ theme }) => theme.fontSizes.sm};
  font-weight: ${({ theme }) => theme.fontWeights.semibold};
  letter-spacing: 0.04em;
  text-transform: uppercase;
`;

interface ISectionProps {
  /** Visible heading; also names the region for assistive technology. */
  title: string;
  /** Keeps the heading for assistive technology only (where the content says what it is, e.g. a focus card). */
  isTitleHidden?: boolean;
  /** Optional controls shown beside the heading. */
  actions?: ReactNode;
  children: ReactNode;
}

const StyledHeader = styled.div`
  display: flex;
  align-items: baseline;
  justify-content: space-between;
  gap: ${({ theme }) => theme.space.base * 2}px;
`;

export function Section({ title, isTitleHidden = false, actions, children }: ISectionProps) {
  const id = useId();
  return (
    <StyledSection aria-labelledby={id}>
      {isTitleHidden ? (
        <VisuallyHidden as="h2" id={id}>
          {title}
        </VisuallyHidden>
      ) : (
        <StyledHeader>
          <StyledHeading id={id}>{title}</StyledHeading>
          {actions}
        </StyledHeader>
      )}
      {children}
    </StyledSection>
  );
}
