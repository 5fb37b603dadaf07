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
import { formatDay } from '../../ui/format-day';
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
  /** Tag rows the page read for these filters (null: not loaded yet); `complete` false when the page was capped. */
  expected?: { rows: number; complete: boolean } | null;
}

/** One row per tag event, as CSV (for spreadsheets) or JSON, with progress and a cancel button. */
export function ExportPanel({ settings, catalogue, filters, groupName, visibility, expected = null }: IExportPanelProps) {
  const { i18n, port } = useServices();
  const t = i18n.t;
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [bom, setBom] = useState(true);
  const [verify, setVerify] = useState(false);
  // Excerpts and the reply's author are what a lead reads the file for: on by default (issue 13).
  const [excerpts, setExcerpts] = useState(settings.recordFieldId !== null);
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
      <p data-testid="export-sentence">
        <ExportSentence
          format={format}
          excerpts={excerpts && settings.recordFieldId !== null}
          authors={visibility?.perAgent ?? true}
          filters={filters}
          expected={expected}
        />
      </p>
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
              <Field.Label>{t('vc.exportPlain.excel')}</Field.Label>
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
            {t(state.progress.phase === 'audits' ? 'vc.exportPlain.progressAudits' : 'vc.exportPlain.progress', {
              tickets: t('vc.exportPlain.tickets', { count: state.progress.tickets }),
              rows: t('vc.exportPlain.rows', { count: state.progress.rows }),
              requests: t('vc.exportPlain.requests', { count: state.progress.requests }),
            })}
            {state.progress.waitingMs
              ? ` ${t(`vc.export.waiting.${state.progress.reason ?? 'retry'}`, { seconds: Math.ceil(state.progress.waitingMs / 1000) })}`
              : ''}
          </p>
        </div>
      ) : null}
      {state.kind === 'done' ? (
        <Alert type="success" role="status">
          {t('vc.exportPlain.done', {
            rows: t('vc.exportPlain.rows', { count: state.rows }),
            tickets: t('vc.exportPlain.tickets', { count: state.tickets }),
            requests: t('vc.exportPlain.requests', { count: state.requests }),
            file: state.fileName,
          })}
        </Alert>
      ) : null}
      {state.kind === 'partial' ? (
        <Alert type="warning" role="status">
          {state.reason === 'cancelled'
            ? t('vc.exportPlain.cancelled', { rows: t('vc.exportPlain.rows', { count: state.rows }) })
            : t('vc.exportPlain.failed', { rows: t('vc.exportPlain.rows', { count: state.rows }), reason: state.reason })}{' '}
          <Button size="small" onClick={state.save}>
            {t('vc.export.savePartial')}
          </Button>
        </Alert>
      ) : null}
    </StyledPanel>
  );
}

/**
 * What the export will write, in one sentence: "1 CSV row per tag, 214 tags from 3 Nov 2026 to 30 Nov 2026,
 * with reply excerpts and the reply's author." The count is what the page read for the same filters.
 */
function ExportSentence({
  format,
  excerpts,
  authors,
  filters,
  expected,
}: {
  format: ExportFormat;
  excerpts: boolean;
  authors: boolean;
  filters: RowFilters;
  expected: { rows: number; complete: boolean } | null;
}) {
  const { i18n } = useServices();
  const t = i18n.t;
  const day = (d: string) => formatDay(d, i18n.locale);
  const and = new Intl.ListFormat(i18n.locale, { type: 'conjunction' });
  const extras = [...(excerpts ? [t('vc.exportPlain.withExcerpts')] : []), ...(authors ? [t('vc.exportPlain.withAuthors')] : [])];
  const tags =
    expected === null
      ? t('vc.exportPlain.tagsUnknown')
      : expected.complete
        ? t('vc.exportPlain.tags', { count: expected.rows })
        : t('vc.exportPlain.tagsAtLeast', { count: expected.rows });
  return (
    <>
      {t('vc.exportPlain.sentence', {
        unit: t(format === 'csv' ? 'vc.exportPlain.unitCsv' : 'vc.exportPlain.unitJson'),
        tags,
        from: day(filters.from),
        to: day(filters.to),
      })}
      {extras.length > 0 ? t('vc.exportPlain.with', { extras: and.format(extras) }) : '.'}
    </>
  );
}
