import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import styled from 'styled-components';
import { useServices } from '../../services/services';
import { CataloguePanel } from '../../features/catalogue/catalogue-panel';
import { useAppConfig } from '../../features/settings/use-app-config';
import type { ReplyOption } from '../../features/tagging/reply-options';
import { withAllMessages } from '../../i18n/more-messages';
import { lazyPanel, PanelBoundary } from '../../ui/panel-boundary';
import { Section } from '../../ui/section';
import { useAutoResize } from '../../ui/use-auto-resize';
import { VisuallyHidden } from '../../ui/visually-hidden';
import { useTicketData } from './use-ticket-data';

// The values show first; the suggestion engine, the tagging form, the setup check and the settings
// issues follow, each with the rest of the strings (ADR 0070).
const SuggestionPanel = lazyPanel(
  withAllMessages(() => import('../../features/suggestions/suggestion-panel').then((m) => ({ default: m.SuggestionPanel }))),
);
const TaggingPanel = lazyPanel(
  withAllMessages(() => import('../../features/tagging/tagging-panel').then((m) => ({ default: m.TaggingPanel }))),
);
const SetupCheckPanel = lazyPanel(
  withAllMessages(() => import('../../features/setup-check/setup-check-panel').then((m) => ({ default: m.SetupCheckPanel }))),
);
const ValueWall = lazyPanel(withAllMessages(() => import('../../features/wall/value-wall').then((m) => ({ default: m.ValueWall }))));
const SettingsIssues = lazyPanel(
  withAllMessages(() => import('../../features/settings/settings-issues').then((m) => ({ default: m.SettingsIssues }))),
);

const LazyTicketLoading = lazyPanel(() => import('./ticket-status').then((m) => ({ default: m.TicketLoading })));
const TicketLoadFailed = lazyPanel(() => import('./ticket-status').then((m) => ({ default: m.TicketLoadFailed })));
/** The loading dots may show a moment later than the values: they never hold them up. */
const Loading = ({ label }: { label: string }) => (
  <Suspense fallback={null}>
    <LazyTicketLoading label={label} />
  </Suspense>
);
// Calibration (ADR 0081): renders nothing, and asks nothing per view, unless the agent has replies of this ticket to answer.
const CalibrationSidebar = lazyPanel(
  withAllMessages(() => import('../../features/calibration/calibration-sidebar').then((m) => ({ default: m.CalibrationSidebar }))),
);

const StyledSidebar = styled.main`
  min-width: 0;
  overflow-wrap: anywhere;
`;

/** Mounts with the suggestion (same Suspense boundary): lets `npm run bench` time the first suggestion. */
function SuggestionShownMark() {
  useEffect(() => {
    if (performance.getEntriesByName('vc:suggestion-visible').length === 0) performance.mark('vc:suggestion-visible');
  }, []);
  return null;
}

/**
 * The ticket sidebar: settings problems first, then what this ticket calls for, tagging, and the
 * catalogue. The catalogue never waits for the ticket: it is there as soon as the app starts.
 */
export default function TicketSidebar() {
  const { port, i18n, user } = useServices();
  const t = i18n.t;
  const config = useAppConfig();
  const { valuesFieldId, recordFieldId } = config.settings;
  const fieldIds = useMemo(() => [valuesFieldId, recordFieldId].filter((id): id is number => id !== null), [valuesFieldId, recordFieldId]);
  const ticketData = useTicketData(port.context.ticketId, fieldIds);
  const ticket = ticketData.state;
  // A failed re-read keeps what was shown: the agent interface still has it, so do we.
  const snapshot = ticket.status === 'loading' ? undefined : ticket.data;
  const [reply, setReply] = useState<ReplyOption | undefined>();
  const [suggestedValueId, setSuggestedValueId] = useState<string | null>(null);
  const ref = useRef<HTMLElement>(null);
  useAutoResize(ref);
  const onReplyChange = useCallback((next: ReplyOption | undefined) => setReply(next), []);
  const catalogue = config.catalogue.catalogue;
  const authorName = (id: number | undefined) =>
    (id === undefined ? undefined : snapshot?.comments.find((c) => c.authorId === id)?.authorName) ?? t('vc.suggest.someone');

  return (
    <StyledSidebar ref={ref} data-testid="ticket-sidebar">
      <VisuallyHidden as="h1">{t('app.name')}</VisuallyHidden>
      {config.issues.length + config.catalogue.issues.length > 0 ? (
        <Suspense fallback={null}>
          <SettingsIssues config={config} />
        </Suspense>
      ) : null}
      {port.context.ticketId ? (
        <Suspense fallback={null}>
          <CalibrationSidebar ticketId={port.context.ticketId} />
        </Suspense>
      ) : null}
      {ticket.status === 'loading' ? (
        <Section title={t('vc.suggest.title')}>
          <Loading label={t('vc.loading')} />
        </Section>
      ) : null}
      {ticket.status === 'failed' ? (
        <Section title={t('vc.suggest.title')}>
          <Suspense fallback={null}>
            <TicketLoadFailed message={t('vc.ticketLoadFailed')} retryText={t('vc.tryAgain')} onRetry={ticketData.reload} />
          </Suspense>
        </Section>
      ) : null}
      {snapshot ? (
        <Suspense fallback={<Loading label={t('vc.loading')} />}>
          {/* Each panel fails alone (a render error or a failed chunk), with a retry. */}
          <PanelBoundary failedText={t('vc.boundary.failed')} retryText={t('vc.tryAgain')}>
            <SuggestionPanel
              catalogue={catalogue}
              ticket={snapshot}
              authorName={authorName}
              focusCommentIndex={reply?.commentIndex}
              onTopValue={setSuggestedValueId}
            />
            <SuggestionShownMark />
          </PanelBoundary>
          <PanelBoundary failedText={t('vc.boundary.failed')} retryText={t('vc.tryAgain')}>
            <TaggingPanel
              catalogue={catalogue}
              settings={config.settings}
              ticket={snapshot}
              onTicketUpdated={ticketData.replaceTicket}
              onReplyChange={onReplyChange}
            />
          </PanelBoundary>
        </Suspense>
      ) : null}
      <PanelBoundary failedText={t('vc.boundary.failed')} retryText={t('vc.tryAgain')}>
        <CataloguePanel
          highlightedValueId={suggestedValueId ?? undefined}
          catalogue={catalogue}
          ticketId={port.context.ticketId}
          renderValueExtra={(value) => (
            // Its own boundary: a wall that cannot load (its chunk or its strings) never takes the values with it.
            <PanelBoundary failedText={t('vc.boundary.failed')} retryText={t('vc.tryAgain')}>
              <Suspense fallback={null}>
                <ValueWall value={value} ticketId={port.context.ticketId ?? null} settings={config.settings} />
              </Suspense>
            </PanelBoundary>
          )}
        />
      </PanelBoundary>
      {user.role === 'admin' ? (
        <PanelBoundary failedText={t('vc.boundary.failed')} retryText={t('vc.tryAgain')}>
          <Suspense fallback={null}>
            <SetupCheckPanel settings={config.settings} catalogue={catalogue} />
          </Suspense>
        </PanelBoundary>
      ) : null}
    </StyledSidebar>
  );
}
