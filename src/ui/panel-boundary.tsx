import { Component, createContext, lazy, useContext, type ComponentProps, type ComponentType, type ErrorInfo, type ReactNode } from 'react';
import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';

const StyledFailure = styled.div`
  margin: ${({ theme }) => theme.space.base * 3}px ${({ theme }) => theme.space.base * 4}px;
  border: ${({ theme }) => `${theme.borderWidths.sm} solid ${getColor({ theme, variable: 'border.dangerEmphasis' })}`};
  border-radius: ${({ theme }) => theme.borderRadii.md};
  padding: ${({ theme }) => theme.space.base * 3}px;
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.danger' })};
`;

const StyledRetry = styled.button`
  margin-left: ${({ theme }) => theme.space.base * 2}px;
  border: ${({ theme }) => `${theme.borderWidths.sm} solid ${getColor({ theme, variable: 'border.primaryEmphasis' })}`};
  border-radius: ${({ theme }) => theme.borderRadii.md};
  background: ${({ theme }) => getColor({ theme, variable: 'background.default' })};
  padding: ${({ theme }) => `${theme.space.base}px ${theme.space.base * 3}px`};
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.primary' })};
  font: inherit;
  cursor: pointer;
`;

interface IPanelBoundaryProps {
  /** What failed, for the message (e.g. "Tag a reply could not be shown."). */
  failedText: string;
  /** The retry button's label. */
  retryText: string;
  /** Called with the error, e.g. to log it; the boundary shows its message either way. */
  onError?: (error: unknown) => void;
  children: ReactNode;
}

interface IPanelBoundaryState {
  error: unknown;
  attempt: number;
}

/**
 * One panel fails alone: a render error or a failed lazy chunk below this boundary shows a message
 * with a retry in the panel's place, and the rest of the app keeps working. Retry remounts the
 * children (a `lazyPanel` then loads its chunk again). Plain styled markup: the boundary must work
 * even when the chunk holding Garden's components is the one that failed.
 */
export class PanelBoundary extends Component<IPanelBoundaryProps, IPanelBoundaryState> {
  override state: IPanelBoundaryState = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<IPanelBoundaryState> {
    return { error: error ?? new Error('Unknown render error') };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    this.props.onError?.(error);
  }

  private retry = () => this.setState((state) => ({ error: null, attempt: state.attempt + 1 }));

  override render(): ReactNode {
    if (this.state.error !== null) {
      return (
        <StyledFailure role="alert" data-testid="panel-failed">
          {this.props.failedText}
          <StyledRetry type="button" onClick={this.retry}>
            {this.props.retryText}
          </StyledRetry>
        </StyledFailure>
      );
    }
    return (
      <AttemptContext.Provider key={this.state.attempt} value={this.state.attempt}>
        {this.props.children}
      </AttemptContext.Provider>
    );
  }
}

/** Which retry of the nearest boundary this is: a new attempt loads lazy panels afresh. */
const AttemptContext = createContext(0);

/**
 * `React.lazy` remembers a failed import forever; this one starts a fresh import for each retry of
 * the nearest PanelBoundary, so its retry really loads the chunk again.
 */
// `any` as in React.lazy's own signature: the panel's props are whatever its component takes.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function lazyPanel<T extends ComponentType<any>>(load: () => Promise<{ default: T }>): T {
  const byAttempt = new Map<number, T>();
  function LazyPanel(props: ComponentProps<T>) {
    const attempt = useContext(AttemptContext);
    let Loaded = byAttempt.get(attempt);
    if (!Loaded) {
      Loaded = lazy(load) as unknown as T;
      byAttempt.set(attempt, Loaded);
    }
    const Panel = Loaded as ComponentType<ComponentProps<T>>;
    return <Panel {...props} />;
  }
  return LazyPanel as unknown as T;
}
