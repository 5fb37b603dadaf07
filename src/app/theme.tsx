import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { createGlobalStyle } from 'styled-components';
import { DEFAULT_THEME, ThemeProvider, getColor } from '@zendeskgarden/react-theming';
import type { ColorScheme, ZafPort } from '../adapters/zaf/zaf-port';

const GlobalStyle = createGlobalStyle`
  body {
    margin: 0;
    background-color: ${({ theme }) => getColor({ theme, variable: 'background.default' })};
    color: ${({ theme }) => getColor({ theme, variable: 'foreground.default' })};
    font-family: ${({ theme }) => theme.fonts.system};
    font-size: ${({ theme }) => theme.fontSizes.md};
  }
`;

/** Follows Zendesk's light/dark scheme, live, through Garden's theme so every colour adapts. */
export function ZendeskTheme({ port, initialScheme, children }: { port: ZafPort; initialScheme: ColorScheme; children: ReactNode }) {
  const [scheme, setScheme] = useState<ColorScheme>(initialScheme);
  useEffect(() => {
    let alive = true;
    void port.colorScheme().then((current) => alive && setScheme(current));
    const off = port.onColorSchemeChange(setScheme);
    return () => {
      alive = false;
      off();
    };
  }, [port]);
  useEffect(() => {
    document.documentElement.dataset.colorScheme = scheme;
  }, [scheme]);
  const theme = useMemo(() => ({ ...DEFAULT_THEME, colors: { ...DEFAULT_THEME.colors, base: scheme } }), [scheme]);
  return (
    <ThemeProvider theme={theme}>
      <GlobalStyle />
      {children}
    </ThemeProvider>
  );
}
