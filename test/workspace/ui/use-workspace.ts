import { createContext, useContext, useSyncExternalStore } from 'react';
import type { WorkspaceController, WorkspaceState } from '../host/controller';

export const ControllerContext = createContext<WorkspaceController | null>(null);

export function useController(): WorkspaceController {
  const controller = useContext(ControllerContext);
  if (!controller) throw new Error('useController outside the workspace');
  return controller;
}

export function useWorkspaceState(): WorkspaceState {
  const controller = useController();
  return useSyncExternalStore(controller.subscribe, controller.getState);
}
