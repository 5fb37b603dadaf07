import { Button } from '@zendeskgarden/react-buttons';
import { Tag } from '@zendeskgarden/react-tags';
import { useServices, useT } from '../../services/services';
import { StyledList, StyledSubtle } from './styled';
import type { LeadsView } from './use-leads-model';
import type { UnverifiedLine } from './verify-rows';
import { VERIFY_PAGE_TICKET_CAP } from './verify-rows';

const UNVERIFIED_SHOWN = 20;

/** The marker of a tag that does not match its ticket's history; its explanation is the element `describedBy` names. */
export function UnverifiedMark({ describedBy }: { describedBy: string }) {
  const t = useT();
  return (
    <Tag hue="yellow" size="small" aria-describedby={describedBy} data-testid="unverified-mark">
      {t('vc.verify.mark')}
    </Tag>
  );
}

function formatTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso));
}

/** Why a line is unverified, in words: who the line names and when, against what the audit says. */
function explanation(line: UnverifiedLine, t: ReturnType<typeof useT>, locale: string, writerName: (id: number) => string): string {
  const { row } = line;
  const claimed = { by: row.taggedBy || String(row.taggedById ?? ''), at: row.taggedAt ? formatTime(row.taggedAt, locale) : '' };
  if (line.reason === 'author' && line.writtenBy !== null && row.auditAt) {
    return t('vc.verify.reason.author', { ...claimed, writer: writerName(line.writtenBy), auditAt: formatTime(row.auditAt, locale) });
  }
  if (line.reason === 'time' && row.auditAt) return t('vc.verify.reason.time', { ...claimed, auditAt: formatTime(row.auditAt, locale) });
  return t('vc.verify.reason.noAudit', claimed);
}

/**
 * What the history check did, said on the page (ADR 0050): how many tags shown by name were checked,
 * how many matched, and each one that did not, marked and explained. Unverified tags count nowhere.
 */
export function VerificationNote({ view }: { view: LeadsView }) {
  const { i18n, port } = useServices();
  const t = useT();
  const v = view.verification;
  if (v.status === 'off') return null;
  if (v.status === 'checking') {
    return (
      <StyledSubtle role="status" data-testid="verification-summary">
        {t('vc.verify.checking', { done: v.done, total: v.total })}
      </StyledSubtle>
    );
  }
  const writerName = (id: number) => v.writers.get(id) ?? view.agentName(id);
  return (
    <section aria-labelledby="verification-summary" data-testid="verification">
      <StyledSubtle id="verification-summary" role="status" data-testid="verification-summary">
        {v.checkedTickets === 0 && v.uncheckedTickets === 0
          ? t('vc.verify.nothing')
          : t('vc.verify.summary', {
              verified: t('vc.verify.verifiedCount', { count: v.verified }),
              unverified: t('vc.verify.unverifiedCount', { count: v.unverifiedShown }),
              tickets: t('vc.verify.ticketsRead', { count: v.checkedTickets }),
            })}{' '}
        {v.uncheckedTickets > 0
          ? v.error
            ? t('vc.verify.stopped', { count: v.uncheckedTickets })
            : t('vc.verify.unchecked', { count: v.uncheckedTickets, cap: VERIFY_PAGE_TICKET_CAP })
          : null}
      </StyledSubtle>
      {v.unverified.length > 0 ? (
        <>
          <StyledSubtle id="unverified-title">{t('vc.verify.listTitle', { count: v.unverified.length })}</StyledSubtle>
          <StyledList aria-labelledby="unverified-title">
            {v.unverified.slice(0, UNVERIFIED_SHOWN).map((line, i) => {
              const id = `unverified-${i}`;
              return (
                <li key={`${line.row.ticketId}:${line.row.valueTag}:${line.row.taggedAt}:${i}`} data-testid="unverified-line">
                  <UnverifiedMark describedBy={id} />{' '}
                  <Button isLink onClick={() => port.openTicket(line.row.ticketId)}>
                    {t('vc.verify.line', { id: line.row.ticketId, value: line.row.value })}
                  </Button>
                  <StyledSubtle id={id}>{explanation(line, t, i18n.locale, writerName)}</StyledSubtle>
                </li>
              );
            })}
          </StyledList>
        </>
      ) : null}
    </section>
  );
}
