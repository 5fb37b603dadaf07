import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import type { CatalogueValue } from '../../domain/catalogue/types';
import type { OutboxEntry } from '../../domain/tagging/outbox';
import { useServices } from '../../services/services';
import { StyledRow } from './styled';

interface IPendingChangesProps {
  /** The signed-in user's changes for this ticket. */
  entries: OutboxEntry[];
  /** The signed-in user's changes that cannot land as they are, for any ticket: each is reported. */
  held: OutboxEntry[];
  /** The signed-in user's changes waiting for other tickets, counted so nothing waits unseen. */
  otherTickets: number;
  /** Changes someone else made on this browser: counted only, their content is not ours to see. */
  othersWaiting: number;
  valuesByTag: Map<string, CatalogueValue>;
  /** The message for a failure code. */
  message: (code: string) => string;
  onRetry: () => void;
  onRetryHeld: (entry: OutboxEntry) => void;
  onDiscard: (entry: OutboxEntry) => void;
}

/** Tag changes saved in this browser that have not reached Zendesk yet: visible until they land. */
export function PendingChanges({
  entries,
  held,
  otherTickets,
  othersWaiting,
  valuesByTag,
  message,
  onRetry,
  onRetryHeld,
  onDiscard,
}: IPendingChangesProps) {
  const { i18n } = useServices();
  const t = i18n.t;
  const list = new Intl.ListFormat(i18n.locale, { type: 'conjunction' });
  const names = (entry: OutboxEntry) =>
    list.format(
      (entry.change.op === 'add' ? entry.change.adds : entry.change.removes).map((item) => valuesByTag.get(item.tag)?.name ?? item.tag),
    );
  const waiting = entries.filter((entry) => entry.held === undefined);
  return (
    <>
      {othersWaiting > 0 ? (
        <Alert type="info" role="status" data-testid="others-pending">
          {t('vc.tagging.othersWaiting', { count: othersWaiting })}
        </Alert>
      ) : null}
      {held.length > 0 ? (
        <Alert type="error" role="alert" data-testid="held-changes">
          <Alert.Title>{t('vc.tagging.heldTitle', { count: held.length })}</Alert.Title>
          <ul>
            {held.map((entry) => (
              <li key={entry.createdAt + names(entry)}>
                {t('vc.tagging.heldTicket', { id: entry.ticketId })}{' '}
                {t(entry.change.op === 'add' ? 'vc.tagging.pendingAdd' : 'vc.tagging.pendingRemove', { values: names(entry) })}{' '}
                {entry.change.op === 'add' && entry.change.note ? `“${entry.change.note}” ` : ''}
                {message(entry.held ?? 'unexpected')}{' '}
                <Button size="small" isLink onClick={() => onRetryHeld(entry)}>
                  {t('vc.tagging.retryNow')}
                </Button>{' '}
                <Button size="small" isLink onClick={() => onDiscard(entry)}>
                  {t('vc.tagging.discard')}
                </Button>
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {waiting.length > 0 || otherTickets > 0 ? (
        <Alert type="warning" role="status" data-testid="pending-changes">
          <Alert.Title>{t('vc.tagging.pendingTitle', { count: waiting.length + otherTickets })}</Alert.Title>
          <p>{t('vc.tagging.queued')}</p>
          <ul>
            {waiting.map((entry) => (
              <li key={entry.createdAt + names(entry)}>
                {t(entry.change.op === 'add' ? 'vc.tagging.pendingAdd' : 'vc.tagging.pendingRemove', { values: names(entry) })}
                {entry.lastError ? ` ${message(entry.lastError)}` : ''}{' '}
                <Button size="small" isLink onClick={() => onDiscard(entry)}>
                  {t('vc.tagging.discard')}
                </Button>
              </li>
            ))}
          </ul>
          {otherTickets > 0 ? <p>{t('vc.tagging.pendingOther', { count: otherTickets })}</p> : null}
          <StyledRow>
            <Button size="small" onClick={onRetry}>
              {t('vc.tagging.retryNow')}
            </Button>
          </StyledRow>
        </Alert>
      ) : null}
    </>
  );
}
