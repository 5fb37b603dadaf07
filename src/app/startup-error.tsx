import styled from 'styled-components';
import { DEFAULT_THEME, ThemeProvider, getColor } from '@zendeskgarden/react-theming';
import { useEnglish } from './use-english';

const StyledError = styled.div`
  margin: ${({ theme }) => theme.space.base * 4}px;
  border: ${({ theme }) => `${theme.borderWidths.sm} solid ${getColor({ theme, variable: 'border.dangerEmphasis' })}`};
  border-radius: ${({ theme }) => theme.borderRadii.md};
  padding: ${({ theme }) => theme.space.base * 3}px;
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.danger' })};
`;

/**
 * Zendesk did not give us the current user: we cannot know their language yet, so English.
 * Plain styled markup rather than Garden's Alert keeps the start-up bundle small.
 */
export function StartupError({ error }: { error: unknown }) {
  const english = useEnglish();
  return (
    <StyledError role="alert">
      <strong>{english['vc.startupFailed']}</strong> {error instanceof Error ? error.message : String(error)}
    </StyledError>
  );
}

/** The connection to Zendesk failed before there was a theme or a port: the same message, themed by default. */
export function ConnectionFailed({ error }: { error: unknown }) {
  return (
    <ThemeProvider theme={DEFAULT_THEME}>
      <StartupError error={error} />
    </ThemeProvider>
  );
}
