import { useMemo } from 'react';
import { parseModelSettings } from '../../domain/settings/model-settings';
import { USAGE_STORAGE_KEY, callsOn, callsThisWeek, dayOf, parseLedger } from '../../domain/suggest-llm/usage';
import { useServices, useT } from '../../services/services';
import { Section } from '../../ui/section';

interface IModelUsagePanelProps {
  /** The moment "this week" and "today" are counted from (tests pass a fixed one). */
  now?: Date;
}

/** Leads page: whether model suggestions are on, and how many model requests were made this week. */
export function ModelUsagePanel({ now }: IModelUsagePanelProps) {
  const { port, storage } = useServices();
  const t = useT();
  const settings = useMemo(() => parseModelSettings(port.settings, () => undefined), [port]);
  const at = now ?? new Date();
  const ledger = parseLedger(storage.read(USAGE_STORAGE_KEY));
  return (
    <Section title={t('vc.model.usage.title')}>
      <p data-testid="model-usage">
        {settings.enabled
          ? t('vc.model.usage.week', {
              count: callsThisWeek(ledger, at),
              model: settings.model,
              today: callsOn(ledger, dayOf(at)),
              cap: settings.dailyCap,
            })
          : t('vc.model.usage.off')}
      </p>
    </Section>
  );
}
