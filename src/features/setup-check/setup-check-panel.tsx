import { useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import type { Catalogue } from '../../domain/catalogue/types';
import type { AppSettings } from '../../domain/settings/app-settings';
import type { SetupFinding } from '../../domain/setup/check-setup';
import { ApiError } from '../../adapters/zendesk-api/api-error';
import { useServices } from '../../services/services';
import { Disclosure } from '../../ui/disclosure';
import { NoticeLine } from '../../ui/notice-line';
import { VisuallyHidden } from '../../ui/visually-hidden';
import { useSetupCheck } from './use-setup-check';

interface ISetupCheckPanelProps {
  settings: AppSettings;
  catalogue: Catalogue;
}

function FindingText({ finding }: { finding: SetupFinding }) {
  const { i18n } = useServices();
  const params: Record<string, string | number> = {};
  if ('fieldId' in finding) params.id = finding.fieldId;
  if ('type' in finding) params.type = finding.type;
  if ('values' in finding)
    params.values = new Intl.ListFormat(i18n.locale, { type: 'conjunction' }).format(finding.values.map((v) => `${v.name} (${v.tag})`));
  return <>{i18n.t(`vc.setup.${finding.code}`, params)}</>;
}

/**
 * Admins see nothing when tagging is ready here (a permanent "all good" box costs every ticket
 * view space); otherwise one line at the top saying what is wrong, the fix one click away
 * (create the missing options, or the steps), and a re-check.
 */
export function SetupCheckPanel({ settings, catalogue }: ISetupCheckPanelProps) {
  const { i18n } = useServices();
  const t = i18n.t;
  const { state, createOptions, recheck } = useSetupCheck(settings, catalogue);
  const [creating, setCreating] = useState<'idle' | 'busy' | { error: string }>('idle');

  if (state.kind === 'checking') return null;
  if (state.kind === 'failed') {
    return (
      <NoticeLine $type="warning" role="status" data-testid="setup-failed">
        <p>
          {t('vc.setup.failed')} {t(`vc.tagging.error.${state.code}`)}{' '}
          <Button size="small" isLink onClick={recheck}>
            {t('vc.tryAgain')}
          </Button>
        </p>
      </NoticeLine>
    );
  }
  const { report } = state;
  if (report.findings.length === 0) {
    // Present for tests and assistive technology only: the check ran and found nothing to fix.
    return <VisuallyHidden data-testid="setup-ok">{t('vc.setup.allGood')}</VisuallyHidden>;
  }
  const checkedAt = new Intl.DateTimeFormat(i18n.locale, { timeStyle: 'short' }).format(new Date(state.checkedAt));
  const fixable = report.findings.find((f) => f.code === 'values-field.options-missing');
  const create = async () => {
    if (!fixable || fixable.code !== 'values-field.options-missing') return;
    setCreating('busy');
    try {
      await createOptions(fixable.fieldId, fixable.values);
      setCreating('idle');
    } catch (error) {
      setCreating({ error: error instanceof ApiError ? error.kind : 'unexpected' });
    }
  };

  return (
    <NoticeLine $type={report.ready ? 'warning' : 'error'} data-testid="setup-findings">
      <p>
        <strong>{report.ready ? t('vc.setup.readyWithNotes') : t('vc.setup.notReady')}</strong>{' '}
        {fixable && fixable.code === 'values-field.options-missing' ? (
          <Button size="small" isLink disabled={creating === 'busy'} onClick={() => void create()}>
            {t('vc.setup.createOptions', { count: fixable.values.length })}
          </Button>
        ) : null}
      </p>
      {typeof creating === 'object' ? <p role="alert">{t(`vc.tagging.error.${creating.error}`)}</p> : null}
      <Disclosure label={t('vc.layout.setupDetails', { count: report.findings.length })}>
        <ul>
          {report.findings.map((finding, index) => (
            <li key={index}>
              <FindingText finding={finding} />
            </li>
          ))}
        </ul>
        <p data-testid="setup-checked-at">
          {t('vc.setupCache.checkedAt', { when: checkedAt })}{' '}
          <Button size="small" isLink disabled={state.rechecking} onClick={recheck}>
            {state.rechecking ? t('vc.setup.checking') : t('vc.setupCache.checkAgain')}
          </Button>
        </p>
      </Disclosure>
    </NoticeLine>
  );
}
