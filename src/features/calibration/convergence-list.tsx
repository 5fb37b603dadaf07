import { convergence, roundResults } from '../../domain/calibration/results';
import type { Round } from '../../domain/calibration/round';
import { useServices } from '../../services/services';
import { formatDay } from '../../ui/format-day';
import { useAsync } from '../../ui/use-async';
import type { CalibrationStore } from './calibration-store';
import { StyledSubtle, StyledTable } from './styled';

/** Closed rounds compared: one answers request per round, the latest 10. */
const TREND_ROUNDS = 10;

/** Overall agreement of the closed rounds, oldest first: does the team converge? */
export function ConvergenceList({ store, rounds }: { store: CalibrationStore; rounds: Round[] }) {
  const { i18n } = useServices();
  const t = i18n.t;
  const closed = rounds.filter((r) => r.status === 'closed').slice(0, TREND_ROUNDS);
  const key = closed.map((r) => r.id).join(',');
  const trend = useAsync(
    async () =>
      convergence(
        await Promise.all(closed.map(async (round) => ({ round, results: roundResults(round, await store.allAnswers(round.id)) }))),
      ),
    closed.length >= 2 ? [store, key] : null,
  );
  if (closed.length < 2 || trend.state.status !== 'ready') return null;
  const number = new Intl.NumberFormat(i18n.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const points = trend.state.data;
  const first = points[0]?.alpha ?? null;
  const last = points[points.length - 1]?.alpha ?? null;
  const direction = first === null || last === null ? 'unknown' : last > first + 0.05 ? 'up' : last < first - 0.05 ? 'down' : 'flat';
  return (
    <section aria-labelledby="calibration-trend" data-testid="calibration-trend">
      <h3 id="calibration-trend">{t('vc.calibration.trend.title')}</h3>
      <StyledSubtle>{t(`vc.calibration.trend.${direction}`)}</StyledSubtle>
      <StyledTable>
        <thead>
          <tr>
            <th scope="col">{t('vc.calibration.trend.round')}</th>
            <th scope="col">{t('vc.calibration.trend.closed')}</th>
            <th scope="col">α</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.id}>
              <th scope="row">{p.title}</th>
              <td>{formatDay(p.closedAt.slice(0, 10), i18n.locale)}</td>
              <td>{p.alpha === null ? '—' : number.format(p.alpha)}</td>
            </tr>
          ))}
        </tbody>
      </StyledTable>
    </section>
  );
}
