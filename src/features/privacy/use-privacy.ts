import { useMemo } from 'react';
import { allPages, createCustomObjectRecordsApi, type ZdCustomObjectRecord } from '../../adapters/zendesk-api/custom-object-records';
import { ensureObject } from '../../adapters/zendesk-api/custom-object-setup';
import { hiddenAgents, PREFERENCE_OBJECT, PREFERENCE_OBJECT_SPEC, preferenceExternalId } from '../../domain/privacy/preference';
import { useServices } from '../../services/services';
import { useAsync } from '../../ui/use-async';

export interface PrivacyData {
  /** False when the account does not have the preference object yet (nobody can have opted out). */
  ready: boolean;
  hidden: Set<number>;
  own: ZdCustomObjectRecord | null;
}

const spec = PREFERENCE_OBJECT_SPEC;

/** Who chose not to be named (every preference record, a page per 100 agents) and the viewer's own choice. */
export function usePrivacy() {
  const { port, user } = useServices();
  const api = useMemo(() => createCustomObjectRecordsApi(port), [port]);
  const resource = useAsync<PrivacyData>(async () => {
    if (!(await ensureObject(api, spec, false))) return { ready: false, hidden: new Set(), own: null };
    const records = await allPages((cursor) => api.list(PREFERENCE_OBJECT, { cursor }));
    return {
      ready: true,
      hidden: hiddenAgents(records),
      own: records.find((r) => r.external_id === preferenceExternalId(user.id)) ?? null,
    };
  }, [api, user.id]);

  /** Writes the viewer's own choice, only ever for the signed-in user. */
  const choose = async (hide: boolean) => {
    const record = await api.upsertByExternalId(PREFERENCE_OBJECT, preferenceExternalId(user.id), {
      name: `Preference ${user.id}`,
      fields: { hide_name: hide },
    });
    resource.update((data) => {
      const hidden = new Set(data.hidden);
      if (hiddenAgents([record]).has(user.id)) hidden.add(user.id);
      else hidden.delete(user.id);
      return { ...data, hidden, own: record };
    });
  };
  const setUp = async () => {
    await ensureObject(api, spec, true);
    resource.reload();
  };
  return { resource, choose, setUp };
}
