import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import styled from 'styled-components';
import { canTag } from '../../domain/tagging/permissions';
import { useServices } from '../../services/services';
import { CataloguePanel } from '../../features/catalogue/catalogue-panel';
import { useAppConfig } from '../../features/settings/use-app-config';
import { afterRender, withAllMessages } from '../../i18n/more-messages';
import { lazyPanel, PanelBoundary } from '../../ui/panel-boundary';
import { Section } from '../../ui/section';
import { useAutoResize } from '../../ui/use-auto-resize';
import { VisuallyHidden } from '../../ui/visually-hidden';
import { ReviewerTabs } from './reviewer-tabs';
import { useTicketData } from './use-ticket-data';

// The values show first; recognition, the suggestion engine, the tabs, the tagging form, the setup
// check and the settings issues follow, each with the rest of the strings (ADR 0070).
const SuggestionPanel = lazyPanel(
  withAllMessages(() => import('../../features/suggestions/suggestion-panel').then((m) => ({ default: m.SuggestionPanel }))),
);
const RecognitionPanel = lazyPanel(
  withAllMessages(() => import('../../features/recognition/recognition-panel').then((m) => ({ default: m.RecognitionPanel }))),
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
// Calibration (ADR 0081): renders nothing, and asks nothing per view, unless the agent has replies of this ticket to answer.
const CalibrationSidebar = lazyPanel(
  withAllMessages(() => import('../../features/calibration/calibration-sidebar').then((m) => ({ default: m.CalibrationSidebar }))),
);

const LazyTicketLoading = lazyPanel(afterRender(() => import('./ticket-status').then((m) => ({ default: m.TicketLoading }))));
const TicketLoadFailed = lazyPanel(() => import('./ticket-status').then((m) => ({ default: m.TicketLoadFailed })));
/** The loading dots may show a moment later than the values: they never hold them up. */
const Dots = ({ 'aria-label': label }: { 'aria-label': string }) => (
  <Suspense fallback={null}>
    <LazyTicketLoading label={label} />
  </Suspense>
);

const StyledSidebar = styled.main`
  min-width: 0;
  overflow-wrap: anywhere;
`;

/* 1. The focus card's usual height, held while the ticket and the engine load, so the values below do not jump. */
const StyledReserve = styled.div`
  min-height: 236px; /* [1] */
`;

/** Mounts with the suggestion (same Suspense boundary): lets `npm run bench` time the first suggestion. */
function SuggestionShownMark() {
  useEffect(() => {
    if (performance.getEntriesByName('vc:suggestion-visible').length === 0) performance.mark('vc:suggestion-visible');
  }, []);
  return null;
}

const noReply = () => undefined;

/**
 * The ticket sidebar, its first 600 px: setup problems as one line (admins), recognition for the
 * signed-in agent's tagged replies, one focus card (open tickets only: no coaching once solved),
 * the values as tags and "About our team". Reviewers get it as the Coach tab beside Tag.
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
  const [suggestedValueId, setSuggestedValueId] = useState<string | null>(null);
  const ref = useRef<HTMLElement>(null);
  useAutoResize(ref);
  const catalogue = config.catalogue.catalogue;
  const authorName = (id: number | undefined) =>
    (id === undefined ? undefined : snapshot?.comments.find((c) => c.authorId === id)?.authorName) ?? t('vc.suggest.someone');
  const isReviewer = canTag({ id: user.id, role: user.role, groupIds: user.groups.map((g) => g.id) }, config.settings).allowed;
  const isDone = snapshot?.status === 'solved' || snapshot?.status === 'closed';
  const tagFirst = snapshot?.status === 'pending' || snapshot?.status === 'solved';
  const boundary = { failedText: t('vc.boundary.failed'), retryText: t('vc.tryAgain') };
  const reserve = (
    <StyledReserve>
      <Section title={t('vc.suggest.title')} isTitleHidden>
        <Dots aria-label={t('vc.loading')} />
      </Section>
    </StyledReserve>
  );

  const coach = (
    <div data-testid="coach">
      {ticket.status === 'loading' ? reserve : null}
      {ticket.status === 'failed' ? (
        <Section title={t('vc.suggest.title')}>
          <Suspense fallback={null}>
            <TicketLoadFailed message={t('vc.ticketLoadFailed')} retryText={t('vc.tryAgain')} onRetry={ticketData.reload} />
          </Suspense>
        </Section>
      ) : null}
      {snapshot ? (
        <Suspense fallback={isDone ? null : reserve}>
          {/* Each panel fails alone (a render error or a failed chunk), with a retry. */}
          <PanelBoundary {...boundary}>
            <RecognitionPanel catalogue={catalogue} ticket={snapshot} recordFieldId={recordFieldId} />
          </PanelBoundary>
          {isDone ? null : (
            <PanelBoundary {...boundary}>
              <SuggestionPanel catalogue={catalogue} ticket={snapshot} authorName={authorName} onTopValue={setSuggestedValueId} />
              <SuggestionShownMark />
            </PanelBoundary>
          )}
        </Suspense>
      ) : null}
      <PanelBoundary {...boundary}>
        <CataloguePanel
          highlightedValueId={isDone ? undefined : (suggestedValueId ?? undefined)}
          catalogue={catalogue}
          ticketId={port.context.ticketId}
          renderValueExtra={(value) => (
            // Its own boundary: a wall that cannot load (its chunk or its strings) never takes the values with it.
            <PanelBoundary {...boundary}>
              <Suspense fallback={null}>
                <ValueWall value={value} ticketId={port.context.ticketId ?? null} settings={config.settings} />
              </Suspense>
            </PanelBoundary>
          )}
        />
      </PanelBoundary>
    </div>
  );

  return (
    <StyledSidebar ref={ref} data-testid="ticket-sidebar">
      <VisuallyHidden as="h1">{t('app.name')}</VisuallyHidden>
      {config.issues.length + config.catalogue.issues.length > 0 ? (
        <PanelBoundary {...boundary}>
          <Suspense fallback={null}>
            <SettingsIssues config={config} />
          </Suspense>
        </PanelBoundary>
      ) : null}
      {port.context.ticketId ? (
        // Its own boundary: a round that cannot load never takes the values with it.
        <PanelBoundary {...boundary}>
          <Suspense fallback={null}>
            <CalibrationSidebar ticketId={port.context.ticketId} />
          </Suspense>
        </PanelBoundary>
      ) : null}
      {user.role === 'admin' ? (
        <PanelBoundary {...boundary}>
          <Suspense fallback={null}>
            <SetupCheckPanel settings={config.settings} catalogue={catalogue} />
          </Suspense>
        </PanelBoundary>
      ) : null}
      {isReviewer ? (
        <ReviewerTabs
          initialTab={tagFirst ? 'tag' : 'coach'}
          boundary={boundary}
          coach={coach}
          tag={
            snapshot ? (
              <Suspense fallback={<Dots aria-label={t('vc.loading')} />}>
                <PanelBoundary {...boundary}>
                  <TaggingPanel
                    catalogue={catalogue}
                    settings={config.settings}
                    ticket={snapshot}
                    onTicketUpdated={ticketData.replaceTicket}
                    onReplyChange={noReply}
                  />
                </PanelBoundary>
              </Suspense>
            ) : (
              <Dots aria-label={t('vc.loading')} />
            )
          }
        />
      ) : (
        coach
      )}
    </StyledSidebar>
  );
}
