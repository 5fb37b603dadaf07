import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import type { CatalogueValue } from '../../domain/catalogue/types';
import type { OutboxEntry } from '../../domain/tagging/outbox';
import { useT } from '../../services/services';
import { StyledRow } from './styled';

interface IPendingChangesProps {
  entries: OutboxEntry[];
  /** Changes waiting for other tickets, counted so nothing waits unseen. */
  otherTickets: number;
  valuesByTag: Map<string, CatalogueValue>;
  onRetry: () => void;
  onDiscard: (entry: OutboxEntry) => void;
}

/** Tag changes saved in this browser that have not reached Zendesk yet: visible until they land. */
export function PendingChanges({ entries, otherTickets, valuesByTag, onRetry, onDiscard }: IPendingChangesProps) {
  const t = useT();
  if (entries.length === 0 && otherTickets === 0) return null;
  const names = (entry: OutboxEntry) =>
    (entry.change.op === 'add' ? entry.change.adds : entry.change.removes)
      .map((item) => valuesByTag.get(item.tag)?.name ?? item.tag)
      .join(', ');
  return (
    <Alert type="warning" role="status" data-testid="pending-changes">
      <Alert.Title>{t('vc.tagging.pendingTitle', { count: entries.length + otherTickets })}</Alert.Title>
      <ul>
        {entries.map((entry, index) => (
          <li key={index}>
            {t(entry.change.op === 'add' ? 'vc.tagging.pendingAdd' : 'vc.tagging.pendingRemove', { values: names(entry) })}
            {entry.lastError ? ` ${t(`vc.tagging.error.${entry.lastError}`)}` : ''}{' '}
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
  );
}
