import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';

/**
 * One line at the top of the sidebar for something that needs attention (a setting, the setup):
 * Garden's warning or danger colours, 14 px, no icon box, so it costs a line rather than a card.
 */
export const NoticeLine = styled.div<{ $type: 'warning' | 'error' }>`
  margin: ${({ theme }) => `${theme.space.base * 2}px ${theme.space.base * 4}px 0`};
  border-inline-start: ${({ theme, $type }) =>
    `${theme.borderWidths.md} solid ${getColor({ theme, variable: $type === 'error' ? 'border.dangerEmphasis' : 'border.warningEmphasis' })}`};
  border-radius: ${({ theme }) => theme.borderRadii.sm};
  background: ${({ theme, $type }) => getColor({ theme, variable: $type === 'error' ? 'background.danger' : 'background.warning' })};
  padding: ${({ theme }) => `${theme.space.base}px ${theme.space.base * 2}px`};
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.default' })};
  font-size: ${({ theme }) => theme.fontSizes.md};
  line-height: ${({ theme }) => theme.lineHeights.md};

  & p {
    margin: 0;
  }

  & ul {
    margin: ${({ theme }) => theme.space.base}px 0;
    padding-inline-start: ${({ theme }) => theme.space.base * 4}px;
  }
`;
