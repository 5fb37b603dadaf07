import { useCallback, useMemo, useRef } from 'react';
import { useServices } from '../../services/services';
import { ApiError } from '../../adapters/zendesk-api/api-error';
import { createLocalStore, type LocalStore } from '../../adapters/storage/local-store';
import type { ZdTicketField } from '../../adapters/zendesk-api/zendesk-types';
import type { Catalogue, CatalogueValue } from '../../domain/catalogue/types';
import type { AppSettings } from '../../domain/settings/app-settings';
import { checkSetup, type FieldInfo, type SetupReport } from '../../domain/setup/check-setup';
import { useAsync } from '../../ui/use-async';

export type SetupCheckState =
  { kind: 'checking' } | { kind: 'done'; report: SetupReport; checkedAt: string; rechecking: boolean } | { kind: 'failed'; code: string };

interface FieldReads {
  values: FieldInfo | null;
  record: FieldInfo | null;
  checkedAt: string;
}

function toInfo(field: ZdTicketField): FieldInfo {
  return {
    kind: 'found',
    type: field.type,
    title: field.title,
    active: field.active !== false,
    optionTags: (field.custom_field_options ?? []).map((o) => o.value),
  };
}

function parseReads(text: string | null): FieldReads | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as FieldReads;
    return typeof value.checkedAt === 'string' && 'values' in value && 'record' in value ? value : null;
  } catch {
    return null;
  }
}

/**
 * Reads the configured fields and checks them against the catalogue (admins only; two reads).
 * The reads are kept for the browser session, keyed by the settings they depend on: an admin's
 * sidebar checks once per session and settings change, and again only when asked ("Check again",
 * or after creating options), not on every ticket they open.
 */
export function useSetupCheck(
  settings: Pick<AppSettings, 'valuesFieldId' | 'recordFieldId'>,
  catalogue: Catalogue,
  session: LocalStore = defaultSession(),
) {
  const { api } = useServices();
  const { valuesFieldId, recordFieldId } = settings;
  const tags = catalogue.values.map((v) => v.tag).join(',');
  const cacheKey = `setup-check:${JSON.stringify([valuesFieldId, recordFieldId, tags])}`;
  const force = useRef(false);

  const resource = useAsync(async (): Promise<FieldReads> => {
    const fresh = force.current;
    force.current = false;
    const cached = fresh ? null : parseReads(session.read(cacheKey));
    if (cached) return cached;
    const read = async (id: number | null): Promise<FieldInfo | null> => {
      if (id === null) return null;
      try {
        return toInfo(await api.getTicketField(id));
      } catch (error) {
        if (error instanceof ApiError && error.kind === 'not-found') return { kind: 'missing' };
        throw error;
      }
    };
    const [values, record] = await Promise.all([read(valuesFieldId), read(recordFieldId)]);
    const reads = { values, record, checkedAt: new Date().toISOString() };
    session.write(cacheKey, JSON.stringify(reads));
    return reads;
  }, [api, session, cacheKey]);
  const { reload } = resource;
  const recheck = useCallback(() => {
    force.current = true;
    reload();
  }, [reload]);

  const state: SetupCheckState = useMemo(() => {
    const s = resource.state;
    if (s.status === 'loading') return { kind: 'checking' };
    if (s.status === 'failed') return { kind: 'failed', code: s.error instanceof ApiError ? s.error.kind : 'unexpected' };
    return {
      kind: 'done',
      report: checkSetup({ valuesFieldId, recordFieldId }, catalogue, s.data.values, s.data.record),
      checkedAt: s.data.checkedAt,
      rechecking: s.reloading,
    };
  }, [resource.state, valuesFieldId, recordFieldId, catalogue]);

  /** Creates an option per value, named after the value, with the value's tag; then checks again. */
  const createOptions = useCallback(
    async (fieldId: number, values: CatalogueValue[]) => {
      for (const value of values) await api.createFieldOption(fieldId, { name: value.name, value: value.tag });
      recheck();
    },
    [api, recheck],
  );

  return { state, createOptions, recheck };
}

let sessionStore: LocalStore | undefined;
function defaultSession(): LocalStore {
  sessionStore ??= createLocalStore(globalThis.sessionStorage);
  return sessionStore;
}
