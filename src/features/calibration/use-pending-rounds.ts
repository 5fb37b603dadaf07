import { useMemo } from 'react';
import { PENDING_STORAGE_KEY, readPendingCache, writePendingCache, type PendingRound } from '../../domain/calibration/pending';
import { useRecordsApi } from '../../services/records-api';
import { useServices } from '../../services/services';
import { useAsync } from '../../ui/use-async';
import { createCalibrationStore } from './calibration-store';

/**
 * The viewer's open, unsubmitted calibration rounds (ADR 0081). With `fresh` (the leads page, on every
 * load) Zendesk is asked and the list is remembered in this browser for the sidebars; without it (the
 * sidebar) only that remembered list is used: the sidebar never asks, so ticket views cost nothing.
 */
export function usePendingRounds(fresh: boolean) {
  const { user, storage } = useServices();
  const records = useRecordsApi();
  const store = useMemo(() => createCalibrationStore(records), [records]);
  const resource = useAsync<PendingRound[]>(async () => {
    if (!fresh) return readPendingCache(storage.read(PENDING_STORAGE_KEY), user.id, new Date()) ?? [];
    const pending = await store.pendingFor(user.id);
    storage.write(PENDING_STORAGE_KEY, writePendingCache(user.id, new Date(), pending));
    return pending;
  }, [store, user.id, fresh]);
  /** After a save on this page: remember what changed, for this page and the other sidebars. */
  const remember = (pending: PendingRound[]) => {
    storage.write(PENDING_STORAGE_KEY, writePendingCache(user.id, new Date(), pending));
    resource.update(() => pending);
  };
  return { store, resource, remember };
}
