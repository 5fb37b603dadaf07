// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming';
import { describe, expect, it, vi } from 'vitest';
import { lazyPanel, PanelBoundary } from './panel-boundary';

function quietReactErrors() {
  // React reports every caught render error on the console; here those errors are the point.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
}

const boundary = (children: React.ReactNode) => (
  <ThemeProvider theme={DEFAULT_THEME}>
    <PanelBoundary failedText="Tagging could not be shown." retryText="Try again">
      {children}
    </PanelBoundary>
    <p>The rest of the sidebar</p>
  </ThemeProvider>
);

describe('PanelBoundary', () => {
  it('shows a failing panel’s message with a retry, and the rest keeps working; retry renders it again', async () => {
    quietReactErrors();
    let broken = true;
    function Flaky() {
      if (broken) throw new RangeError('Invalid time value');
      return <p>Tagging panel</p>;
    }
    render(boundary(<Flaky />));
    expect(screen.getByRole('alert')).toHaveTextContent('Tagging could not be shown.');
    expect(screen.getByText('The rest of the sidebar')).toBeVisible();
    broken = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Tagging panel')).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('turns a failed lazy chunk into the message, and its retry loads the chunk again', async () => {
    quietReactErrors();
    const load = vi
      .fn<() => Promise<{ default: () => React.JSX.Element }>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue({ default: () => <p>Loaded panel</p> });
    const Panel = lazyPanel(load);
    render(boundary(<Suspense fallback={<p>loading</p>}>{<Panel />}</Suspense>));
    expect(await screen.findByRole('alert')).toHaveTextContent('Tagging could not be shown.');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Loaded panel')).toBeVisible();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
