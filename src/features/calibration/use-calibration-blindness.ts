import { usePendingRounds } from './use-pending-rounds';

export interface CalibrationBlindness {
  /** True while the viewer's open rounds are being read, and while they have one to submit. */
  blind: boolean;
  /** The rounds they still have to submit (titles). */
  pending: string[];
  /** Read again (after the viewer submitted a round on this page). */
  recheck: () => void;
}

/**
 * Whether the leads page must hold back the figures that show tickets' real tags (ADR 0081): a
 * reviewer who has not submitted an open round must not receive the tags of its replies. Read
 * fresh on every leads page load (and remembered for the sidebars). If the rounds cannot be read
 * (no custom objects on the plan, an outage) the figures show: the page stays usable.
 */
export function useCalibrationBlindness(): CalibrationBlindness {
  const { resource } = usePendingRounds(true);
  const state = resource.state;
  const pending = state.status === 'ready' ? state.data.map((p) => p.round.title) : [];
  return { blind: state.status === 'loading' || pending.length > 0, pending, recheck: resource.reload };
}
