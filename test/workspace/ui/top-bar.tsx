import { useController, useWorkspaceState } from './use-workspace';

export function TopBar() {
  const controller = useController();
  const state = useWorkspaceState();
  const currentUserId = controller.store.currentUserId();
  const staff = controller.store.users().filter((u) => u.role !== 'end-user');
  const navBarApp = controller.appsAt('nav_bar')[0];
  const togglePanel = (panel: typeof state.panel) => controller.update({ panel: state.panel === panel ? 'none' : panel });

  return (
    <header className="top-bar">
      <nav className="nav-rail" aria-label="Apps">
        {navBarApp ? (
          <button
            type="button"
            className="nav-app"
            aria-label={navBarApp.manifest.name}
            aria-pressed={state.view === 'nav_bar'}
            onClick={() => void controller.openNavBar()}
          >
            {/* The app's own nav bar icon from its folder, as Zendesk shows it in the nav rail. */}
            <img src={`${navBarApp.base}assets/icon_nav_bar.svg`} alt="" width={24} height={24} />
          </button>
        ) : null}
      </nav>
      <h1>Local Zendesk workspace</h1>
      <label className="inline">
        Signed in as{' '}
        <select value={currentUserId} onChange={(e) => void controller.setCurrentUser(Number(e.target.value))}>
          {staff.map((user) => (
            <option key={user.id} value={user.id}>
              {user.name} ({user.role})
            </option>
          ))}
        </select>
      </label>
      <label className="inline">
        <input
          type="checkbox"
          checked={state.scheme === 'dark'}
          onChange={(e) => controller.setColorScheme(e.target.checked ? 'dark' : 'light')}
        />{' '}
        Dark scheme
      </label>
      <div className="row">
        <button type="button" aria-pressed={state.panel === 'settings'} onClick={() => togglePanel('settings')}>
          Admin: app settings
        </button>
        <button type="button" aria-pressed={state.panel === 'faults'} onClick={() => togglePanel('faults')}>
          Faults
        </button>
        <button type="button" aria-pressed={state.panel === 'requests'} onClick={() => togglePanel('requests')}>
          API log
        </button>
      </div>
    </header>
  );
}
