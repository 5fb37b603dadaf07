import { Dots } from '@zendeskgarden/react-loaders';
import { Alert } from '@zendeskgarden/react-notifications';
import { ApiError } from '../../adapters/zendesk-api/api-error';
import { useServices } from '../../services/services';
import { NamePreference } from './name-preference';
import { usePrivacy } from './use-privacy';

/**
 * The agent's own choice, for someone who cannot open the leads page: mounted only when they open it,
 * so merely visiting the page reads nobody's preference.
 */
export function OwnNamePanel() {
  const { i18n } = useServices();
  const t = i18n.t;
  const privacy = usePrivacy();
  const state = privacy.resource.state;
  return (
    <section data-testid="own-name-panel">
      <p>{t('vc.privacy.ownIntro')}</p>
      {state.status === 'loading' ? <Dots aria-label={t('vc.loading')} /> : null}
      {state.status === 'failed' ? (
        <Alert type="error" role="alert">
          {t('vc.privacy.readError', { code: state.error instanceof ApiError ? state.error.kind : 'unexpected' })}
        </Alert>
      ) : null}
      {state.status === 'ready' ? <NamePreference data={state.data} choose={privacy.choose} setUp={privacy.setUp} /> : null}
    </section>
  );
}
