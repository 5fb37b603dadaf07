import { useLayoutEffect, useMemo, useRef } from 'react';
import type { AppPackage, Location } from '../host/app-package';
import { useController, useWorkspaceState } from './use-workspace';

interface AppFrameProps {
  app: AppPackage;
  location: Location;
  hidden?: boolean;
}

/** A hosted app's page, in an iframe, attached to the ZAF host before its SDK can say hello. */
export function AppFrame({ app, location, hidden = false }: AppFrameProps) {
  const controller = useController();
  const state = useWorkspaceState();
  const ref = useRef<HTMLIFrameElement>(null);
  const appGuid = controller.appGuid(app, location);
  const ticketId = location === 'ticket_sidebar' ? (state.ticketId ?? undefined) : undefined;
  // The URL carries the scheme at load time only: later changes reach the app as events, not reloads.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const src = useMemo(() => controller.appUrl(app, location), [controller, app, location, appGuid]);

  useLayoutEffect(() => {
    const frame = ref.current;
    if (!frame) return undefined;
    controller.host.attach({ app: app.name, appGuid, frame, location, ticketId });
    return () => controller.host.detach(frame);
  }, [controller, app, appGuid, location, ticketId]);

  return (
    <iframe
      key={appGuid}
      ref={ref}
      className={`app-frame app-frame--${location}`}
      data-location={location}
      data-app={app.name}
      data-app-guid={appGuid}
      title={`${app.manifest.name} (${location === 'nav_bar' ? 'nav bar' : 'ticket sidebar'})`}
      src={src}
      hidden={hidden}
    />
  );
}
