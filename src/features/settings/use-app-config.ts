import { useMemo } from 'react';
import { parseSettings } from '../../domain/settings/parse-settings';
import { useServices } from '../../services/services';

export type AppConfig = ReturnType<typeof parseSettings>;

/** The installation settings, parsed once per app load (Zendesk reloads the app when they change). */
export function useAppConfig(): AppConfig {
  const { port } = useServices();
  return useMemo(() => parseSettings(port.settings), [port]);
}
