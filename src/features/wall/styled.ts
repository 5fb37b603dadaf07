import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';

export const StyledNoteList = styled.ul`
  margin: 0;
  padding: 0;
  list-style: none;
  display: grid;
  gap: ${({ theme }) => theme.space.base * 2}px;
`;

export const StyledNote = styled.li<{ $isHidden: boolean; $isPending: boolean }>`
  padding: ${({ theme }) => theme.space.base * 2}px ${({ theme }) => theme.space.base * 3}px;
  border: ${({ theme, $isPending }) =>
    `${theme.borderWidths.sm} ${$isPending ? 'dashed' : 'solid'} ${getColor({ theme, variable: 'border.default' })}`};
  border-radius: ${({ theme }) => theme.borderRadii.md};
  background: ${({ theme, $isHidden }) => getColor({ theme, variable: $isHidden ? 'background.subtle' : 'background.default' })};
  min-width: 0;
  break-inside: avoid;
`;

/** Notes are plain text: line breaks kept, long words wrapped, direction from the text itself (dir="auto"). */
export const StyledNoteBody = styled.p`
  margin: 0 0 ${({ theme }) => theme.space.base}px;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  line-height: ${({ theme }) => theme.lineHeights.md};
`;

export const StyledMeta = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.base * 2}px;
  align-items: center;
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
  font-size: ${({ theme }) => theme.fontSizes.sm};
`;

export const StyledColumns = styled.div`
  display: grid;
  grid-auto-flow: column;
  grid-auto-columns: minmax(260px, 1fr);
  gap: ${({ theme }) => theme.space.base * 4}px;
  overflow-x: auto;
  align-items: start;
  padding-bottom: ${({ theme }) => theme.space.base * 2}px;
`;

export const StyledColumn = styled.section`
  min-width: 0;
`;

export const StyledToolbar = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.base * 4}px;
  align-items: end;
  margin-bottom: ${({ theme }) => theme.space.base * 4}px;
`;
