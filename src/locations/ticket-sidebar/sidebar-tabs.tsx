import { useState, type ReactNode } from 'react';
import { Tabs } from '@zendeskgarden/react-tabs';
import styled from 'styled-components';
import { useT } from '../../services/services';

type SidebarTab = 'coach' | 'tag';

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

interface ISidebarTabsProps {
  /** Which tab shows until the reviewer picks one (Tag on pending and solved tickets, where the reply is there to tag). */
  initialTab: SidebarTab;
  coach: ReactNode;
  tag: ReactNode;
}

/** A reviewer's sidebar: Coach | Tag. Both panels stay mounted, so a half-filled tag form survives a look at Coach. */
export function SidebarTabs({ initialTab, coach, tag }: ISidebarTabsProps) {
  const t = useT();
  // The reviewer's own choice wins; until they make one, the tab follows the ticket's state as it loads.
  const [chosen, setTab] = useState<SidebarTab | null>(null);
  const tab = chosen ?? initialTab;
  const tabs: SidebarTab[] = initialTab === 'tag' ? ['tag', 'coach'] : ['coach', 'tag'];
  return (
    <StyledTabs selectedItem={tab} onChange={(item: SidebarTab) => setTab(item)}>
      <Tabs.TabList aria-label={t('vc.layout.tabsLabel')}>
        {tabs.map((item) => (
          <Tabs.Tab key={item} item={item}>
            {t(`vc.layout.tab.${item}`)}
          </Tabs.Tab>
        ))}
      </Tabs.TabList>
      <Tabs.TabPanel item="coach">{coach}</Tabs.TabPanel>
      <Tabs.TabPanel item="tag">{tag}</Tabs.TabPanel>
    </StyledTabs>
  );
}
