import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';

export const StyledNote = styled.p`
  margin: 0;
  padding: ${({ theme }) => theme.space.base * 3}px;
  border-radius: ${({ theme }) => theme.borderRadii.md};
  background: ${({ theme }) => getColor({ theme, variable: 'background.subtle' })};
`;
