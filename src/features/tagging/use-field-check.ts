import { ApiError } from '../../adapters/zendesk-api/api-error';
import type { ZendeskApi } from '../../adapters/zendesk-api/zendesk-api';
import type { AppSettings } from '../../domain/settings/app-settings';
import { useServices } from '../../services/services';
import { useAsync } from '../../ui/use-async';

/** Why the configured fields cannot take tags, or null when they can (or we could not tell). */
export type FieldProblem = { code: 'values-field-unusable' | 'record-field-unusable'; fieldId: number } | null;

const EXPECTED = { values: 'multiselect', record: 'textarea' } as const;

/**
 * One check per browser session and field pair: the answer is kept in sessionStorage, which every
 * sidebar iframe of the app shares in that Zendesk tab, so reviewers opening many tickets pay two
 * field reads once, on their first tag of the session, not per ticket.
 */
const checked = new Map<string, Promise<FieldProblem>>();
const SESSION_PREFIX = 'vc:field-check:';

function sessionAnswer(key: string): FieldProblem | undefined {
  try {
    const raw = globalThis.sessionStorage?.getItem(SESSION_PREFIX + key);
    return raw === null || raw === undefined ? undefined : (JSON.parse(raw) as FieldProblem);
  } catch {
    return undefined; // storage blocked or unreadable: ask Zendesk
  }
}

function keepAnswer(key: string, problem: FieldProblem): void {
  try {
    globalThis.sessionStorage?.setItem(SESSION_PREFIX + key, JSON.stringify(problem));
  } catch {
    // Storage blocked or full: the in-memory answer still serves this iframe.
  }
}

async function checkFields(api: ZendeskApi, valuesFieldId: number, recordFieldId: number | null): Promise<FieldProblem> {
  // The field's type, `missing` on a clear 404, `unknown` when the read proves nothing.
  const kindOf = async (id: number): Promise<string> => {
    try {
      return (await api.getTicketField(id)).type;
    } catch (error) {
      // Only a clear 404 says the field is not there; any other failure proves nothing.
      return error instanceof ApiError && error.kind === 'not-found' ? 'missing' : 'unknown';
    }
  };
  const values = await kindOf(valuesFieldId);
  if (values !== 'unknown' && values !== EXPECTED.values) return { code: 'values-field-unusable', fieldId: valuesFieldId };
  if (recordFieldId === null) return null;
  const record = await kindOf(recordFieldId);
  if (record !== 'unknown' && record !== EXPECTED.record) return { code: 'record-field-unusable', fieldId: recordFieldId };
  return null;
}

/**
 * Whether the configured fields can take tags: the setup check's field read, done only once the
 * user starts working with the tag form (`isInUse`), so viewing a ticket costs no request for it.
 * The write path checks again what each write changed.
 */
export function useFieldCheck(settings: Pick<AppSettings, 'valuesFieldId' | 'recordFieldId'>, isInUse: boolean) {
  const { api } = useServices();
  const { valuesFieldId, recordFieldId } = settings;
  const { state } = useAsync(
    () => {
      if (valuesFieldId === null) return Promise.resolve<FieldProblem>(null);
      const key = `${valuesFieldId}:${recordFieldId ?? ''}`;
      const kept = sessionAnswer(key);
      if (kept !== undefined) return Promise.resolve(kept);
      let check = checked.get(key);
      if (!check) {
        check = checkFields(api, valuesFieldId, recordFieldId);
        checked.set(key, check);
        check.then((problem) => keepAnswer(key, problem)).catch(() => undefined);
        // A failure is not an answer: let the next use ask again.
        check.catch(() => checked.delete(key));
      }
      return check;
    },
    isInUse ? [api, valuesFieldId, recordFieldId] : null,
  );
  return state.status === 'ready' ? state.data : null;
}

/** Tests start each case with an iframe that has checked nothing yet. */
export function forgetFieldChecks(): void {
  checked.clear();
  for (const key of Object.keys(globalThis.sessionStorage ?? {})) {
    if (key.startsWith(SESSION_PREFIX)) globalThis.sessionStorage.removeItem(key);
  }
}
