import { Alert } from '@zendeskgarden/react-notifications';
import { Button } from '@zendeskgarden/react-buttons';
import { Dots } from '@zendeskgarden/react-loaders';

// Loaded lazily by the sidebar (ADR 0070): Garden's loaders and notifications are not needed to draw the values.

export function TicketLoading({ label }: { label: string }) {
  return <Dots aria-label={label} />;
}

export function TicketLoadFailed({ message, retryText, onRetry }: { message: string; retryText: string; onRetry: () => void }) {
  return (
    <Alert type="error" role="alert">
      {message}{' '}
      <Button size="small" isLink onClick={onRetry}>
        {retryText}
      </Button>
    </Alert>
  );
}
