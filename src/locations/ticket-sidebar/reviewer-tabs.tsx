import { Suspense, useCallback, useId, useState, type ReactNode } from 'react';
import styled from 'styled-components';
import { withAllMessages } from '../../i18n/more-messages';
import { lazyPanel, PanelBoundary } from '../../ui/panel-boundary';
import type { SidebarTab } from './sidebar-tabs';

// The tab list (Garden's tabs and their strings) loads after the values; the panels do not wait for it.
const SidebarTabList = lazyPanel(withAllMessages(() => import('./sidebar-tabs').then((m) => ({ default: m.SidebarTabList }))));

/** The frame Garden's tabs draw around their list and panels. */
const StyledTabsFrame = styled.div`
  display: block;
  overflow: hidden;
`;

/**
 * 1. The height of the Coach | Tag tab list (sidebar-tabs.tsx, compact tabs): held while its chunk loads,
 *    so a reviewer's values do not jump down when the tabs arrive (issue 13; e2e "keeps a reviewer's
 *    values in place").
 */
const StyledTabsReserve = styled.div`
  height: 32px; /* [1] */
`;

/* As Garden's tab panel: a hidden panel takes no room. */
const StyledPanel = styled.div`
  display: block;
  color-scheme: only ${({ theme }) => theme.colors.base};

  &[aria-hidden='true'] {
    display: none;
  }
`;

interface IReviewerTabsProps {
  /** Which tab shows until the reviewer picks one (Tag on pending and solved tickets, where the reply is there to tag). */
  initialTab: SidebarTab;
  coach: ReactNode;
  tag: ReactNode;
  boundary: { failedText: string; retryText: string };
}

/**
 * A reviewer's sidebar: Coach | Tag. Both panels are drawn from the sidebar's first render, at the
 * same place in the tree, and stay mounted: the values in Coach are drawn once (not again when the
 * tab list arrives, ADR 0105) and a half-filled tag form survives a look at Coach. Until the tab list
 * is there, its height is held and the initial tab's panel shows.
 */
export function ReviewerTabs({ initialTab, coach, tag, boundary }: IReviewerTabsProps) {
  // The reviewer's own choice wins; until they make one, the tab follows the ticket's state as it loads.
  const [chosen, setChosen] = useState<SidebarTab | null>(null);
  const [listShown, setListShown] = useState(false);
  const selected = chosen ?? initialTab;
  const tabs: SidebarTab[] = initialTab === 'tag' ? ['tag', 'coach'] : ['coach', 'tag'];
  const prefix = useId();
  const tabId = useCallback((tab: SidebarTab) => `${prefix}tab-${tab}`, [prefix]);
  const panelId = useCallback((tab: SidebarTab) => `${prefix}panel-${tab}`, [prefix]);
  const onShown = useCallback(() => setListShown(true), []);
  const panel = (tab: SidebarTab, content: ReactNode) => (
    <StyledPanel
      id={panelId(tab)}
      // A tab panel once there are tabs to name it; before, just the content of the tab that will be selected.
      role={listShown ? 'tabpanel' : undefined}
      aria-labelledby={listShown ? tabId(tab) : undefined}
      hidden={tab !== selected}
      aria-hidden={tab !== selected}
    >
      {content}
    </StyledPanel>
  );
  return (
    <StyledTabsFrame data-testid="reviewer-tabs">
      {/* A tab list that cannot load leaves the panels as they are: the initial one stays readable. */}
      <PanelBoundary {...boundary}>
        <Suspense fallback={<StyledTabsReserve aria-hidden="true" />}>
          <SidebarTabList tabs={tabs} selected={selected} onChange={setChosen} tabId={tabId} panelId={panelId} onShown={onShown} />
        </Suspense>
      </PanelBoundary>
      {panel('coach', coach)}
      {panel('tag', tag)}
    </StyledTabsFrame>
  );
}
