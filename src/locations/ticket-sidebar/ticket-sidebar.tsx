import { Suspense, useCallback, useRef, useState, type ReactNode } from 'react';
import styled from 'styled-components';
import { Alert } from '@zendeskgarden/react-notifications';
import { Button } from '@zendeskgarden/react-buttons';
import { Dots } from '@zendeskgarden/react-loaders';
import { useServices } from '../../services/services';
import { CataloguePanel } from '../../features/catalogue/catalogue-panel';
import { SettingsIssues } from '../../features/settings/settings-issues';
import { useAppConfig } from '../../features/settings/use-app-config';
import type { ReplyOption } from '../../features/tagging/reply-options';
import { lazyPanel, PanelBoundary } from '../../ui/panel-boundary';
import type { ZdTicket } from '../../adapters/zendesk-api/zendesk-types';
import { Section } from '../../ui/section';
import { useAutoResize } from '../../ui/use-auto-resize';
import { VisuallyHidden } from '../../ui/visually-hidden';
import { useTicketData } from './use-ticket-data';

// The values show first; the suggestion engine, the tagging form and the setup check follow.
const SuggestionPanel = lazyPanel(() =>
  import('../../features/suggestions/suggestion-panel').then((m) => ({ default: m.SuggestionPanel })),
);
const TaggingPanel = lazyPanel(() => import('../../features/tagging/tagging-panel').then((m) => ({ default: m.TaggingPanel })));
const SetupCheckPanel = lazyPanel(() =>
  import('../../features/setup-check/setup-check-panel').then((m) => ({ default: m.SetupCheckPanel })),
);

const StyledSidebar = styled.main`
  min-width: 0;
  overflow-wrap: anywhere;
`;

/**
 * The ticket sidebar: settings problems first, then what this ticket calls for, tagging, and the
 * catalogue. The catalogue never waits for the ticket: it is there as soon as the app starts.
 */
export default function TicketSidebar() {
  const { port, i18n, user } = useServices();
  const t = i18n.t;
  const config = useAppConfig();
  const ticketData = useTicketData(port.context.ticketId);
  const [reply, setReply] = useState<ReplyOption | undefined>();
  const ref = useRef<HTMLElement>(null);
  useAutoResize(ref);
  const onReplyChange = useCallback((next: ReplyOption | undefined) => setReply(next), []);
  const ticketId = port.context.ticketId;
  // This sidebar belongs to one ticket: a ticket with another id (a queued change for another
  // ticket that just landed) is never taken in.
  const onTicketUpdated = (next: ZdTicket) => {
    if (next.id === ticketId) ticketData.replaceTicket(next);
  };
  const panel = (children: ReactNode) => (
    <PanelBoundary failedText={t('vc.boundary.failed')} retryText={t('vc.tryAgain')}>
      {children}
    </PanelBoundary>
  );
  const catalogue = config.catalogue.catalogue;
  const authorName = (id: number | undefined) =>
    (ticketData.kind === 'ready' && id !== undefined ? ticketData.data.users.get(id)?.name : undefined) ?? t('vc.suggest.someone');

  return (
    <StyledSidebar ref={ref} data-testid="ticket-sidebar">
      <VisuallyHidden as="h1">{t('app.name')}</VisuallyHidden>
      <SettingsIssues config={config} />
      {ticketData.kind === 'loading' ? (
        <Section title={t('vc.suggest.title')}>
          <Dots aria-label={t('vc.loading')} />
        </Section>
      ) : null}
      {ticketData.kind === 'failed' ? (
        <Section title={t('vc.suggest.title')}>
          <Alert type="error" role="alert">
            {t('vc.ticketLoadFailed')}{' '}
            <Button size="small" isLink onClick={() => ticketData.reload()}>
              {t('vc.tryAgain')}
            </Button>
          </Alert>
        </Section>
      ) : null}
      {ticketData.kind === 'ready' ? (
        // Each panel has its own boundary inside: one failing chunk or render leaves the others.
        <Suspense fallback={<Dots aria-label={t('vc.loading')} />}>
          {ticketData.data.truncated ? <Alert type="info">{t('vc.longThread')}</Alert> : null}
          {panel(
            <SuggestionPanel
              catalogue={catalogue}
              ticket={ticketData.data.snapshot}
              authorName={authorName}
              focusCommentIndex={reply?.commentIndex}
            />,
          )}
          {panel(
            <TaggingPanel
              catalogue={catalogue}
              settings={config.settings}
              ticket={ticketData.data.ticket}
              comments={ticketData.data.comments}
              users={ticketData.data.users}
              onTicketUpdated={onTicketUpdated}
              onReplyChange={onReplyChange}
            />,
          )}
        </Suspense>
      ) : null}
      {panel(<CataloguePanel catalogue={catalogue} />)}
      {user.role === 'admin'
        ? panel(
            <Suspense fallback={null}>
              <SetupCheckPanel settings={config.settings} catalogue={catalogue} />
            </Suspense>,
          )
        : null}
    </StyledSidebar>
  );
}
