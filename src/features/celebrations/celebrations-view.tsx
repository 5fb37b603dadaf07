import { useMemo, useState } from 'react';
import styled from 'styled-components';
import { Alert } from '@zendeskgarden/react-notifications';
import { Button } from '@zendeskgarden/react-buttons';
import { Field, Select, Textarea } from '@zendeskgarden/react-forms';
import { Dots } from '@zendeskgarden/react-loaders';
import { LG, MD } from '@zendeskgarden/react-typography';
import { getColor } from '@zendeskgarden/react-theming';
import type { Catalogue } from '../../domain/catalogue/types';
import { celebrate } from '../../domain/celebrations/celebrate';
import { visibleCelebration } from '../../domain/privacy/apply';
import type { Visibility } from '../../domain/privacy/visibility';
import { PERIOD_KINDS, periodOf, shiftPeriod, type Period, type PeriodKind } from '../../domain/celebrations/period';
import type { AppSettings } from '../../domain/settings/app-settings';
import { useServices } from '../../services/services';
import { useClipboard } from '../../ui/use-clipboard';
import { chatMessage } from './chat-message';
import { MeetingQuestions } from './meeting-questions';
import { CelebrationPrintStyle } from './print-style';
import { useCelebrationData } from './use-celebration-data';

const StyledGrid = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(320px, 1fr));
  gap: ${({ theme }) => theme.space.base * 4}px;
`;

const StyledCard = styled.article`
  padding: ${({ theme }) => theme.space.base * 4}px;
  border: ${({ theme }) => `${theme.borderWidths.sm} solid ${getColor({ theme, variable: 'border.default' })}`};
  border-radius: ${({ theme }) => theme.borderRadii.md};

  & blockquote {
    margin: ${({ theme }) => theme.space.base * 2}px 0;
    padding-inline-start: ${({ theme }) => theme.space.base * 3}px;
    border-inline-start: ${({ theme }) => `${theme.borderWidths.md} solid ${getColor({ theme, variable: 'border.primaryEmphasis' })}`};
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
`;

const StyledBar = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => theme.space.base * 3}px;
  align-items: end;
  margin-bottom: ${({ theme }) => theme.space.base * 4}px;
`;

interface ICelebrationsViewProps {
  catalogue: Catalogue;
  settings: AppSettings;
  /** Whom this viewer may name (the per-agent setting and agents' own choice, ADR 0047). */
  visibility: Visibility;
  now?: Date;
}

/** The team meeting's page: for a week, month or quarter, per value, who was recognised and the stories to tell. */
export function CelebrationsView({ catalogue, settings, visibility, now = new Date() }: ICelebrationsViewProps) {
  const { i18n } = useServices();
  const t = i18n.t;
  const [period, setPeriod] = useState<Period>(() => periodOf('month', now));
  const data = useCelebrationData(settings, catalogue, period);
  const clipboard = useClipboard();
  const format = new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const periodLabel = format.formatRange(new Date(`${period.from}T00:00:00Z`), new Date(`${period.to}T00:00:00Z`));
  const state = data.state;
  const values = useMemo(() => catalogue.values.map((v) => ({ tag: v.tag, name: v.name })), [catalogue]);
  const celebration =
    state.status === 'ready'
      ? visibleCelebration(
          celebrate({ period, values, rows: state.data.rows, notes: state.data.notes, goodComments: state.data.goodComments }),
          visibility,
        )
      : null;
  const agentName = (id: number) => (state.status === 'ready' ? state.data.users.get(id)?.name : undefined) ?? String(id);
  const message = celebration ? chatMessage(celebration, periodLabel, agentName, i18n) : '';

  return (
    <section aria-labelledby="celebrations-title" data-print="celebration" data-testid="celebrations">
      <CelebrationPrintStyle />
      <LG tag="h2" isBold id="celebrations-title">
        {t('vc.celebrations.title', { period: periodLabel })}
      </LG>
      <StyledBar data-print-hide>
        <Field>
          <Field.Label>{t('vc.celebrations.periodKind')}</Field.Label>
          <Select
            value={period.kind}
            onChange={(e) => setPeriod(periodOf(e.target.value as PeriodKind, new Date(`${period.from}T00:00:00Z`)))}
          >
            {PERIOD_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`vc.celebrations.kind.${kind}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={() => setPeriod(shiftPeriod(period, -1))}>{t('vc.celebrations.previous')}</Button>
        <Button onClick={() => setPeriod(shiftPeriod(period, 1))}>{t('vc.celebrations.next')}</Button>
        <Button onClick={() => window.print()}>{t('vc.celebrations.print')}</Button>
      </StyledBar>
      <MeetingQuestions catalogue={catalogue} />
      {state.status === 'loading' ? <Dots aria-label={t('vc.loading')} /> : null}
      {state.status === 'failed' ? (
        <Alert type="error" role="alert">
          {t('vc.celebrations.failed')}{' '}
          <Button size="small" isLink onClick={data.reload}>
            {t('vc.tryAgain')}
          </Button>
        </Alert>
      ) : null}
      {celebration?.isEmpty ? <p data-testid="celebrations-empty">{t('vc.celebrations.empty')}</p> : null}
      {celebration && !celebration.isEmpty ? (
        <StyledGrid>
          {celebration.values.map((value) => (
            <StyledCard key={value.tag} aria-label={value.name}>
              <MD tag="h3" isBold>
                {value.name}
              </MD>
              <MD tag="h4">{t('vc.celebrations.recognised')}</MD>
              {value.recognised.length === 0 && value.unnamed === 0 ? (
                <p>{t('vc.celebrations.none')}</p>
              ) : (
                <ul>
                  {value.recognised.map((r) => (
                    <li key={r.agentId}>{t('vc.celebrations.badges', { name: agentName(r.agentId), count: r.badges })}</li>
                  ))}
                  {value.unnamed > 0 ? (
                    <li>{t(visibility.perAgent ? 'vc.celebrations.unnamed' : 'vc.celebrations.teamOnly', { count: value.unnamed })}</li>
                  ) : null}
                </ul>
              )}
              {value.replies.length > 0 ? <MD tag="h4">{t('vc.celebrations.replies')}</MD> : null}
              {value.replies.map((reply) => (
                <div key={`${reply.ticketId}:${reply.replyCommentId ?? ''}`}>
                  <p>{t('vc.celebrations.replyOn', { id: reply.ticketId, subject: reply.subject })}</p>
                  {reply.excerpt ? <blockquote dir="auto">{reply.excerpt}</blockquote> : null}
                  {reply.notes.map((n, i) => (
                    <p key={i} dir="auto">
                      {t('vc.celebrations.reviewerNote', { name: n.by, note: n.note })}
                    </p>
                  ))}
                </div>
              ))}
              {value.notes.length > 0 ? <MD tag="h4">{t('vc.celebrations.wallNotes')}</MD> : null}
              {value.notes.map((n) => (
                <blockquote key={n.id} dir="auto">
                  {n.body} — {n.authorName || t('vc.wall.someone')}
                </blockquote>
              ))}
              {value.customers.length > 0 ? <MD tag="h4">{t('vc.celebrations.customers')}</MD> : null}
              {value.customers.map((c) => (
                <blockquote key={c.ticketId} dir="auto">
                  {c.comment}
                </blockquote>
              ))}
            </StyledCard>
          ))}
        </StyledGrid>
      ) : null}
      {celebration ? (
        <div data-print-hide>
          <Field>
            <Field.Label>{t('vc.celebrations.messageLabel')}</Field.Label>
            <Textarea readOnly value={message} minRows={4} maxRows={12} />
          </Field>
          <Button onClick={() => void clipboard.copy(message)}>{t('vc.celebrations.copy')}</Button>
          {clipboard.state === 'copied' ? <span role="status"> {t('vc.celebrations.copied')}</span> : null}
          {clipboard.state === 'failed' ? <span role="alert"> {t('vc.celebrations.copyFailed')}</span> : null}
        </div>
      ) : null}
    </section>
  );
}
