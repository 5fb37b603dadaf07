import { useRef } from 'react';
import styled from 'styled-components';
import { CataloguePanel } from '../../features/catalogue/catalogue-panel';
import { SettingsIssues } from '../../features/settings/settings-issues';
import { useAppConfig } from '../../features/settings/use-app-config';
import { useAutoResize } from '../../ui/use-auto-resize';

const StyledSidebar = styled.main`
  /* Zendesk's apps column is 320px; flexible sidebars may be wider, never narrower. */
  min-width: 0;
  overflow-wrap: anywhere;
`;

/** The ticket sidebar: settings problems first, then the catalogue. */
export default function TicketSidebar() {
  const config = useAppConfig();
  const ref = useRef<HTMLElement>(null);
  useAutoResize(ref);
  return (
    <StyledSidebar ref={ref} data-testid="ticket-sidebar">
      <SettingsIssues config={config} />
      <CataloguePanel catalogue={config.catalogue.catalogue} />
    </StyledSidebar>
  );
}
