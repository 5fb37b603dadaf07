import { useState } from 'react';
import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { Dots } from '@zendeskgarden/react-loaders';
import type { Catalogue } from '../../domain/catalogue/types';
import type { AppSettings } from '../../domain/settings/app-settings';
import type { SetupFinding } from '../../domain/setup/check-setup';
import { ApiError } from '../../adapters/zendesk-api/api-error';
import { useServices } from '../../services/services';
import { Section } from '../../ui/section';
import { useSetupCheck } from './use-setup-check';

const StyledChecked = styled.p`
  margin-top: ${(p) => p.theme.space.xs};
`;

interface ISetupCheckPanelProps {
  settings: AppSettings;
  catalogue: Catalogue;
}

function FindingText({ finding }: { finding: SetupFinding }) {
  const { i18n } = useServices();
  const params: Record<string, string | number> = {};
  if ('fieldId' in finding) params.id = finding.fieldId;
  if ('type' in finding) params.type = finding.type;
  if ('values' in finding) params.values = finding.values.map((v) => `${v.name} (${v.tag})`).join(', ');
  return <>{i18n.t(`vc.setup.${finding.code}`, params)}</>;
}

/** Admins see whether tagging can work here, can create missing options, and get exact steps for the rest. */
export function SetupCheckPanel({ settings, catalogue }: ISetupCheckPanelProps) {
  const { i18n } = useServices();
  const t = i18n.t;
  const { state, createOptions, recheck } = useSetupCheck(settings, catalogue);
  const [creating, setCreating] = useState<'idle' | 'busy' | { error: string }>('idle');

  if (state.kind === 'checking') {
    return (
      <Section title={t('vc.setup.title')}>
        <Dots aria-label={t('vc.setup.checking')} />
      </Section>
    );
  }
  if (state.kind === 'failed') {
    return (
      <Section title={t('vc.setup.title')}>
        <Alert type="warning">
          {t('vc.setup.failed')} {t(`vc.tagging.error.${state.code}`)}{' '}
          <Button size="small" isLink onClick={recheck}>
            {t('vc.tryAgain')}
          </Button>
        </Alert>
      </Section>
    );
  }
  const { report } = state;
  const checkedAt = new Intl.DateTimeFormat(i18n.locale, { timeStyle: 'short' }).format(new Date(state.checkedAt));
  const again = (
    <StyledChecked data-testid="setup-checked-at">
      {t('vc.setupCache.checkedAt', { when: checkedAt })}{' '}
      <Button size="small" isLink disabled={state.rechecking} onClick={recheck}>
        {state.rechecking ? t('vc.setup.checking') : t('vc.setupCache.checkAgain')}
      </Button>
    </StyledChecked>
  );
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
    <Section title={t('vc.setup.title')}>
      {report.findings.length === 0 ? (
        <Alert type="success" data-testid="setup-ok">
          {t('vc.setup.allGood')}
          {again}
        </Alert>
      ) : (
        <Alert type={report.ready ? 'info' : 'warning'} data-testid="setup-findings">
          <Alert.Title>{report.ready ? t('vc.setup.readyWithNotes') : t('vc.setup.notReady')}</Alert.Title>
          <ul>
            {report.findings.map((finding, index) => (
              <li key={index}>
                <FindingText finding={finding} />
              </li>
            ))}
          </ul>
          {fixable && fixable.code === 'values-field.options-missing' ? (
            <Button size="small" isPrimary disabled={creating === 'busy'} onClick={() => void create()}>
              {t('vc.setup.createOptions', { count: fixable.values.length })}
            </Button>
          ) : null}
          {typeof creating === 'object' ? <p role="alert">{t(`vc.tagging.error.${creating.error}`)}</p> : null}
          {again}
        </Alert>
      )}
    </Section>
  );
}
