import { useMemo } from 'react';
import { createCustomObjectRecordsApi, type CustomObjectRecordsApi } from '../adapters/zendesk-api/custom-object-records';
import { useServices } from './services';

/** The custom object records client for any feature storing team content in Zendesk (wall notes, calibration). */
export function useRecordsApi(): CustomObjectRecordsApi {
  const { records, port } = useServices();
  return useMemo(() => records ?? createCustomObjectRecordsApi(port), [records, port]);
}
