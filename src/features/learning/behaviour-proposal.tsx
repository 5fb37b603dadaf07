import { useId, useMemo } from 'react';
import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { Field, Textarea } from '@zendeskgarden/react-forms';
import { Alert } from '@zendeskgarden/react-notifications';
import { formatCatalogueAsText } from '../../domain/catalogue/format-catalogue';
import type { Catalogue } from '../../domain/catalogue/types';
import { providerHost, type ModelSettings } from '../../domain/settings/model-settings';
import { withProposal, type ProposalOutcome } from '../../domain/suggest-llm/behaviour-proposal';
import { useServices, useT } from '../../services/services';
import { useClipboard } from '../../ui/use-clipboard';
import { useBehaviourProposal } from './use-behaviour-proposal';

const StyledProposal = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.base * 3}px;
  margin-top: ${({ theme }) => theme.space.base * 4}px;
`;

const StyledList = styled.ul`
  margin: 0;
  padding-inline-start: ${({ theme }) => theme.space.base * 4}px;
`;

const StyledRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.base * 2}px;
  align-items: center;
`;

type Proposed = Extract<ProposalOutcome, { kind: 'proposed' }>;

function ProposedLines({ catalogue, outcome, settings }: { catalogue: Catalogue; outcome: Proposed; settings: ModelSettings }) {
  const t = useT();
  const textId = useId();
  const clipboard = useClipboard();
  const text = useMemo(() => formatCatalogueAsText(withProposal(catalogue, outcome.values)), [catalogue, outcome]);
  const names = new Map(catalogue.values.map((v) => [v.id, v.name]));
  return (
    <>
      <p>{t('vc.learning.propose.result', { model: settings.model })}</p>
      <StyledList data-testid="behaviour-proposal">
        {outcome.values.map((v) => (
          <li key={v.id}>
            {names.get(v.id)}:{' '}
            {v.behaviours.length > 0 ? <code>Behaviours: {v.behaviours.join(', ')}</code> : t('vc.learning.propose.noneForValue')}
          </li>
        ))}
      </StyledList>
      {outcome.unknownNames > 0 ? <p>{t('vc.learning.propose.unknown', { count: outcome.unknownNames })}</p> : null}
      <Field>
        <Field.Label htmlFor={textId}>{t('vc.learning.propose.catalogueLabel')}</Field.Label>
        <Field.Hint>{t('vc.learning.propose.catalogueHint')}</Field.Hint>
        <Textarea id={textId} readOnly value={text} minRows={6} maxRows={14} data-testid="proposed-catalogue" />
      </Field>
      <StyledRow>
        <Button size="small" onClick={() => void clipboard.copy(text)}>
          {t('vc.learning.propose.copy')}
        </Button>
        <span role="status">{clipboard.state === 'copied' ? t('vc.learning.propose.copied') : ''}</span>
        {clipboard.state === 'failed' ? <span role="alert">{t('vc.learning.propose.copyFailed')}</span> : null}
      </StyledRow>
    </>
  );
}

/**
 * For admins, when the language model is on (ADR 0159): the model reads each value's words and proposes its `Behaviours:`
 * line (ADR 0158), which the admin reviews and adds to the catalogue setting. One request, counted like every model
 * request; only the catalogue is sent. Remembered in this browser until the catalogue or the provider changes.
 */
export function BehaviourProposal({ catalogue, settings }: { catalogue: Catalogue; settings: ModelSettings }) {
  const t = useT();
  const { i18n } = useServices();
  const { state, ask } = useBehaviourProposal(catalogue, settings);
  const model = settings.model;
  const outcome = state.kind === 'done' ? state.outcome : null;
  return (
    <StyledProposal data-testid="behaviour-proposal-panel">
      <p>{t('vc.learning.propose.explain', { model, host: providerHost(settings), cap: settings.dailyCap })}</p>
      <StyledRow>
        <Button size="small" onClick={ask} disabled={state.kind === 'asking'}>
          {t(outcome ? 'vc.learning.propose.again' : 'vc.learning.propose.ask', { model })}
        </Button>
        {state.kind === 'asking' ? <span role="status">{t('vc.learning.propose.asking', { model })}</span> : null}
      </StyledRow>
      {outcome?.kind === 'fallback' ? (
        <Alert type="warning" role="alert" data-testid="behaviour-proposal-failed" data-reason={outcome.reason}>
          {i18n.has(`vc.learning.propose.failed.${outcome.reason}`)
            ? t(`vc.learning.propose.failed.${outcome.reason}`, { model, cap: settings.dailyCap })
            : t('vc.learning.propose.failed.malformed', { model })}
        </Alert>
      ) : null}
      {outcome?.kind === 'proposed' ? <ProposedLines catalogue={catalogue} outcome={outcome} settings={settings} /> : null}
    </StyledProposal>
  );
}
