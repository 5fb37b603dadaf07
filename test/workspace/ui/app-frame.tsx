import { useLayoutEffect, useMemo, useRef } from 'react';
import type { Location } from '../host/controller';
import { useController, useWorkspaceState } from './use-workspace';

interface AppFrameProps {
  location: Location;
  hidden?: boolean;
}

/** The real app, in an iframe, attached to the ZAF host before its SDK can say hello. */
export function AppFrame({ location, hidden = false }: AppFrameProps) {
  const controller = useController();
  const state = useWorkspaceState();
  const ref = useRef<HTMLIFrameElement>(null);
  const appGuid = controller.appGuid(location);
  const ticketId = location === 'ticket_sidebar' ? (state.ticketId ?? undefined) : undefined;
  // The URL carries the scheme at load time only: later changes reach the app as events, not reloads.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const src = useMemo(() => controller.appUrl(location), [controller, location, appGuid]);

  useLayoutEffect(() => {
    const frame = ref.current;
    if (!frame) return undefined;
    controller.host.attach({ appGuid, frame, location, ticketId });
    return () => controller.host.detach(frame);
  }, [controller, appGuid, location, ticketId]);

  return (
    <iframe
      key={appGuid}
      ref={ref}
      className={`app-frame app-frame--${location}`}
      data-location={location}
      data-app-guid={appGuid}
      title={location === 'nav_bar' ? 'Values Coach (nav bar)' : 'Values Coach (ticket sidebar)'}
      src={src}
      hidden={hidden}
    />
  );
}
