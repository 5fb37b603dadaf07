import { useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Checkbox, Field, Radio } from '@zendeskgarden/react-forms';
import { Progress } from '@zendeskgarden/react-loaders';
import { Alert } from '@zendeskgarden/react-notifications';
import styled from 'styled-components';
import type { Catalogue } from '../../domain/catalogue/types';
import type { RowFilters } from '../../domain/dashboard/filter-rows';
import type { AppSettings } from '../../domain/settings/app-settings';
import { useServices } from '../../services/services';
import type { Visibility } from '../../domain/privacy/visibility';
import { useExport, type ExportFormat } from './use-export';

const StyledPanel = styled.section`
  display: grid;
  gap: ${({ theme }) => theme.space.base * 3}px;
`;

const StyledRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.base * 4}px;
  align-items: center;
`;

interface IExportPanelProps {
  settings: AppSettings;
  catalogue: Catalogue;
  filters: RowFilters;
  groupName: (id: number) => string;
  /** What the viewer may see per agent (ADR 0047); the file follows the page. */
  visibility?: Visibility;
}

/** One row per tag event, as CSV (for spreadsheets) or JSON, with progress and a cancel button. */
export function ExportPanel({ settings, catalogue, filters, groupName, visibility }: IExportPanelProps) {
  const { i18n, port } = useServices();
  const t = i18n.t;
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [bom, setBom] = useState(true);
  const [excerpts, setExcerpts] = useState(false);
  const [verify, setVerify] = useState(false);
  const { state, start, cancel } = useExport({
    settings,
    catalogue,
    filters,
    groupName,
    subdomain: port.context.account?.subdomain,
    visibility,
  });
  const running = state.kind === 'running';

  return (
    <StyledPanel aria-labelledby="export-title" data-testid="export-panel">
      <h2 id="export-title">{t('vc.export.title')}</h2>
      {settings.recordFieldId === null ? (
        <Alert type="info" role="status">
          {t('vc.export.slowPath')}
        </Alert>
      ) : null}
      <StyledRow role="radiogroup" aria-label={t('vc.export.format')}>
        <Field>
          <Radio name="format" value="csv" checked={format === 'csv'} onChange={() => setFormat('csv')} disabled={running}>
            <Field.Label>CSV</Field.Label>
          </Radio>
        </Field>
        <Field>
          <Radio name="format" value="json" checked={format === 'json'} onChange={() => setFormat('json')} disabled={running}>
            <Field.Label>JSON</Field.Label>
          </Radio>
        </Field>
        {settings.recordFieldId !== null ? (
          <Field>
            <Checkbox checked={excerpts} onChange={(e) => setExcerpts(e.target.checked)} disabled={running}>
              <Field.Label>{t('vc.export.excerpts')}</Field.Label>
              <Field.Hint>{t('vc.export.excerptsHint')}</Field.Hint>
            </Checkbox>
          </Field>
        ) : null}
        {settings.recordFieldId !== null ? (
          <Field>
            <Checkbox checked={verify} onChange={(e) => setVerify(e.target.checked)} disabled={running}>
              <Field.Label>{t('vc.export.verify')}</Field.Label>
              <Field.Hint>{t('vc.export.verifyHint')}</Field.Hint>
            </Checkbox>
          </Field>
        ) : null}
        {format === 'csv' ? (
          <Field>
            <Checkbox checked={bom} onChange={(e) => setBom(e.target.checked)} disabled={running}>
              <Field.Label>{t('vc.export.bom')}</Field.Label>
            </Checkbox>
          </Field>
        ) : null}
      </StyledRow>
      <StyledRow>
        <Button isPrimary onClick={() => void start(format, bom, excerpts, verify)} disabled={running || settings.valuesFieldId === null}>
          {t('vc.export.start')}
        </Button>
        {running ? <Button onClick={cancel}>{t('vc.export.cancel')}</Button> : null}
      </StyledRow>
      {running ? (
        <div role="status" aria-live="polite">
          <Progress
            aria-label={t('vc.export.progressLabel')}
            value={state.progress.phase === 'audits' ? 75 : Math.min(95, 10 + state.progress.pages * 10)}
          />
          <p>
            {t(state.progress.phase === 'audits' ? 'vc.export.progressAudits' : 'vc.export.progress', {
              tickets: state.progress.tickets,
              rows: state.progress.rows,
              requests: state.progress.requests,
            })}
            {state.progress.waitingMs
              ? ` ${t(`vc.export.waiting.${state.progress.reason ?? 'retry'}`, { seconds: Math.ceil(state.progress.waitingMs / 1000) })}`
              : ''}
          </p>
        </div>
      ) : null}
      {state.kind === 'done' ? (
        <Alert type="success" role="status">
          {t('vc.export.done', { rows: state.rows, tickets: state.tickets, requests: state.requests, file: state.fileName })}
        </Alert>
      ) : null}
      {state.kind === 'partial' ? (
        <Alert type="warning" role="status">
          {state.reason === 'cancelled'
            ? t('vc.export.cancelled', { rows: state.rows })
            : t('vc.export.failed', { rows: state.rows, reason: state.reason })}{' '}
          <Button size="small" onClick={state.save}>
            {t('vc.export.savePartial')}
          </Button>
        </Alert>
      ) : null}
    </StyledPanel>
  );
}
