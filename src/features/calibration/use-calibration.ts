import { useCallback, useMemo } from 'react';
import { createCustomObjectRecordsApi } from '../../adapters/zendesk-api/custom-object-records';
import type { Round } from '../../domain/calibration/round';
import { useServices } from '../../services/services';
import { useAsync } from '../../ui/use-async';
import { createCalibrationStore, type CalibrationStore } from './calibration-store';

export interface CalibrationData {
  /** False when the account does not have the calibration objects yet. */
  ready: boolean;
  rounds: Round[];
}

/** The calibration store and its rounds (the rounds hold no answers: listing them reveals nothing). */
export function useCalibration() {
  const { port } = useServices();
  const store: CalibrationStore = useMemo(() => createCalibrationStore(createCustomObjectRecordsApi(port)), [port]);
  const resource = useAsync<CalibrationData>(async () => {
    const ready = await store.ready(false);
    return { ready, rounds: ready ? await store.rounds() : [] };
  }, [store]);
  const putRound = useCallback(
    (round: Round) => resource.update((data) => ({ ...data, rounds: [round, ...data.rounds.filter((r) => r.id !== round.id)] })),
    [resource],
  );
  return { store, resource, putRound };
}
