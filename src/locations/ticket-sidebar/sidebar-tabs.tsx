import { useEffect } from 'react';
import { Tabs } from '@zendeskgarden/react-tabs';
import styled from 'styled-components';
import { useT } from '../../services/services';

export type SidebarTab = 'coach' | 'tag';

/* 1. Compact tabs (32 px instead of 40) in the 320 px column: the room goes to what the tabs hold. */
const StyledTabs = styled(Tabs)`
  & [role='tablist'] {
    margin-bottom: 0;
    padding: 0 ${({ theme }) => theme.space.base * 4}px;
  }

  & [role='tab'] {
    padding-top: ${({ theme }) => theme.space.base * 1.5}px; /* [1] */
    padding-bottom: ${({ theme }) => theme.space.base * 0.5}px; /* [1] */
  }
`;

interface ISidebarTabListProps {
  /** The tabs in their order (Tag first on pending and solved tickets). */
  tabs: SidebarTab[];
  selected: SidebarTab;
  onChange: (tab: SidebarTab) => void;
  /** The ids that tie each tab to its panel (the panels are the sidebar's, see reviewer-tabs.tsx). */
  tabId: (tab: SidebarTab) => string;
  panelId: (tab: SidebarTab) => string;
  /** Called once the list is in the page: the panels then take the tab panel role. */
  onShown: () => void;
}

/**
 * A reviewer's Coach | Tag tab list: Garden's tabs (their look, their arrow keys), loaded after the
 * values. Only the list: the panels are drawn by the sidebar from its first render, so the values in
 * the Coach panel are not drawn again when this arrives (ADR 0105).
 */
export function SidebarTabList({ tabs, selected, onChange, tabId, panelId, onShown }: ISidebarTabListProps) {
  const t = useT();
  useEffect(onShown, [onShown]);
  return (
    <StyledTabs selectedItem={selected} onChange={(item: SidebarTab) => onChange(item)}>
      <Tabs.TabList aria-label={t('vc.layout.tabsLabel')}>
        {tabs.map((item) => (
          <Tabs.Tab key={item} item={item} id={tabId(item)} aria-controls={panelId(item)}>
            {t(`vc.layout.tab.${item}`)}
          </Tabs.Tab>
        ))}
      </Tabs.TabList>
    </StyledTabs>
  );
}
