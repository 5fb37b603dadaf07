import { useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { roundResults } from '../../domain/calibration/results';
import type { Answer, Round } from '../../domain/calibration/round';
import { useServices } from '../../services/services';
import { formatDay } from '../../ui/format-day';
import type { CalibrationStore } from './calibration-store';
import { errorCode } from './error-code';
import { ReviewerForm } from './reviewer-form';
import { RoundResultsView } from './round-results';
import { StyledCard, StyledRow, StyledSubtle } from './styled';
import { useRoundAnswers } from './use-round-answers';

interface IRoundCardProps {
  store: CalibrationStore;
  round: Round;
  name: (id: number) => string;
  onRoundChange: (round: Round) => void;
  onSubmitted?: () => void;
}

/** One round as this viewer may see it: their blind form, who has answered, or the results once closed. */
export function RoundCard({ store, round, name, onRoundChange, onSubmitted }: IRoundCardProps) {
  const { user, i18n } = useServices();
  const t = i18n.t;
  const answers = useRoundAnswers(store, round);
  const [closing, setClosing] = useState<string | null>(null); /* 'busy' or an error code */
  const list = new Intl.ListFormat(i18n.locale, { type: 'conjunction' });
  const isReviewer = round.reviewerIds.includes(user.id);

  const save = async (answer: Answer) => {
    await store.saveAnswer(answer);
    answers.reload();
    if (answer.submittedAt) onSubmitted?.();
  };
  const close = async () => {
    setClosing('busy');
    try {
      onRoundChange(await store.saveRound({ ...round, status: 'closed', closedAt: new Date().toISOString() }));
      setClosing(null);
    } catch (e) {
      setClosing(errorCode(e));
    }
  };

  const state = answers.state;
  const data = state.status === 'ready' ? state.data : null;
  const submitted = data?.all?.filter((a) => a.submittedAt !== null).map((a) => a.reviewerId) ?? [];
  return (
    <StyledCard aria-labelledby={`round-${round.id}`} data-testid="calibration-round">
      <h3 id={`round-${round.id}`}>{round.title}</h3>
      <StyledSubtle>
        {t(round.status === 'open' ? 'vc.calibration.round.open' : 'vc.calibration.round.closed', {
          date: formatDay((round.closedAt ?? round.createdAt).slice(0, 10), i18n.locale),
          replies: round.items.length,
          reviewers: list.format(round.reviewerIds.map(name)),
        })}
      </StyledSubtle>
      {state.status === 'loading' ? <p role="status">{t('vc.loading')}</p> : null}
      {state.status === 'failed' ? (
        <Alert type="error" role="alert">
          {t('vc.calibration.error', { code: errorCode(state.error) })}
        </Alert>
      ) : null}
      {data && round.status === 'open' && isReviewer && data.own?.submittedAt == null ? (
        <ReviewerForm key={data.own?.submittedAt ?? 'draft'} round={round} draft={data.own} onSave={save} />
      ) : null}
      {data && round.status === 'open' && data.own?.submittedAt != null ? <p>{t('vc.calibration.round.youSubmitted')}</p> : null}
      {data?.all && round.status === 'open' ? (
        <p data-testid="round-progress">
          {t('vc.calibration.round.progress', { done: submitted.length, total: round.reviewerIds.length })}
          {submitted.length ? ` ${list.format(submitted.map(name))}` : ''}
        </p>
      ) : null}
      {round.status === 'open' && round.createdBy === user.id ? (
        <StyledRow>
          <Button onClick={() => void close()} disabled={closing === 'busy'}>
            {t('vc.calibration.round.close')}
          </Button>
          {closing && closing !== 'busy' ? <span role="alert">{t('vc.calibration.error', { code: closing })}</span> : null}
        </StyledRow>
      ) : null}
      {data?.all && round.status === 'closed' ? (
        <RoundResultsView round={round} results={roundResults(round, data.all)} name={name} />
      ) : null}
    </StyledCard>
  );
}
