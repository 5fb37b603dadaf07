import { AppFrame } from './app-frame';
import { Conversation } from './conversation';
import { FaultsPanel } from './faults-panel';
import { RequestsPanel } from './requests-panel';
import { SettingsPanel } from './settings-panel';
import { TicketList } from './ticket-list';
import { TopBar } from './top-bar';
import { useController, useWorkspaceState } from './use-workspace';

export function WorkspaceApp() {
  const controller = useController();
  const state = useWorkspaceState();
  const navBarApp = controller.appsAt('nav_bar')[0];
  return (
    <div className={`workspace workspace--${state.scheme}`}>
      <TopBar />
      <div className="workspace__body">
        <TicketList />
        <main className="workspace__main">
          {state.view === 'ticket' && state.ticketId !== null ? (
            <div className="ticket-view">
              <Conversation ticketId={state.ticketId} />
              <aside className="sidebar" aria-label="Apps sidebar">
                {controller.appsAt('ticket_sidebar').map((app) => (
                  <AppFrame key={app.name} app={app} location="ticket_sidebar" />
                ))}
              </aside>
            </div>
          ) : null}
          {state.view === 'ticket' && state.ticketId === null ? (
            <p className="empty">Open a ticket from the list to see the Values Coach sidebar.</p>
          ) : null}
          {state.navBarOpened && navBarApp ? (
            <div className="nav-bar-view" hidden={state.view !== 'nav_bar'}>
              <AppFrame app={navBarApp} location="nav_bar" />
            </div>
          ) : null}
        </main>
        {state.panel !== 'none' ? (
          <aside className="workspace__panel">
            {state.panel === 'settings' ? <SettingsPanel /> : null}
            {state.panel === 'faults' ? <FaultsPanel /> : null}
            {state.panel === 'requests' ? <RequestsPanel /> : null}
          </aside>
        ) : null}
      </div>
      <div className="notices" role="status" aria-live="polite">
        {state.notices.map((notice) => (
          <p key={notice.id} className={`notice notice--${notice.kind}`}>
            {notice.text}
          </p>
        ))}
      </div>
    </div>
  );
}
