import { agreementSummary, type RoundResults } from '../../domain/calibration/results';
import type { Round } from '../../domain/calibration/round';
import { useServices } from '../../services/services';
import { StyledQuote, StyledSubtle, StyledTable } from './styled';

interface IRoundResultsProps {
  round: Round;
  results: RoundResults;
  name: (id: number) => string;
}

/** Agreement per value and overall, in numbers and in words, then the replies most disagreed on, side by side. */
export function RoundResultsView({ round, results, name }: IRoundResultsProps) {
  const { i18n } = useServices();
  const t = i18n.t;
  const list = new Intl.ListFormat(i18n.locale, { type: 'conjunction' });
  const number = new Intl.NumberFormat(i18n.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const alpha = (a: number | null) => (a === null ? '—' : number.format(a));
  const summary = agreementSummary(results);
  const valueName = new Map(round.values.map((v) => [v.tag, v.name]));
  const sentences = [
    summary.good.length ? t('vc.calibration.results.agreeWell', { values: list.format(summary.good) }) : '',
    summary.tentative.length ? t('vc.calibration.results.agreeTentatively', { values: list.format(summary.tentative) }) : '',
    summary.poor.length ? t('vc.calibration.results.agreePoorly', { values: list.format(summary.poor) }) : '',
  ].filter(Boolean);

  return (
    <div data-testid="round-results">
      <p role="status">
        {t('vc.calibration.results.overall', { alpha: alpha(results.overall.alpha), reviewers: results.reviewers.length })}{' '}
        {t(`vc.calibration.reading.${results.overall.reading}`)}
      </p>
      {sentences.map((s) => (
        <p key={s}>{s}</p>
      ))}
      <StyledTable>
        <caption>{t('vc.calibration.results.perValue')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('vc.calibration.results.value')}</th>
            <th scope="col">α</th>
            <th scope="col">{t('vc.calibration.results.reading')}</th>
            <th scope="col">{t('vc.calibration.results.picks')}</th>
          </tr>
        </thead>
        <tbody>
          {results.perValue.map((v) => (
            <tr key={v.tag}>
              <th scope="row">{v.name}</th>
              <td>{alpha(v.alpha)}</td>
              <td>{t(`vc.calibration.reading.${v.reading}`)}</td>
              <td>{v.picks}</td>
            </tr>
          ))}
        </tbody>
      </StyledTable>
      <StyledSubtle>{t('vc.calibration.results.thresholds')}</StyledSubtle>
      <h4>{t('vc.calibration.results.disagreed')}</h4>
      {results.items.map(({ item, answers, disagreement }) => (
        <section
          key={item.key}
          aria-label={t('vc.calibration.replyLabel', { id: item.ticketId, subject: item.subject })}
          data-testid="disagreement"
        >
          <strong>{t('vc.calibration.replyLabel', { id: item.ticketId, subject: item.subject })}</strong>{' '}
          <StyledSubtle>{t('vc.calibration.results.differ', { n: number.format(disagreement) })}</StyledSubtle>
          <StyledQuote>{item.excerpt}</StyledQuote>
          <StyledTable>
            <tbody>
              {answers.map((a) => (
                <tr key={a.reviewerId}>
                  <th scope="row">{name(a.reviewerId)}</th>
                  <td>
                    {a.tags === null
                      ? t('vc.calibration.results.noAnswer')
                      : a.tags.length === 0
                        ? t('vc.calibration.results.none')
                        : list.format(a.tags.map((tag) => valueName.get(tag) ?? tag))}
                  </td>
                </tr>
              ))}
            </tbody>
          </StyledTable>
        </section>
      ))}
    </div>
  );
}
