import { MIN_RATINGS, rateShown, type SatisfactionCounts } from '../../domain/dashboard/outcomes';
import { useServices } from '../../services/services';
import { StyledCard, StyledCardTitle, StyledSubtle } from './styled';

/** Satisfaction of tagged tickets against all tickets: do the values show in the team's metrics? */
export function OutcomesPanel({ tagged, all }: { tagged: SatisfactionCounts; all: SatisfactionCounts | null }) {
  const { i18n } = useServices();
  const t = i18n.t;
  const percent = new Intl.NumberFormat(i18n.locale, { style: 'percent', maximumFractionDigits: 0 });
  // The rate with its n; below MIN_RATINGS only the n, and why (one rating once read as "Good rate 0%").
  const rate = (c: SatisfactionCounts | null) => {
    if (c === null) return '–';
    const n = c.good + c.bad;
    if (c.goodRate === null) return t('vc.leads.noRatings');
    if (!rateShown(c)) return t('vc.leads.fewRatings', { count: n, min: MIN_RATINGS });
    return t('vc.leads.rateWithN', { rate: percent.format(c.goodRate), count: n });
  };
  const cells = (c: SatisfactionCounts | null) => (c ? [c.good, c.bad, c.offered, c.unoffered, c.total] : ['–', '–', '–', '–', '–']);
  return (
    <StyledCard aria-labelledby="outcomes">
      <StyledCardTitle id="outcomes">{t('vc.leads.outcomes')}</StyledCardTitle>
      <StyledSubtle>{t('vc.leads.outcomesHint')}</StyledSubtle>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('vc.leads.tickets')}</th>
            <th scope="col">{t('vc.leads.good')}</th>
            <th scope="col">{t('vc.leads.bad')}</th>
            <th scope="col">{t('vc.leads.offered')}</th>
            <th scope="col">{t('vc.leads.unoffered')}</th>
            <th scope="col">{t('vc.leads.total')}</th>
            <th scope="col">{t('vc.leads.goodRate')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('vc.leads.taggedTickets')}</th>
            {cells(tagged).map((v, i) => (
              <td key={i}>{v}</td>
            ))}
            <td>{rate(tagged)}</td>
          </tr>
          <tr>
            <th scope="row">{t('vc.leads.allTickets')}</th>
            {cells(all).map((v, i) => (
              <td key={i}>{v}</td>
            ))}
            <td>{rate(all)}</td>
          </tr>
        </tbody>
      </table>
    </StyledCard>
  );
}
