import { useMemo, useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { createModelUsageCounter } from '../../adapters/zendesk-api/model-usage-counter';
import { parseModelSettings } from '../../domain/settings/model-settings';
import { callsOn, callsThisWeek, dayOf, type UsageLedger } from '../../domain/suggest-llm/usage';
import { useRecordsApi } from '../../services/records-api';
import { useServices, useT } from '../../services/services';
import { Section } from '../../ui/section';
import { useAsync } from '../../ui/use-async';

interface IModelUsagePanelProps {
  /** The moment "this week" and "today" are counted from (tests pass a fixed one). */
  now?: Date;
}

type Usage = { kind: 'missing' } | { kind: 'counted'; ledger: UsageLedger };

/**
 * Leads page: whether model suggestions are on, and how many model requests the whole account made
 * this week, read from the same shared count the sidebar's daily cap uses (ADR 0080).
 */
export function ModelUsagePanel({ now }: IModelUsagePanelProps) {
  const { port, user } = useServices();
  const t = useT();
  const records = useRecordsApi();
  const counter = useMemo(() => createModelUsageCounter(records), [records]);
  const settings = useMemo(() => parseModelSettings(port.settings, () => undefined), [port]);
  const [creating, setCreating] = useState<'busy' | 'failed' | null>(null);
  const usage = useAsync<Usage>(
    async () => ((await counter.ready(false)) ? { kind: 'counted', ledger: await counter.ledger() } : { kind: 'missing' }),
    settings.enabled ? [counter] : null,
  );
  const create = async () => {
    setCreating('busy');
    try {
      await counter.ready(true);
      setCreating(null);
      usage.reload();
    } catch {
      setCreating('failed');
    }
  };
  const at = now ?? new Date();
  const state = usage.state;
  return (
    <Section title={t('vc.model.usage.title')}>
      {!settings.enabled ? <p data-testid="model-usage">{t('vc.model.usage.off')}</p> : null}
      {settings.enabled && state.status === 'ready' && state.data.kind === 'counted' ? (
        <p data-testid="model-usage">
          {t('vc.model.usage.week', {
            count: callsThisWeek(state.data.ledger, at),
            model: settings.model,
            today: callsOn(state.data.ledger, dayOf(at)),
            cap: settings.dailyCap,
          })}
        </p>
      ) : null}
      {settings.enabled && state.status === 'ready' && state.data.kind === 'missing' ? (
        <Alert type="info" data-testid="model-usage">
          {t('vc.model.usage.missing')}{' '}
          {user.role === 'admin' ? (
            <Button size="small" onClick={() => void create()} disabled={creating === 'busy'}>
              {t('vc.model.usage.create')}
            </Button>
          ) : null}
          {creating === 'failed' ? <span role="alert"> {t('vc.model.usage.failed')}</span> : null}
        </Alert>
      ) : null}
      {settings.enabled && state.status === 'failed' ? (
        <Alert type="error" role="alert" data-testid="model-usage">
          {t('vc.model.usage.failed')}{' '}
          <Button size="small" isLink onClick={usage.reload}>
            {t('vc.tryAgain')}
          </Button>
        </Alert>
      ) : null}
      {settings.enabled && state.status === 'loading' ? <p role="status">{t('vc.loading')}</p> : null}
    </Section>
  );
}
