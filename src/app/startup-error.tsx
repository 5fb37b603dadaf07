import { Alert } from '@zendeskgarden/react-notifications';
import { englishMessages } from '../i18n/load-messages';

/** Zendesk did not give us the current user: we cannot know their language yet, so English. */
export function StartupError({ error }: { error: unknown }) {
  return (
    <Alert type="error" role="alert">
      <Alert.Title>{englishMessages['vc.startupFailed']}</Alert.Title>
      {error instanceof Error ? error.message : String(error)}
    </Alert>
  );
}
