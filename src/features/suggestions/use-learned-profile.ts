import { useCallback } from 'react';
import { parseLearnedProfile, type LearnedProfile } from '../../domain/suggest/learned-profile';
import { useServices } from '../../services/services';
import { useAsync } from '../../ui/use-async';

/** The installation setting the leads page writes the profile to (features/learning, ADR 0026). */
const SETTING = 'learned_profile';

/**
 * What the team's tags taught, from the installation settings every location receives with its
 * metadata: no request per ticket view. Parsed after the first paint (the values show first), once
 * per app load; a missing or malformed profile is none.
 */
export function useLearnedProfile(): LearnedProfile | undefined {
  const { port } = useServices();
  const raw = port.settings[SETTING];
  const load = useCallback(
    () =>
      new Promise<LearnedProfile | undefined>((resolve) =>
        setTimeout(() => resolve(typeof raw === 'string' && raw !== '' ? parseLearnedProfile(raw) : undefined), 0),
      ),
    [raw],
  );
  const { state } = useAsync(load, typeof raw === 'string' && raw !== '' ? [raw] : null);
  return state.status === 'ready' ? state.data : undefined;
}
