import { useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import type { Round, RoundValue } from '../../domain/calibration/round';
import { useServices } from '../../services/services';
import { useAsync } from '../../ui/use-async';
import { ConvergenceList } from './convergence-list';
import { errorCode } from './error-code';
import { RoundCard } from './round-card';
import { RoundSetup } from './round-setup';
import { StyledSection, StyledSubtle } from './styled';
import { useCalibration } from './use-calibration';

interface ICalibrationPanelProps {
  /** People known to the page (staff only), for picking reviewers and naming them. */
  people: { id: number; name: string }[];
  range: { from: string; to: string };
  values: RoundValue[];
  /** Whether this viewer may start rounds (admins and taggers). */
  canLead: boolean;
  /** The viewer submitted a round: the page may now read what it held back (ADR 0081). */
  onSubmitted?: () => void;
  /** Outside the leads page: only the rounds that name this viewer as a reviewer, open or closed. */
  onlyMine?: boolean;
}

/** Calibration: rounds where reviewers tag the same replies blind, then see how well they agree. */
export function CalibrationPanel({ people, range, values, canLead, onSubmitted, onlyMine = false }: ICalibrationPanelProps) {
  const { api, user, i18n } = useServices();
  const t = i18n.t;
  const { store, resource, putRound } = useCalibration();
  const [setupError, setSetupError] = useState<string | null>(null);
  const state = resource.state;
  const all = state.status === 'ready' ? state.data.rounds : [];
  const rounds = onlyMine ? all.filter((r) => r.reviewerIds.includes(user.id)) : all;

  const known = new Map(people.map((p) => [p.id, p.name]));
  known.set(user.id, user.name);
  const unknownIds = [...new Set(rounds.flatMap((r) => r.reviewerIds))].filter((id) => !known.has(id)).sort((a, b) => a - b);
  const extra = useAsync(async () => api.getUsers(unknownIds), unknownIds.length ? [api, unknownIds.join(',')] : null);
  const extraNames = extra.state.status === 'ready' ? new Map(extra.state.data.map((u) => [u.id, u.name])) : new Map<number, string>();
  const name = (id: number) => known.get(id) ?? extraNames.get(id) ?? t('vc.calibration.someone', { id });

  const create = async () => {
    setSetupError(null);
    try {
      await store.ready(true);
      resource.reload();
    } catch (e) {
      setSetupError(errorCode(e));
    }
  };
  const start = async (round: Round) => putRound(await store.saveRound(round));
  const mine = rounds.filter((r) => r.status === 'open' && (r.reviewerIds.includes(user.id) || r.createdBy === user.id));
  const others = rounds.filter((r) => !mine.includes(r));

  return (
    <StyledSection aria-labelledby="calibration-title" data-testid="calibration-panel">
      <h2 id="calibration-title">{t('vc.calibration.title')}</h2>
      <StyledSubtle>{t('vc.calibration.intro')}</StyledSubtle>
      {state.status === 'loading' ? <p role="status">{t('vc.loading')}</p> : null}
      {state.status === 'failed' ? (
        <Alert type="error" role="alert">
          {t('vc.calibration.error', { code: errorCode(state.error) })}
        </Alert>
      ) : null}
      {state.status === 'ready' && !state.data.ready ? (
        <Alert type="info">
          {user.role === 'admin' ? t('vc.calibration.missingAdmin') : t('vc.calibration.missing')}{' '}
          {user.role === 'admin' ? (
            <Button size="small" onClick={() => void create()}>
              {t('vc.calibration.create')}
            </Button>
          ) : null}
          {setupError ? <span role="alert"> {t('vc.calibration.error', { code: setupError })}</span> : null}
        </Alert>
      ) : null}
      {state.status === 'ready' && state.data.ready ? (
        <>
          {canLead ? <RoundSetup candidates={people} range={range} values={values} onStart={start} /> : null}
          {rounds.length === 0 ? (
            <StyledSubtle>{t(onlyMine ? 'vc.calibration.noRoundsForYou' : 'vc.calibration.noRounds')}</StyledSubtle>
          ) : null}
          {[...mine, ...others].map((round) => (
            <RoundCard key={round.id} store={store} round={round} name={name} onRoundChange={putRound} onSubmitted={onSubmitted} />
          ))}
          <ConvergenceList store={store} rounds={rounds} />
        </>
      ) : null}
    </StyledSection>
  );
}
