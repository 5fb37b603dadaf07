import { useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Checkbox, Field } from '@zendeskgarden/react-forms';
import { ApiError } from '../../adapters/zendesk-api/api-error';
import { ownChoice } from '../../domain/privacy/preference';
import { useServices } from '../../services/services';
import type { PrivacyData } from './use-privacy';

interface INamePreferenceProps {
  data: PrivacyData;
  choose: (hide: boolean) => Promise<void>;
  setUp: () => Promise<void>;
}

/** The agent's own switch: not named on boards, badges and celebrations; their tags still count in team totals. */
export function NamePreference({ data, choose, setUp }: INamePreferenceProps) {
  const { user, i18n } = useServices();
  const t = i18n.t;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hidden = ownChoice(data.own, user.id);
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e instanceof ApiError ? e.kind : 'unexpected');
    } finally {
      setBusy(false);
    }
  };
  if (!data.ready) {
    return user.role === 'admin' ? (
      <p>
        {t('vc.privacy.missingAdmin')}{' '}
        <Button size="small" onClick={() => void run(setUp)} disabled={busy}>
          {t('vc.privacy.create')}
        </Button>
        {error ? <span role="alert"> {t('vc.privacy.error', { code: error })}</span> : null}
      </p>
    ) : (
      <p>{t('vc.privacy.missing')}</p>
    );
  }
  return (
    <Field>
      <Checkbox checked={hidden} disabled={busy} onChange={(e) => void run(() => choose(e.target.checked))}>
        <Field.Label>{t('vc.privacy.hideMe')}</Field.Label>
        <Field.Hint>{t('vc.privacy.hideMeHint')}</Field.Hint>
      </Checkbox>
      {error ? <span role="alert">{t('vc.privacy.error', { code: error })}</span> : null}
    </Field>
  );
}
