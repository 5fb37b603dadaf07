import { useCallback, useEffect, useState } from 'react';
import { useServices } from '../../services/services';
import { ApiError } from '../../adapters/zendesk-api/api-error';
import type { ZdTicketField } from '../../adapters/zendesk-api/zendesk-types';
import type { Catalogue, CatalogueValue } from '../../domain/catalogue/types';
import type { AppSettings } from '../../domain/settings/app-settings';
import { checkSetup, type FieldInfo, type SetupReport } from '../../domain/setup/check-setup';

type State = { kind: 'checking' } | { kind: 'done'; report: SetupReport } | { kind: 'failed'; code: string };

function toInfo(field: ZdTicketField): FieldInfo {
  return {
    kind: 'found',
    type: field.type,
    title: field.title,
    active: field.active !== false,
    optionTags: (field.custom_field_options ?? []).map((o) => o.value),
  };
}

/** Reads the configured fields and checks them against the catalogue (admins only; two reads). */
export function useSetupCheck(settings: Pick<AppSettings, 'valuesFieldId' | 'recordFieldId'>, catalogue: Catalogue) {
  const { api } = useServices();
  const [state, setState] = useState<State>({ kind: 'checking' });
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    let alive = true;
    const read = async (id: number | null): Promise<FieldInfo | null> => {
      if (id === null) return null;
      try {
        return toInfo(await api.getTicketField(id));
      } catch (error) {
        if (error instanceof ApiError && error.kind === 'not-found') return { kind: 'missing' };
        throw error;
      }
    };
    setState({ kind: 'checking' });
    Promise.all([read(settings.valuesFieldId), read(settings.recordFieldId)]).then(
      ([values, record]) => alive && setState({ kind: 'done', report: checkSetup(settings, catalogue, values, record) }),
      (error: unknown) => alive && setState({ kind: 'failed', code: error instanceof ApiError ? error.kind : 'unexpected' }),
    );
    return () => {
      alive = false;
    };
  }, [api, catalogue, settings, revision]);

  /** Creates an option per value, named after the value, with the value's tag. */
  const createOptions = useCallback(
    async (fieldId: number, values: CatalogueValue[]) => {
      for (const value of values) await api.createFieldOption(fieldId, { name: value.name, value: value.tag });
      setRevision((r) => r + 1);
    },
    [api],
  );

  return { state, createOptions, recheck: () => setRevision((r) => r + 1) };
}
