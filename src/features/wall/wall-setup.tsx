import { useState } from 'react';
import { Alert } from '@zendeskgarden/react-notifications';
import { Button } from '@zendeskgarden/react-buttons';
import { ApiError } from '../../adapters/zendesk-api/api-error';
import { WALL_FIELDS, WALL_OBJECT } from '../../domain/wall/note-record';
import { useRecordsApi } from '../../services/records-api';
import { useServices } from '../../services/services';

/**
 * The wall's setup check (ADR 0040): when the account has no wall object, an admin creates it and
 * its fields in one click; anyone else is told who can. Fields already there are left alone.
 */
export function WallSetup({ onDone }: { onDone: () => void }) {
  const { i18n, user } = useServices();
  const t = i18n.t;
  const api = useRecordsApi();
  const [state, setState] = useState<'idle' | 'busy' | { error: string }>('idle');

  const create = async () => {
    setState('busy');
    try {
      if (!(await api.getObject(WALL_OBJECT.key))) {
        await api.createObject({
          key: WALL_OBJECT.key,
          title: WALL_OBJECT.title,
          title_pluralized: WALL_OBJECT.titlePluralized,
          description: WALL_OBJECT.description,
        });
      }
      const existing = new Set((await api.listFields(WALL_OBJECT.key)).map((f) => f.key));
      for (const field of WALL_FIELDS) if (!existing.has(field.key)) await api.createField(WALL_OBJECT.key, field);
      setState('idle');
      onDone();
    } catch (error) {
      const kind = error instanceof ApiError ? error.kind : 'unexpected';
      setState({ error: i18n.has(`vc.tagging.error.${kind}`) ? t(`vc.tagging.error.${kind}`) : t('vc.tagging.error.unexpected') });
    }
  };

  return (
    <Alert type="info" data-testid="wall-setup">
      <Alert.Title>{t('vc.wall.view.setupTitle')}</Alert.Title>
      <p>{t('vc.wall.view.setupText', { title: WALL_OBJECT.title, key: WALL_OBJECT.key })}</p>
      {user.role === 'admin' ? (
        <Button size="small" isPrimary disabled={state === 'busy'} onClick={() => void create()}>
          {t('vc.wall.view.setupButton')}
        </Button>
      ) : (
        <p>{t('vc.wall.view.setupAgent')}</p>
      )}
      {typeof state === 'object' ? <p role="alert">{t('vc.wall.view.setupFailed', { reason: state.error })}</p> : null}
    </Alert>
  );
}
