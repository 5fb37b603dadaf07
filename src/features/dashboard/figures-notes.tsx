import { Alert } from '@zendeskgarden/react-notifications';
import { Button } from '@zendeskgarden/react-buttons';
import { useServices, useT } from '../../services/services';
import type { LeadsView } from './use-leads-model';
import { StyledList, StyledSubtle } from './styled';
import { VerificationNote } from './verification-note';

const REMOVED_SHOWN = 20;

/** Formats an instant as a day, with the time when it is not midnight UTC. */
function formatInstant(iso: string, locale: string): string {
  const date = new Date(iso);
  const midnight = iso.endsWith('T00:00:00Z') || iso.endsWith('T00:00:00.000Z');
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', ...(midnight ? {} : { timeStyle: 'short' }), timeZone: 'UTC' }).format(
    date,
  );
}

/**
 * What the figures leave out, said plainly: the range a capped read could not cover, values set
 * outside the app (no date), and values removed outside the app (still in the record).
 */
export function FiguresNotes({ view, from, to }: { view: LeadsView; from: string; to: string }) {
  const { i18n, port } = useServices();
  const t = useT();
  const { coverage } = view;
  const day = (text: string) => formatInstant(`${text}T00:00:00Z`, i18n.locale);
  return (
    <>
      <VerificationNote view={view} />
      {coverage.since ? (
        <Alert type="warning" role="status" data-testid="coverage-note">
          {t(coverage.overfull ? 'vc.figures.cappedOverfull' : 'vc.figures.capped', {
            cap: coverage.cap,
            since: formatInstant(coverage.since, i18n.locale),
            from: day(from),
            to: day(to),
            kept: coverage.kept,
            missing: Math.max(0, coverage.total - coverage.kept),
          })}
        </Alert>
      ) : null}
      {view.undated > 0 ? <StyledSubtle data-testid="undated-note">{t('vc.figures.undated', { count: view.undated })}</StyledSubtle> : null}
      {view.removedOutside.length > 0 ? (
        <section aria-labelledby="removed-outside" data-testid="removed-outside">
          <StyledSubtle id="removed-outside">{t('vc.figures.removedOutside', { count: view.removedOutside.length })}</StyledSubtle>
          <StyledList>
            {view.removedOutside.slice(0, REMOVED_SHOWN).map((row) => (
              <li key={`${row.ticketId}:${row.valueTag}:${row.taggedAt}:${row.taggedById}`}>
                <Button isLink onClick={() => port.openTicket(row.ticketId)}>
                  {t('vc.figures.removedLine', { id: row.ticketId, value: row.value })}
                </Button>
              </li>
            ))}
          </StyledList>
        </section>
      ) : null}
    </>
  );
}
